package vn.tuyengiao.monitor.internal;

import java.time.Instant;

/**
 * An entry on its way into the store, as a reader (feed, sitemap, page, import) made it: the URL already
 * canonical, the text plain. {@code reference} names it in a problem report (its link, or its line).
 */
record IncomingItem(String url, String title, String author, Instant publishedAt, String text, String language,
		String reference) {
}
