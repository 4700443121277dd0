package vn.tuyengiao.monitor.internal.parse;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import crawlercommons.sitemaps.AbstractSiteMap;
import crawlercommons.sitemaps.SiteMap;
import crawlercommons.sitemaps.SiteMapIndex;
import crawlercommons.sitemaps.SiteMapURL;
import crawlercommons.sitemaps.UnknownFormatException;
import crawlercommons.sitemaps.extension.Extension;
import crawlercommons.sitemaps.extension.ExtensionMetadata;
import crawlercommons.sitemaps.extension.NewsAttributes;

/**
 * Sitemaps read into the pages they list: a sitemap index gives its child sitemaps, a {@code urlset} gives
 * entries, and a Google News sitemap gives each entry its {@code news:title} and
 * {@code news:publication_date}. Gzipped sitemaps and plain-text lists of URLs are read too.
 * <p>
 * crawler-commons parses the XML with DOCTYPE declarations forbidden (set here as well, not left to its
 * default) and external entities off, so an XXE attempt or an entity bomb fails with a {@link ParseFailed}.
 * It runs in lenient mode: news sites list articles outside the sitemap's own folder, which strict mode
 * would drop.
 */
public final class SitemapParser {

	/**
	 * What a sitemap lists. An entry's {@code publishedAt} is the news publication date when there is one,
	 * else the page's {@code lastmod}, which is when it last changed: the page itself tells its true date.
	 *
	 * @param childSitemaps for a sitemap index, the canonical URLs of the sitemaps it lists; else empty
	 * @param entries the pages listed, in order, with only URL, title and time filled in
	 * @param problems pages whose URL could not be used, by their ordinal
	 */
	public record Sitemap(List<String> childSitemaps, List<Entry> entries, List<EntryProblem> problems) {

		public Sitemap {
			childSitemaps = List.copyOf(childSitemaps);
			entries = List.copyOf(entries);
			problems = List.copyOf(problems);
		}

	}

	/**
	 * Reads a sitemap.
	 *
	 * @param content the bytes as fetched, gzipped or not
	 * @param sitemapUrl where they were fetched from
	 * @throws ParseFailed when the bytes are not a sitemap, are malformed or hold a DOCTYPE
	 * @throws InvalidUrl when {@code sitemapUrl} is not an absolute web URL
	 */
	public Sitemap parse(byte[] content, String sitemapUrl) {
		if (content == null || content.length == 0) {
			throw new ParseFailed("Sơ đồ trang (sitemap) trống: không nhận được nội dung nào.");
		}
		URL url = toUrl(sitemapUrl);
		crawlercommons.sitemaps.SiteMapParser parser = new crawlercommons.sitemaps.SiteMapParser(false, false);
		parser.setAllowDocTypeDefinitions(false);
		parser.enableExtension(Extension.NEWS);
		AbstractSiteMap read;
		try {
			read = parser.parseSiteMap(content, url);
		}
		catch (UnknownFormatException | IOException | RuntimeException ex) {
			throw failure(ex);
		}
		if (read instanceof SiteMapIndex index) {
			List<String> children = new ArrayList<>();
			for (AbstractSiteMap child : index.getSitemaps()) {
				try {
					children.add(CanonicalUrl.of(child.getUrl().toString()));
				}
				catch (InvalidUrl ex) {
					// crawler-commons already checked each is a URL; one we cannot write canonically is skipped
				}
			}
			return new Sitemap(children, List.of(), List.of());
		}
		List<Entry> entries = new ArrayList<>();
		List<EntryProblem> problems = new ArrayList<>();
		int position = 0;
		for (SiteMapURL page : ((SiteMap) read).getSiteMapUrls()) {
			position++;
			try {
				entries.add(entry(page));
			}
			catch (InvalidUrl ex) {
				problems.add(new EntryProblem(position, "Trang thứ " + position + ": " + ex.getMessage()));
			}
		}
		return new Sitemap(List.of(), entries, problems);
	}

	private static Entry entry(SiteMapURL page) {
		String url = CanonicalUrl.of(page.getUrl().toString());
		String title = null;
		Instant published = null;
		ExtensionMetadata[] news = page.getAttributesForExtension(Extension.NEWS);
		if (news != null) {
			for (ExtensionMetadata metadata : news) {
				if (metadata instanceof NewsAttributes attributes) {
					title = attributes.getTitle() == null || attributes.getTitle().isBlank() ? null : attributes.getTitle().strip();
					published = attributes.getPublicationDateTime() == null ? null
							: attributes.getPublicationDateTime().toInstant();
					break;
				}
			}
		}
		if (published == null && page.getLastModified() != null) {
			published = page.getLastModified().toInstant();
		}
		return new Entry(url, title, null, published, null, null, null, 0);
	}

	private static URL toUrl(String sitemapUrl) {
		try {
			return URI.create(CanonicalUrl.of(sitemapUrl)).toURL();
		}
		catch (MalformedURLException | IllegalArgumentException ex) {
			throw new InvalidUrl("Đường dẫn sơ đồ trang không hợp lệ: " + sitemapUrl + ".");
		}
	}

	private static ParseFailed failure(Exception ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (String.valueOf(cause.getMessage()).contains("DOCTYPE")) {
				return new ParseFailed("Sơ đồ trang (sitemap) bị từ chối vì có khai báo DOCTYPE: hệ thống không đọc các "
						+ "khai báo thực thể (entity) để tránh bị đọc trộm tệp trên máy chủ (XXE) hay bị làm treo máy "
						+ "(bom thực thể).", ex);
			}
		}
		return new ParseFailed("Không đọc được sơ đồ trang (sitemap): nội dung không phải sitemap XML hợp lệ.", ex);
	}

}
