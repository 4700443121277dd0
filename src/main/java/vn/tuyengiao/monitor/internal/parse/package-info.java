/**
 * Parsing and extraction: pure functions from fetched bytes or text to {@link vn.tuyengiao.monitor.internal.parse.Entry}
 * values, with no network, database or Spring. Feeds ({@link vn.tuyengiao.monitor.internal.parse.FeedParser}),
 * sitemaps ({@link vn.tuyengiao.monitor.internal.parse.SitemapParser}), article pages
 * ({@link vn.tuyengiao.monitor.internal.parse.PageExtractor}), section pages
 * ({@link vn.tuyengiao.monitor.internal.parse.LinkDiscovery}) and CSV or JSONL imports
 * ({@link vn.tuyengiao.monitor.internal.parse.ImportReader}).
 * <p>
 * A document that cannot be read at all (malformed XML, a DOCTYPE, not a feed) throws
 * {@link vn.tuyengiao.monitor.internal.parse.ParseFailed} with a Vietnamese message; one bad entry in a
 * readable document becomes an {@link vn.tuyengiao.monitor.internal.parse.EntryProblem} and the others are kept.
 */
package vn.tuyengiao.monitor.internal.parse;
