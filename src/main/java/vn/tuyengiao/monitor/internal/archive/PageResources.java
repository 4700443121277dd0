package vn.tuyengiao.monitor.internal.archive;

import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The resources a page needs to be seen as it was: images, stylesheets, scripts, icons, and what stylesheets
 * refer to with {@code url()} and {@code @import} (fonts, backgrounds). Absolute http and https URLs only, each
 * once, in the order the page names them, without the page itself.
 */
final class PageResources {

	private static final Pattern CSS_URL = Pattern.compile("url\\(\\s*(['\"]?)([^'\")]+)\\1\\s*\\)", Pattern.CASE_INSENSITIVE);

	private static final Pattern CSS_IMPORT = Pattern.compile("@import\\s+(['\"])([^'\"]+)\\1", Pattern.CASE_INSENSITIVE);

	private PageResources() {
	}

	/** The resources an HTML page refers to. */
	static List<URI> ofHtml(String html, URI base) {
		Document document = Jsoup.parse(html, base.toString());
		Set<URI> found = new LinkedHashSet<>();
		for (Element element : document.select("img[src], input[type=image][src], script[src], video[poster], link[href]")) {
			switch (element.normalName()) {
				case "link" -> {
					String rel = element.attr("rel").toLowerCase(Locale.ROOT);
					if (rel.contains("stylesheet") || rel.contains("icon")) {
						add(found, element.absUrl("href"));
					}
				}
				case "video" -> add(found, element.absUrl("poster"));
				default -> add(found, element.absUrl("src"));
			}
		}
		for (Element style : document.select("style")) {
			ofCss(style.data(), base).forEach(found::add);
		}
		for (Element styled : document.select("[style]")) {
			ofCss(styled.attr("style"), base).forEach(found::add);
		}
		found.remove(withoutFragment(base));
		return List.copyOf(found);
	}

	/** What a stylesheet refers to: {@code url()} and {@code @import}. */
	static List<URI> ofCss(String css, URI base) {
		Set<URI> found = new LinkedHashSet<>();
		for (Pattern pattern : new Pattern[] { CSS_IMPORT, CSS_URL }) {
			Matcher matcher = pattern.matcher(css);
			while (matcher.find()) {
				String reference = matcher.group(2).strip();
				try {
					add(found, base.resolve(reference).toString());
				}
				catch (IllegalArgumentException ex) {
					// not a URL (a data: URI with odd characters, a template placeholder): nothing to fetch
				}
			}
		}
		return List.copyOf(found);
	}

	private static void add(Set<URI> found, String url) {
		if (url == null || url.isBlank()) {
			return;
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				found.add(withoutFragment(uri));
			}
		}
		catch (java.net.URISyntaxException ex) {
			// an address the page got wrong is not one the archive can fetch
		}
	}

	private static URI withoutFragment(URI uri) {
		if (uri.getRawFragment() == null) {
			return uri;
		}
		String text = uri.toString();
		return URI.create(text.substring(0, text.indexOf('#')));
	}

}
