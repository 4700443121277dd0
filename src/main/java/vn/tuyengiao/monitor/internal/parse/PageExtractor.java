package vn.tuyengiao.monitor.internal.parse;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * An article page read as a reader sees it: title, author, publication time, canonical URL, language and the
 * main text without menus, related links, comments and footers.
 * <p>
 * Metadata comes first from what the page declares (Open Graph, {@code article:*} and {@code itemprop}
 * meta tags, JSON-LD), then from the visible page (the {@code h1}, bylines, dates such as
 * {@code Thứ tư, 12/04/2023 08:30}). The main text is the article body where the template names it
 * ({@code itemprop=articleBody}, {@code .detail-content} and the like, {@code <article>}), otherwise the block
 * with the most prose and fewest links once boilerplate is removed; the lead paragraph (sapo) is put first
 * when the template keeps it apart. Paragraphs are separated by a blank line.
 */
public final class PageExtractor {

	/** What a page says about itself; any field but {@code url} may be null, {@code text} may be empty. */
	public record Page(String url, String title, String author, Instant publishedAt, String summary, String text,
			String language) {

		/** The page as an entry for ingestion. */
		public Entry toEntry() {
			return new Entry(url, title, author, publishedAt, summary, text, null, 0);
		}

	}

	private static final String SAPO = ".sapo, .detail-sapo, .article-sapo, .article__sapo, .detail__sapo, .sapo_detail, "
			+ ".lead, .article-lead, .chapeau, .tomtat, .summary, .detail__summary, .article-summary, .description";

	private static final String BYLINE = "[itemprop=author], [rel=author], .author, .author-name, .article-author, "
			+ ".article__author, .detail-author, .detail__author, .news-author, .byline, .tac-gia, .tacgia, .author_name, .username, .message-name";

	private static final Pattern BYLINE_PREFIX = Pattern
		.compile("(?iu)^(tác giả|bài và ảnh|bài, ảnh|bài|người viết|by|theo)\\s*[:.\\-]?\\s*");

	private static final Pattern DATE_MARK = Pattern.compile("(?i)(date|time|ngay|publish|posted|meta|thoigian)");

	private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[-|–—:»«]+\\s+");

	/**
	 * Reads an article page.
	 *
	 * @param html the page as fetched
	 * @param pageUrl the URL it was fetched from; relative links resolve against it and it is the page's URL
	 * when the page declares no usable canonical
	 * @throws InvalidUrl when {@code pageUrl} is not an absolute web URL
	 */
	public Page extract(String html, String pageUrl) {
		String fetchedUrl = CanonicalUrl.of(pageUrl);
		Document doc = Jsoup.parse(html == null ? "" : html, pageUrl);
		Map<String, String> linkedData = LinkedData.of(doc);

		String url = canonical(doc, fetchedUrl);
		String siteName = meta(doc, "meta[property=og:site_name]");
		String title = firstNonBlank(meta(doc, "meta[property=og:title], meta[name=twitter:title]"),
				linkedData.get("headline"), headingOf(doc), stripSiteName(doc.title(), siteName));
		title = title == null ? null : stripSiteName(title, siteName);
		String metaAuthor = firstNonBlank(linkedData.get("author"), LinkedData.person(meta(doc, "meta[name=author]")),
				LinkedData.person(meta(doc, "meta[property=article:author]")));
		Instant published = firstDate(meta(doc, "meta[property=article:published_time]"),
				meta(doc, "meta[itemprop=datePublished]"), linkedData.get("datePublished"),
				attribute(doc.selectFirst(Css.of("[itemprop=datePublished]")), "content", "datetime"),
				meta(doc, "meta[name=pubdate], meta[name=publishdate], meta[name=publish-date], meta[name=dc.date.issued], "
						+ "meta[name=DC.date.issued], meta[name=date], meta[property=og:published_time]"));
		String description = meta(doc, "meta[property=og:description], meta[name=description]");
		String declaredLanguage = firstNonBlank(doc.selectFirst(Css.of("html")) == null ? null : doc.selectFirst(Css.of("html")).attr("lang"),
				meta(doc, "meta[http-equiv=content-language]"), meta(doc, "meta[property=og:locale]"));

		Element body = doc.body();
		Boilerplate.strip(body);
		Element content = MainBlock.of(body);
		Element sapo = sapo(body, content);
		String author = metaAuthor != null ? metaAuthor : firstNonBlank(byline(body), signature(content));
		if (published == null) {
			published = visibleDate(body, content);
		}
		String text = text(content, sapo, title);
		String articleBody = linkedData.get("articleBody");
		if (articleBody != null && articleBody.length() > text.length() * 2) {
			// a page rendered by script: only its JSON-LD has the text, one paragraph a line
			text = HtmlText.ofFragment(articleBody.indexOf('<') < 0 ? articleBody.replace("\n", "\n\n") : articleBody);
		}
		String summary = firstNonBlank(sapo == null ? null : HtmlText.of(sapo), description);
		return new Page(url, clean(title), clean(author), published, clean(summary), text,
				language(title, text, declaredLanguage));
	}

