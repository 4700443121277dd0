package vn.tuyengiao.monitor.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.FetchFailed;
import vn.tuyengiao.monitor.internal.fetch.FetchRequest;
import vn.tuyengiao.monitor.internal.fetch.FetchResult;
import vn.tuyengiao.monitor.internal.fetch.Fetcher;
import vn.tuyengiao.monitor.internal.parse.Entry;
import vn.tuyengiao.monitor.internal.parse.EntryProblem;
import vn.tuyengiao.monitor.internal.parse.FeedParser;
import vn.tuyengiao.monitor.internal.parse.LinkDiscovery;
import vn.tuyengiao.monitor.internal.parse.PageExtractor;
import vn.tuyengiao.monitor.internal.parse.ParseFailed;
import vn.tuyengiao.monitor.internal.parse.ParseResult;
import vn.tuyengiao.monitor.internal.parse.SitemapParser;

/**
 * Reads a source over HTTP with the safe {@link Fetcher}: the feed, sitemap or section page, then the
 * article pages of entries that came without their text. Articles already stored are not fetched again,
 * and one reading fetches at most {@value #MAX_PAGES} pages, so a large sitemap is read over several turns
 * at the pace the site allows.
 */
@Component
class HttpSourceReader implements SourceReader {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(HttpSourceReader.class);

	static final int MAX_PAGES = 30;

	static final int MAX_CHILD_SITEMAPS = 5;

	/** A feed entry with less text than this is a teaser: its article page holds the text. */
	private static final int TEASER = 400;

	private final Fetcher fetcher;

	private final FeedParser feeds = new FeedParser();

	private final SitemapParser sitemaps = new SitemapParser();

	private final PageExtractor pages = new PageExtractor();

	private final LinkDiscovery links = new LinkDiscovery();

	private final ItemRepository items;

	HttpSourceReader(Fetcher fetcher, ItemRepository items) {
		this.fetcher = fetcher;
		this.items = items;
	}

	@Override
	public ReadResult read(SourceEntity source) {
		FetchResult answer = fetch(URI.create(source.url()), source.etag(), source.lastModified());
		if (answer.notModified()) {
			return new ReadResult(List.of(), List.of(), source.etag(), source.lastModified(), true);
		}
		List<IncomingItem> entries = new ArrayList<>();
		List<Problem> problems = new ArrayList<>();
		try {
			switch (source.type()) {
				case RSS, ATOM -> withArticles(feeds.parse(answer.body(), answer.finalUrl().toString()), true, entries, problems);
				case SITEMAP -> withArticles(sitemap(answer), false, entries, problems);
				case SECTION -> withArticles(new ParseResult(links.articleLinks(answer.text(), answer.finalUrl().toString()).stream()
					.map(url -> new Entry(url, null, null, null, null, null, null, 0)).toList(), List.of()), false, entries, problems);
				case PAGE -> entries.add(incoming(pages.extract(answer.text(), answer.finalUrl().toString()).toEntry(), source.url()));
				case IMPORT -> throw new SourceNotFetchable("imports are uploaded, not fetched");
			}
		}
		catch (ParseFailed ex) {
			throw new ReadFailed(ex.getMessage(), ex);
		}
		return new ReadResult(entries, problems, answer.etag(), answer.lastModified(), false);
	}

	/** A sitemap's entries; an index's children are read too, the first {@value #MAX_CHILD_SITEMAPS} of them. */
	private ParseResult sitemap(FetchResult answer) {
		SitemapParser.Sitemap sitemap = sitemaps.parse(answer.body(), answer.finalUrl().toString());
		List<Entry> found = new ArrayList<>(sitemap.entries());
		List<EntryProblem> problems = new ArrayList<>(sitemap.problems());
		for (String child : sitemap.childSitemaps().stream().limit(MAX_CHILD_SITEMAPS).toList()) {
			FetchResult childAnswer = fetch(URI.create(child), null, null);
			SitemapParser.Sitemap childSitemap = sitemaps.parse(childAnswer.body(), childAnswer.finalUrl().toString());
			found.addAll(childSitemap.entries());
			problems.addAll(childSitemap.problems());
		}
		return new ParseResult(found, problems);
	}

	/** The entries, each completed from its article page when the listing gave only a link or a teaser. */
	private void withArticles(ParseResult parsed, boolean listingHasText, List<IncomingItem> entries, List<Problem> problems) {
		parsed.problems().forEach(p -> problems.add(problem(p)));
		java.util.Set<String> knownKeys = parsed.entries().isEmpty() ? java.util.Set.of()
				: items.findKnownUrlKeys(parsed.entries().stream().map(e -> ItemStore.sha256(e.url())).toList());
		int fetched = 0;
		for (Entry entry : parsed.entries()) {
			boolean teaser = entry.text() == null || entry.text().length() < TEASER;
			boolean known = knownKeys.contains(ItemStore.sha256(entry.url()));
			if (teaser && !known && fetched < MAX_PAGES) {
				fetched++;
				try {
					FetchResult page = fetch(URI.create(entry.url()), null, null);
					Entry article = pages.extract(page.text(), entry.url()).toEntry();
					entries.add(incoming(merge(entry, article), entry.url()));
					continue;
				}
				catch (ReadFailed | ReadRefused ex) {
					log.info("Article page {} not read: {}", entry.url(), ex.getMessage());
					if (!listingHasText) {
						problems.add(new Problem(entry.url(), ex.getMessage()));
						continue;
					}
					// the feed's own summary stands in for the article this time
				}
			}
			else if (teaser && known) {
				continue; // stored with its page's text already: a teaser would only overwrite it
			}
			else if (!listingHasText && entry.title() == null) {
				continue; // a bare link beyond this reading's pages: the next reading takes it
			}
			entries.add(incoming(entry, entry.url()));
		}
	}

	private FetchResult fetch(URI url, String etag, String lastModified) {
		try {
			return fetcher.fetch(new FetchRequest(url, etag, lastModified));
		}
		catch (FetchFailed ex) {
			if (ex.isTemporary() || ex.reason() == FetchFailed.Reason.TIMEOUT || ex.reason() == FetchFailed.Reason.HTTP_ERROR
					|| ex.reason() == FetchFailed.Reason.UNREACHABLE || ex.reason() == FetchFailed.Reason.TOO_LARGE) {
				throw new ReadFailed(ex.getMessage(), ex);
			}
			throw new ReadRefused(ex.getMessage(), ex);
		}
	}

	/** What the listing said, completed with what the page says: the page's text, the listing's metadata first. */
	private static Entry merge(Entry listed, Entry page) {
		return new Entry(listed.url(), listed.title() != null ? listed.title() : page.title(),
				listed.author() != null ? listed.author() : page.author(),
				listed.publishedAt() != null ? listed.publishedAt() : page.publishedAt(),
				listed.summary() != null ? listed.summary() : page.summary(), page.text() != null ? page.text() : listed.text(),
				listed.guid(), listed.sourceLine());
	}

	static IncomingItem incoming(Entry entry, String reference) {
		String text = entry.text() != null && !entry.text().isBlank() ? entry.text() : entry.summary();
		return new IncomingItem(entry.url(), entry.title(), entry.author(), entry.publishedAt(), text, null, reference);
	}

	private static Problem problem(EntryProblem problem) {
		return new Problem("mục " + problem.position(), problem.reason());
	}

}
