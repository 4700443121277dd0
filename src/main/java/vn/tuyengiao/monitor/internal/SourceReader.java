package vn.tuyengiao.monitor.internal;

import java.util.List;

/**
 * The fetch and extract stages of ingestion for one source: fetch its feed, sitemap or page, parse it, and
 * fetch the article pages whose text the feed leaves out. Returns the entries to store and the entries it
 * could not read; throws {@link ReadRefused} when the source may not be read at all (a private address,
 * robots.txt) and {@link ReadFailed} when it could not be read this time.
 */
interface SourceReader {

	ReadResult read(SourceEntity source);

	/** What a reading produced. {@code notModified}: the server said nothing changed since the last one. */
	record ReadResult(List<IncomingItem> entries, List<Problem> problems, String etag, String lastModified,
			boolean notModified) {
	}

	/** An entry that could not be read: its link or line, and why, in Vietnamese. */
	record Problem(String reference, String reason) {
	}

	/** The source may not be read: refused before any request (or after a redirect), never retried. */
	class ReadRefused extends RuntimeException {

		ReadRefused(String message, Throwable cause) {
			super(message, cause);
		}

	}

	/** The source could not be read this time (timeout, server error, malformed feed). */
	class ReadFailed extends RuntimeException {

		ReadFailed(String message, Throwable cause) {
			super(message, cause);
		}

	}

}
