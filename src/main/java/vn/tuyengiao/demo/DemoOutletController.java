package vn.tuyengiao.demo;

import java.io.IOException;
import java.util.function.UnaryOperator;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.annotation.Conditional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.HtmlUtils;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;

import vn.tuyengiao.demo.DemoItems.Item;
import vn.tuyengiao.demo.DemoOutlets.FeedType;
import vn.tuyengiao.demo.DemoOutlets.Outlet;

/**
 * Serves the invented outlets of {@link DemoOutlets} without login: RSS, Atom and a news sitemap, section
 * pages, article pages with the boilerplate of a real news site around the body, and the social posts as a
 * CSV import file. Exists only when demo data is enabled, so these paths are 404 otherwise.
 */
@Controller
@Conditional(DemoEnabled.class)
@RequestMapping(DemoOutlets.BASE)
class DemoOutletController {

	static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";

	private static final int RELATED = 4;

	@GetMapping("/{outlet}/rss.xml")
	ResponseEntity<String> rss(@PathVariable String outlet) {
		return ResponseEntity.ok().contentType(RSS).body(feed(outlet(outlet, FeedType.RSS), "rss_2.0"));
	}

	@GetMapping("/{outlet}/atom.xml")
	ResponseEntity<String> atom(@PathVariable String outlet) {
		return ResponseEntity.ok().contentType(ATOM).body(feed(outlet(outlet, FeedType.ATOM), "atom_1.0"));
	}

