package vn.tuyengiao.monitor;

import java.io.OutputStream;
import java.net.URI;
import java.time.Instant;

/**
 * Preserves a public page as a WARC file (ISO 28500, WARC/1.1): the page and the images, stylesheets, scripts
 * and icons it references, each as the request sent and the response received, read through the monitor's
 * fetcher, so its address policy, robots.txt and politeness hold. A resource that cannot be read is skipped
 * and named in a metadata record; only the page itself failing fails the capture.
 * <p>
 * Calls block while the pages are read (seconds to minutes): run them off request threads.
 */
public interface PageArchive {

	/**
	 * What was captured.
	 *
	 * @param url the page asked for
	 * @param finalUrl where the page came from, after redirects
	 * @param capturedAt when the page's answer was received
	 * @param resources the resources preserved beside the page
	 * @param resourcesFailed the resources that could not be read or were left out by the limits
	 * @param bytes the bytes written
	 * @param liveFailure null when the live page was captured; otherwise why it could not be read, and the file holds
	 *        the copy the platform stored when it collected the item instead (see {@link #captureItem})
	 */
	record Capture(String url, String finalUrl, Instant capturedAt, int resources, int resourcesFailed, long bytes,
			String liveFailure) {

		/** Whether the file holds the platform's stored copy of the item, the live page being unreadable. */
		public boolean storedCopy() {
			return liveFailure != null;
		}

	}

	/**
	 * The page itself could not be captured; the message says why, in Vietnamese. Nothing useful has been
	 * written: the caller discards what it gave.
	 */
	final class CaptureFailed extends RuntimeException {

		private final String url;

		private final boolean temporary;

		public CaptureFailed(String url, String message, boolean temporary) {
			super(message);
			this.url = url;
			this.temporary = temporary;
		}

		/** The page that was to be captured, or null when not even that is known (no such item). */
		public String url() {
			return url;
		}

		/** Whether capturing again later may succeed (a timeout, a lost connection, a 5xx answer). */
		public boolean isTemporary() {
			return temporary;
		}

	}

	/**
	 * Captures the page at the URL and writes the WARC file to {@code out}, which stays open.
	 *
	 * @throws CaptureFailed when the page cannot be read
	 */
	Capture capture(URI url, OutputStream out);

	/**
	 * Captures the page of a monitored item. When the live page cannot be read (taken down, behind a login, refused
	 * by the address policy or robots.txt) the file holds what the platform stored when it collected the item
	 * instead: its text as first seen and every later version, each as a resource record with the time it was seen,
	 * and a metadata record saying why the live page is missing. A post that has been deleted is still evidenced.
	 * This is a system path: it does not ask who is signed in, so it runs in background threads; the calling module
	 * has already decided that its user may have the page preserved.
	 *
	 * @throws CaptureFailed when the item does not exist
	 */
	Capture captureItem(long itemId, OutputStream out);

}