	/**
	 * The page's canonical link when it is on the same site and not just the home page, which some templates
	 * declare on every page; otherwise the URL it was fetched from. A canonical on another site (a reprint
	 * pointing to the original) is not followed: the reprint is this outlet's item.
	 */
	private static String canonical(Document doc, String fetchedUrl) {
		for (Element link : doc.select(Css.of("link[rel=canonical][href], meta[property=og:url][content]"))) {
			String href = link.hasAttr("href") ? link.absUrl("href") : link.absUrl("content");
			try {
				String declared = CanonicalUrl.of(href);
				boolean home = URI.create(declared).getRawPath().equals("/") && !URI.create(fetchedUrl).getRawPath().equals("/");
				if (!home && Hosts.sameSite(declared, fetchedUrl)) {
					return declared;
				}
			}
			catch (IllegalArgumentException ex) {
				// a broken declaration: try the next, then the fetched URL
			}
		}
		return fetchedUrl;
	}

	/** The first h1 of the article, or of the page outside its header and navigation. */
	private static String headingOf(Document doc) {
		Element heading = doc.selectFirst(Css.of("article h1, main h1, [itemprop=headline]"));
		if (heading == null) {
			for (Element h1 : doc.select(Css.of("h1"))) {
				if (h1.closest(Css.of("header, nav, footer, aside")) == null) {
					heading = h1;
					break;
				}
			}
		}
		return heading == null ? null : heading.text();
	}

	/**
	 * A title without the site's name: {@code Khai mạc Hội Báo Xuân - Báo Bắc Kạn điện tử} gives the part before
	 * the separator. Without a known site name, a last part of ten words or fewer that is shorter than the rest is taken as the name.
	 */
	static String stripSiteName(String title, String siteName) {
		if (title == null || title.isBlank()) {
			return null;
		}
		String[] parts = TITLE_SEPARATOR.split(title.strip());
		if (parts.length < 2) {
			return title.strip();
		}
		if (siteName != null && !siteName.isBlank()) {
			String site = siteName.strip().toLowerCase(Locale.ROOT);
			List<String> kept = new ArrayList<>();
			for (String part : parts) {
				if (!part.strip().toLowerCase(Locale.ROOT).equals(site)) {
					kept.add(part);
				}
			}
			if (kept.size() < parts.length && !kept.isEmpty()) {
				return String.join(" - ", kept);
			}
		}
		String last = parts[parts.length - 1];
		String head = title.strip().substring(0, title.strip().lastIndexOf(last)).replaceAll("[\\s\\-|–—:»«]+$", "");
		boolean lastIsName = last.split("\\s+").length <= 10 && head.split("\\s+").length > last.split("\\s+").length;
		return lastIsName ? head : title.strip();
	}

	/** The lead paragraph when the template keeps it outside the body block. */
	private static Element sapo(Element body, Element content) {
		for (Element candidate : body.select(Css.of(SAPO))) {
			int length = candidate.text().length();
			if (!isWithin(candidate, content) && length >= 30 && length <= 1500 && !isWithin(content, candidate)) {
				return candidate;
			}
		}
		return null;
	}