	@GetMapping("/{outlet}/sitemap.xml")
	ResponseEntity<String> sitemap(@PathVariable String outlet) {
		Outlet o = outlet(outlet, FeedType.SITEMAP);
		StringWriter out = new StringWriter();
		try {
			XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(SITEMAP_NS);
			xml.setPrefix("news", NEWS_NS);
			xml.writeStartElement(SITEMAP_NS, "urlset");
			xml.writeDefaultNamespace(SITEMAP_NS);
			xml.writeNamespace("news", NEWS_NS);
			for (Item item : DemoItems.of(o.key())) {
				xml.writeStartElement(SITEMAP_NS, "url");
				element(xml, SITEMAP_NS, "loc", absolute(o.articlePath(item.slug())));
				element(xml, SITEMAP_NS, "lastmod", item.publishedIso());
				xml.writeStartElement(NEWS_NS, "news");
				xml.writeStartElement(NEWS_NS, "publication");
				element(xml, NEWS_NS, "name", o.name());
				element(xml, NEWS_NS, "language", o.language());
				xml.writeEndElement();
				element(xml, NEWS_NS, "publication_date", item.publishedIso());
				element(xml, NEWS_NS, "title", item.title());
				xml.writeEndElement();
				xml.writeEndElement();
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new DemoFeedNotWritten(e);
		}
		return ResponseEntity.ok().contentType(XML).body(out.toString());
	}

	@GetMapping("/export/bai-dang-mang-xa-hoi.csv")
	ResponseEntity<String> socialExport() {
		return ResponseEntity.ok()
			.contentType(CSV)
			.header("Content-Disposition", "attachment; filename=\"bai-dang-mang-xa-hoi.csv\"")
			.body(socialPostsCsv(DemoOutletController::absolute));
	}

	/**
	 * The social outlet's posts as the export file a monitoring tool would give (CSV: url, title, text,
	 * published_at, author, platform), links made absolute by {@code absolute}.
	 */
	static String socialPostsCsv(UnaryOperator<String> absolute) {
		Outlet social = outlet("mang-xa-hoi", FeedType.CSV);
		StringWriter out = new StringWriter();
		CSVFormat format = CSVFormat.DEFAULT.builder()
			.setHeader("url", "title", "text", "published_at", "author", "platform")
			.get();
		try (CSVPrinter csv = new CSVPrinter(out, format)) {
			for (Item item : DemoItems.of(social.key())) {
				csv.printRecord(absolute.apply(social.articlePath(item.slug())), item.title(), item.text(),
						item.publishedIso(), item.author(), item.platform());
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e); // a StringWriter does not fail
		}
		return out.toString();
	}

	@GetMapping("/{outlet}/bai/{slug:[a-z0-9-]+}.html")
	String article(@PathVariable String outlet, @PathVariable String slug, Model model) {
		Outlet o = outlet(outlet, null);
		List<Item> items = DemoItems.of(o.key());
		Item item = items.stream()
			.filter(i -> i.slug().equals(slug))
			.findFirst()
			.orElseThrow(() -> new DemoPageNotFound());
		model.addAttribute("outlet", o);
		model.addAttribute("item", item);
		model.addAttribute("canonical", absolute(o.articlePath(slug)));
		model.addAttribute("published", item.publishedIso());
		model.addAttribute("publishedText", item.published().format(DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")));
		model.addAttribute("related", related(items, item));
		model.addAttribute("latest", items.stream().filter(i -> i != item).limit(5).toList());
		return "demo/outlet-article";
	}

	@GetMapping("/{outlet}/{section}")
	String section(@PathVariable String outlet, @PathVariable String section, Model model) {
		Outlet o = outlet(outlet, null);
		if (o.sections().stream().noneMatch(s -> s.key().equals(section))) {
			throw new DemoPageNotFound();
		}
		model.addAttribute("outlet", o);
		model.addAttribute("section", section);
		model.addAttribute("items", DemoItems.of(o.key()).stream().filter(i -> i.section().equals(section)).toList());
		model.addAttribute("canonical", absolute(o.sectionPath(section)));
		return "demo/outlet-section";
	}

	/** The outlet with that key; 404 when unknown, or when it is not served with the given feed type. */
	private static Outlet outlet(String key, FeedType type) {
		return DemoOutlets.find(key)
			.filter(o -> type == null || o.feedType() == type)
			.orElseThrow(() -> new DemoPageNotFound());
	}

	/** Up to four items of the same story first, then of the same section, nearest in time. */
	private static List<Item> related(List<Item> items, Item item) {
		List<Item> related = new ArrayList<>();
		Comparator<Item> nearest = Comparator
			.comparingLong(i -> Math.abs(i.published().toEpochSecond() - item.published().toEpochSecond()));
		items.stream()
			.filter(i -> i != item && item.story() != null && item.story().equals(i.story()))
			.sorted(nearest)
			.forEach(related::add);
		items.stream()
			.filter(i -> i != item && !related.contains(i) && i.section().equals(item.section()))
			.sorted(nearest)
			.forEach(related::add);
		return related.stream().limit(RELATED).toList();
	}

	private String feed(Outlet outlet, String type) {
		SyndFeed feed = new SyndFeedImpl();
		feed.setFeedType(type);
		feed.setTitle(outlet.name());
		feed.setLink(absolute(DemoOutlets.BASE + "/" + outlet.key() + "/" + outlet.sections().get(0).key()));
		feed.setUri(absolute(outlet.feedPath()));
		feed.setDescription("Tin bài minh họa của " + outlet.name() + "; nội dung và số liệu là hư cấu.");
		feed.setLanguage(outlet.language());
		List<Item> items = DemoItems.of(outlet.key());
		if (!items.isEmpty()) {
			feed.setPublishedDate(Date.from(items.get(0).published().toInstant()));
		}
		boolean fullText = outlet.key().equals("bao-ban-mai");
		List<SyndEntry> entries = new ArrayList<>();
		for (Item item : items) {
			SyndEntry entry = new SyndEntryImpl();
			String link = absolute(outlet.articlePath(item.slug()));
			entry.setTitle(item.title());
			entry.setLink(link);
			entry.setUri(link);
			entry.setPublishedDate(Date.from(item.published().toInstant()));
			entry.setUpdatedDate(Date.from(item.published().toInstant()));
			entry.setAuthor(item.author());
			SyndPerson author = new SyndPersonImpl();
			author.setName(item.author());
			entry.setAuthors(List.of(author));
			SyndContent description = new SyndContentImpl();
			description.setType("text/plain");
			description.setValue(item.summary());
			entry.setDescription(description);
			if (fullText) {
				SyndContent content = new SyndContentImpl();
				content.setType("text/html");
				content.setValue(item.paragraphs()
					.stream()
					.map(p -> "<p>" + HtmlUtils.htmlEscape(p, "UTF-8") + "</p>")
					.collect(Collectors.joining("\n")));
				entry.setContents(List.of(content));
			}
			entries.add(entry);
		}
		feed.setEntries(entries);
		try {
			return new SyndFeedOutput().outputString(feed, true);
		}
		catch (FeedException e) {
			throw new DemoFeedNotWritten(e);
		}
	}

	private static void element(XMLStreamWriter xml, String namespace, String name, String text)
			throws XMLStreamException {
		xml.writeStartElement(namespace, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static String absolute(String path) {
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

}
