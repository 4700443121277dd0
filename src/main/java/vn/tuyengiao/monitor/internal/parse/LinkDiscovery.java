package vn.tuyengiao.monitor.internal.parse;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article links on a section page (chuyên mục): links on the same site (same registrable domain, so
 * {@code video.baosongcau.vn} belongs to {@code baosongcau.vn}), canonical, each once, in page order.
 * <p>
 * Left out: links in menus, headers, footers, breadcrumbs, paging and tag lists; links to other sites,
 * files (images, PDF, media), {@code mailto:}, {@code javascript:} and anchors on the page itself; paths of
 * tags, topics, search, login, authors and contact pages. What remains counts as an article when its URL
 * looks like one (a numeric id, or a slug of five words or more) or some link to it reads like a headline
 * (six words or more). A category whose slug has five words passes too; fetching it costs one request and
 * its page extraction finds little text.
 */
public final class LinkDiscovery {

	private static final Set<String> FILE_EXTENSIONS = Set.of("jpg", "jpeg", "png", "gif", "webp", "svg", "ico", "bmp",
			"css", "js", "json", "xml", "rss", "atom", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar",
			"7z", "gz", "mp3", "mp4", "avi", "mov", "wmv", "flv", "webm", "m4a", "ogg", "wav", "woff", "woff2", "ttf",
			"eot", "exe", "apk");

	private static final Set<String> NOT_ARTICLE_SEGMENTS = Set.of("tag", "tags", "chu-de", "chude", "tu-khoa",
			"tukhoa", "tim-kiem", "timkiem", "search", "login", "dang-nhap", "dang-ky", "register", "signup", "author",
			"authors", "tac-gia", "lien-he", "contact", "rss", "feed", "category", "chuyen-muc", "members", "user",
			"account", "wp-login.php", "wp-admin", "print", "in-bai");

	private static final Pattern NUMERIC_ID = Pattern.compile("\\d{5,}");

	private static final Pattern ID_PARAMETER = Pattern.compile("(?i)(^|&)[a-z_]*id=\\d+");

	private static final Pattern SKIPPED_SCHEMES = Pattern.compile("(?i)^\\s*(mailto|javascript|tel|sms|zalo|data|viber|skype):.*");

	private static final int HEADLINE_WORDS = 6;

	private static final int SLUG_WORDS = 5;

	/**
	 * The article links on a page.
	 *
	 * @param html the section page as fetched
	 * @param pageUrl where it was fetched from; relative links resolve against it and it decides the site
	 * @throws InvalidUrl when {@code pageUrl} is not an absolute web URL
	 */
	public List<String> articleLinks(String html, String pageUrl) {
		String page = CanonicalUrl.of(pageUrl);
		Document doc = Jsoup.parse(html == null ? "" : html, pageUrl);
		Element body = doc.body();
		body.select("nav, header, footer, script, style, noscript, template").remove();
		List<Element> navigation = new ArrayList<>();
		for (Element element : body.getAllElements()) {
			if (element != body && Boilerplate.isNavigation(element)) {
				navigation.add(element);
			}
		}
		navigation.forEach(Element::remove);

		Map<String, Integer> headlineWords = new LinkedHashMap<>();
		for (Element link : body.select("a[href]")) {
			String href = link.attr("href");
			if (href.isBlank() || href.strip().startsWith("#") || SKIPPED_SCHEMES.matcher(href).matches()) {
				continue;
			}
			String url;
			try {
				url = CanonicalUrl.of(link.absUrl("href"));
			}
			catch (InvalidUrl ex) {
				continue;
			}
			if (url.equals(page) || !Hosts.sameSite(url, page) || !mayBeArticle(url)) {
				continue;
			}
			String text = link.text().strip();
			int words = text.isEmpty() ? 0 : text.split("\\s+").length;
			headlineWords.merge(url, words, Math::max);
		}
		List<String> articles = new ArrayList<>();
		headlineWords.forEach((url, words) -> {
			if (words >= HEADLINE_WORDS || looksLikeArticle(url)) {
				articles.add(url);
			}
		});
		return articles;
	}

	/** Not a file, not the home page, not a tag, search, login or contact path. */
	private static boolean mayBeArticle(String url) {
		String path = URI.create(url).getRawPath();
		if (path == null || path.equals("/")) {
			return false;
		}
		String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
		int dot = last.lastIndexOf('.');
		if (dot >= 0 && FILE_EXTENSIONS.contains(last.substring(dot + 1))) {
			return false;
		}
		for (String segment : path.toLowerCase(Locale.ROOT).split("/")) {
			if (NOT_ARTICLE_SEGMENTS.contains(segment)) {
				return false;
			}
		}
		return true;
	}

	/** A numeric id in the path or an id parameter, or a long slug: what article URLs have and sections lack. */
	private static boolean looksLikeArticle(String url) {
		URI uri = URI.create(url);
		String path = uri.getRawPath();
		String query = uri.getRawQuery();
		if (NUMERIC_ID.matcher(path).find() || (query != null && ID_PARAMETER.matcher(query).find())) {
			return true;
		}
		String last = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		last = last.substring(last.lastIndexOf('/') + 1).replaceFirst("\\.[a-zA-Z]+$", "");
		return last.split("[-_]+").length >= SLUG_WORDS;
	}

}
