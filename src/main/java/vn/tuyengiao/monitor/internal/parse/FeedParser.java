package vn.tuyengiao.monitor.internal.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.jdom2.located.LocatedElement;
import org.jdom2.located.LocatedJDOMFactory;
import org.xml.sax.InputSource;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;

/**
 * RSS (0.9x, 1.0, 2.0) and Atom feeds read into entries, safely.
 * <p>
 * The XML is parsed here, not by Rome, with DOCTYPE declarations forbidden and external entities and DTDs
 * off, so an XXE attempt or an entity-expansion bomb is refused with a {@link ParseFailed} before any entity
 * is read. One exception: a DOCTYPE that only names an external DTD (old Netscape RSS 0.91 feeds have one)
 * and declares nothing itself is dropped, and the DTD is never fetched. Rome then maps the document to
 * entries. Dates are read from the element text as well as through Rome, so that a time without a zone is
 * Vietnam time and the day-first dates some Vietnamese sites put in {@code pubDate} are understood.
 */
public final class FeedParser {

	/** A DOCTYPE that names an external DTD and has no internal subset, so declares no entity. */
	private static final Pattern EXTERNAL_DOCTYPE_ONLY = Pattern.compile(
			"\\A(\\s*(?:<\\?xml[^>]*\\?>)?\\s*(?:<!--.*?-->\\s*)*)<!DOCTYPE\\s+[\\w:.-]+\\s+(?:PUBLIC\\s+(?:\"[^\"]*\"|'[^']*')\\s+|SYSTEM\\s+)(?:\"[^\"]*\"|'[^']*')\\s*>",
			Pattern.DOTALL);

	private static final Pattern AUTHOR_IN_PARENTHESES = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

