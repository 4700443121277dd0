package vn.tuyengiao.monitor;

/** How a source is read. */
public enum SourceType {
	/** An RSS 0.9x, 1.0 or 2.0 feed. */
	RSS,
	/** An Atom 1.0 feed. */
	ATOM,
	/** A sitemap, a sitemap index or a Google News sitemap. */
	SITEMAP,
	/** One page: the article itself. */
	PAGE,
	/** A section page whose article links are followed. */
	SECTION,
	/** Posts exported from another tool, uploaded as CSV or JSONL. */
	IMPORT
}