	private static boolean isWithin(Element element, Element ancestor) {
		for (Element parent = element; parent != null; parent = parent.parent()) {
			if (parent == ancestor) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The body's text with the lead first, without the title heading and link lists that sit inside the body
	 * (a {@code Tin liên quan} box without a telling class), and without the date and byline line.
	 */
	private static String text(Element content, Element sapo, String title) {
		Element copy = content.clone();
		copy.select(Css.of("h1")).remove();
		for (Element block : copy.select(Css.of("ul, ol, div, table, section, p"))) {
			if (block.parent() != null && block.select(Css.of("a")).size() >= 2 && Boilerplate.linkDensity(block) > 0.5) {
				block.remove();
			}
		}
		for (Element byline : copy.select(Css.of(BYLINE))) {
			if (byline.parent() != null && byline.text().length() < 120 && byline.children().select("p").isEmpty()) {
				byline.remove();
			}
		}
		for (Element meta : copy.getAllElements()) {
			if (meta != copy && meta.parent() != null && meta.text().length() < 120 && meta.select(Css.of("p")).isEmpty()
					&& !meta.nameIs("p") && DATE_MARK.matcher(meta.className() + " " + meta.id()).find()) {
				meta.remove();
			}
		}
		String text = HtmlText.of(copy);
		if (sapo != null) {
			String lead = HtmlText.of(sapo);
			if (!text.startsWith(lead)) {
				text = text.isEmpty() ? lead : lead + "\n\n" + text;
			}
		}
		if (title != null && text.startsWith(title + "\n\n")) {
			text = text.substring(title.length() + 2);
		}
		return text;
	}

	/** A byline element's text without its label, if it reads like a name; the more specific markers first. */
	private static String byline(Element body) {
		for (String selector : BYLINE.split(",\\s*")) {
			for (Element candidate : body.select(Css.of(selector))) {
				Element name = candidate.selectFirst(Css.of("[itemprop=name]"));
				String text = BYLINE_PREFIX.matcher((name != null ? name : candidate).text().strip()).replaceFirst("");
				if (!text.isBlank() && text.length() <= 80) {
					return text;
				}
			}
		}
		return null;
	}

	/**
	 * The author signed at the end of the article, as Vietnamese papers do: a last short paragraph set right
	 * or in bold.
	 */
	private static String signature(Element content) {
		Elements paragraphs = content.select(Css.of("p"));
		for (int i = paragraphs.size() - 1; i >= 0 && i >= paragraphs.size() - 2; i--) {
			Element last = paragraphs.get(i);
			String text = last.text().strip();
			if (text.isEmpty()) {
				continue;
			}
			boolean right = last.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("text-align:right")
					|| last.attr("align").equalsIgnoreCase("right");
			Element bold = last.selectFirst(Css.of("strong, b"));
			boolean allBold = bold != null && bold.text().strip().equals(text);
			if ((right || allBold) && text.length() <= 50 && text.split("\\s+").length <= 8) {
				return BYLINE_PREFIX.matcher(text).replaceFirst("");
			}
			return null;
		}
		return null;
	}

	/** A date shown on the page: a {@code time} element, else an element whose class speaks of a date. */
	private static Instant visibleDate(Element body, Element content) {
		Element scope = content.parent() != null ? content.parent() : content;
		for (Element area : new Element[] { scope, body }) {
			for (Element time : area.select(Css.of("time[datetime]"))) {
				Instant parsed = Dates.parseOrNull(time.attr("datetime"));
				if (parsed != null) {
					return parsed;
				}
			}
			for (Element element : area.getAllElements()) {
				String text = element.text();
				if (text.length() <= 120 && DATE_MARK.matcher(element.className() + " " + element.id()).find()) {
					Instant found = Dates.findInText(text);
					if (found != null) {
						return found;
					}
				}
			}
		}
		return null;
	}

	/**
	 * Language from the text when there is enough of it: templates often ship with {@code lang="en"} whatever
	 * they carry. The declared language decides only for short pages.
	 */
	private static String language(String title, String text, String declared) {
		String detected = Languages.detect((title == null ? "" : title + "\n") + text);
		if (!detected.equals(Languages.OTHER) || declared == null) {
			return detected;
		}
		String code = declared.strip().toLowerCase(Locale.ROOT);
		if (code.startsWith("vi")) {
			return Languages.VIETNAMESE;
		}
		return code.startsWith("en") ? Languages.ENGLISH : Languages.OTHER;
	}

	private static String meta(Document doc, String selector) {
		for (Element meta : doc.select(Css.of(selector))) {
			String content = meta.attr("content").strip();
			if (!content.isEmpty()) {
				return content;
			}
		}
		return null;
	}

	private static String attribute(Element element, String... names) {
		if (element == null) {
			return null;
		}
		for (String name : names) {
			if (!element.attr(name).isBlank()) {
				return element.attr(name);
			}
		}
		return element.text();
	}

	private static Instant firstDate(String... candidates) {
		for (String candidate : candidates) {
			Instant parsed = Dates.parseOrNull(candidate);
			if (parsed != null) {
				return parsed;
			}
		}
		return null;
	}

	private static String firstNonBlank(String... values) {
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value;
			}
		}
		return null;
	}

	private static String clean(String value) {
		if (value == null) {
			return null;
		}
		String text = HtmlText.ofFragment(value).replaceAll("\\s+", " ").strip();
		return text.isEmpty() ? null : text;
	}

}