	/**
	 * Reads a feed.
	 *
	 * @param content the bytes as fetched; the encoding is found from the byte-order mark and the XML declaration
	 * @param feedUrl where the feed was fetched from, against which relative links are resolved; may be null
	 * when every link is absolute
	 * @return the entries in feed order; an entry without a usable link becomes a problem at its line
	 * @throws ParseFailed when the bytes are not well-formed XML, hold a DOCTYPE, or are not RSS or Atom
	 */
	public ParseResult parse(byte[] content, String feedUrl) {
		if (content == null || content.length == 0) {
			throw new ParseFailed("Nguồn tin trống: không nhận được nội dung nào.");
		}
		Document document = parseXml(decode(content));
		SyndFeed feed;
		try {
			SyndFeedInput input = new SyndFeedInput();
			input.setAllowDoctypes(false);
			feed = input.build(document);
		}
		catch (IllegalArgumentException | FeedException ex) {
			throw new ParseFailed("Tài liệu là XML nhưng không phải RSS hay Atom (thẻ gốc là <"
					+ document.getRootElement().getName() + ">).", ex);
		}
		List<Element> items = itemElements(document.getRootElement());
		List<SyndEntry> entries = feed.getEntries();
		boolean paired = items.size() == entries.size();
		List<Entry> found = new ArrayList<>();
		List<EntryProblem> problems = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			Element item = paired ? items.get(i) : null;
			int line = item instanceof LocatedElement located ? located.getLine() : 0;
			try {
				found.add(entry(entries.get(i), item, feedUrl, line));
			}
			catch (RuntimeException ex) {
				problems.add(new EntryProblem(line > 0 ? line : i + 1, "Mục thứ " + (i + 1) + ": " + reason(ex)));
			}
		}
		return new ParseResult(found, problems);
	}

	private static String decode(byte[] content) {
		try (XmlReader reader = new XmlReader(new ByteArrayInputStream(content), true)) {
			StringWriter text = new StringWriter(content.length);
			reader.transferTo(text);
			return text.toString();
		}
		catch (IOException ex) {
			throw new ParseFailed("Không đọc được bảng mã của nguồn tin.", ex);
		}
	}

	private static Document parseXml(String xml) {
		Matcher doctype = EXTERNAL_DOCTYPE_ONLY.matcher(xml);
		String withoutDoctype = doctype.find() ? doctype.replaceFirst("$1") : xml;
		SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING, null, new LocatedJDOMFactory());
		builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
		builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		builder.setExpandEntities(false);
		builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
		try {
			// the fixer turns HTML entities such as &nbsp; into characters, as sloppy feeds need
			return builder.build(new XmlFixerReader(new StringReader(withoutDoctype)));
		}
		catch (JDOMParseException ex) {
			if (String.valueOf(ex.getMessage()).contains("DOCTYPE")) {
				throw new ParseFailed("Nguồn tin bị từ chối vì có khai báo DOCTYPE: hệ thống không đọc các khai báo "
						+ "thực thể (entity) để tránh bị đọc trộm tệp trên máy chủ (XXE) hay bị làm treo máy "
						+ "(bom thực thể).", ex);
			}
			throw new ParseFailed("Nguồn tin không phải XML hợp lệ: lỗi ở dòng " + ex.getLineNumber() + ", cột "
					+ ex.getColumnNumber() + ".", ex);
		}
		catch (JDOMException | IOException ex) {
			throw new ParseFailed("Nguồn tin không phải XML hợp lệ.", ex);
		}
	}

	/** The item or entry elements in document order, for their lines and their dates as written. */
	private static List<Element> itemElements(Element root) {
		List<Element> items = new ArrayList<>();
		switch (root.getName()) {
			case "rss" -> {
				for (Element channel : children(root, "channel")) {
					items.addAll(children(channel, "item"));
				}
			}
			case "RDF" -> items.addAll(children(root, "item"));
			case "feed" -> items.addAll(children(root, "entry"));
			default -> {
				// Rome knows other formats; they get no line numbers
			}
		}
		return items;
	}

	private static List<Element> children(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Element child : parent.getChildren()) {
			if (child.getName().equals(name)) {
				found.add(child);
			}
		}
		return found;
	}

	private static Entry entry(SyndEntry entry, Element item, String feedUrl, int line) {
		String url = CanonicalUrl.resolve(feedUrl, link(entry));
		String title = plain(entry.getTitle());
		String summary = entry.getDescription() == null ? null : blankToNull(HtmlText.ofFragment(entry.getDescription().getValue()));
		StringBuilder content = new StringBuilder();
		for (SyndContent part : entry.getContents()) {
			if (part.getValue() != null) {
				content.append(part.getValue()).append('\n');
			}
		}
		String text = content.isEmpty() ? null : blankToNull(HtmlText.ofFragment(content.toString()));
		Instant published = firstNonNull(written(item, "pubDate", "published", "date", "issued", "created"),
				instant(entry.getPublishedDate()), written(item, "updated", "modified"), instant(entry.getUpdatedDate()));
		return new Entry(url, title, author(entry), published, summary, text, blankToNull(entry.getUri()), line);
	}

	/** The entry's link, else its first link of any relation, else a guid that is a URL. */
	private static String link(SyndEntry entry) {
		if (entry.getLink() != null && !entry.getLink().isBlank()) {
			return entry.getLink();
		}
		for (SyndLink link : entry.getLinks()) {
			if (link.getHref() != null && !link.getHref().isBlank()) {
				return link.getHref();
			}
		}
		String uri = entry.getUri();
		if (uri != null && (uri.startsWith("http://") || uri.startsWith("https://"))) {
			return uri;
		}
		throw new InvalidUrl("không có đường dẫn đến bài viết.");
	}

	private static String author(SyndEntry entry) {
		String author = entry.getAuthor();
		if ((author == null || author.isBlank()) && !entry.getAuthors().isEmpty()) {
			SyndPerson person = entry.getAuthors().get(0);
			author = person.getName() != null ? person.getName() : person.getEmail();
		}
		author = plain(author);
		if (author == null) {
			return null;
		}
		// RSS 2.0 wants an e-mail address: toasoan@baosongcau.vn (Minh Anh)
		Matcher named = AUTHOR_IN_PARENTHESES.matcher(author);
		return named.matches() ? named.group(1).strip() : author;
	}

	/** The first date among the item's children of these names, as written and read by {@link Dates}. */
	private static Instant written(Element item, String... names) {
		if (item == null) {
			return null;
		}
		for (String name : names) {
			for (Element child : item.getChildren()) {
				if (child.getName().equals(name)) {
					Instant parsed = Dates.parseOrNull(child.getTextTrim());
					if (parsed != null) {
						return parsed;
					}
				}
			}
		}
		return null;
	}

	private static Instant instant(Date date) {
		return date == null ? null : date.toInstant();
	}

	private static Instant firstNonNull(Instant... instants) {
		for (Instant instant : instants) {
			if (instant != null) {
				return instant;
			}
		}
		return null;
	}

	private static String plain(String value) {
		if (value == null) {
			return null;
		}
		return blankToNull(HtmlText.ofFragment(value).replaceAll("\\s+", " "));
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String reason(RuntimeException ex) {
		String message = ex.getMessage();
		return message == null || message.isBlank() ? "không đọc được mục này." : message;
	}

}
