package vn.tuyengiao.monitor.internal.fetch;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a successful read returned.
 *
 * @param requestedUrl the URL that was asked for
 * @param finalUrl where the content came from, after redirects
 * @param status the HTTP status of the last answer (2xx, or 304)
 * @param notModified true for a 304 answer to a conditional GET: the body is empty and the stored copy is current
 * @param contentType the {@code Content-Type} header, or null
 * @param body the body, decompressed
 * @param text the body as text, not yet normalised; null for a body that is not text (an image) and
 *        empty when not modified
 * @param encoding the encoding the text was read in, in lower case ({@code utf-8}, {@code tcvn3},
 *        {@code vni}, {@code windows-1258}, {@code windows-1252}, or a declared charset); null without text
 * @param etag the {@code ETag} to send next time, or null
 * @param lastModified the {@code Last-Modified} to send next time, or null
 * @param fetchedAt when the answer was received
 * @param protocol the protocol of the last answer ({@code HTTP/1.1})
 * @param reason the reason phrase of the last answer, or empty
 * @param headers the headers of the last answer, in the order received
 * @param requestHeaders the headers the last request was sent with, {@code Host} first
 */
public record FetchResult(URI requestedUrl, URI finalUrl, int status, boolean notModified, String contentType,
		byte[] body, String text, String encoding, String etag, String lastModified, Instant fetchedAt,
		String protocol, String reason, List<Map.Entry<String, String>> headers,
		List<Map.Entry<String, String>> requestHeaders) {

	public FetchResult {
		protocol = protocol == null || protocol.isBlank() ? "HTTP/1.1" : protocol;
		reason = reason == null ? "" : reason;
		headers = headers == null ? List.of() : List.copyOf(headers);
		requestHeaders = requestHeaders == null ? List.of() : List.copyOf(requestHeaders);
	}

	/** A result without the answer's protocol, reason and headers (a test's or a reader's own). */
	public FetchResult(URI requestedUrl, URI finalUrl, int status, boolean notModified, String contentType, byte[] body,
			String text, String encoding, String etag, String lastModified, Instant fetchedAt) {
		this(requestedUrl, finalUrl, status, notModified, contentType, body, text, encoding, etag, lastModified, fetchedAt,
				null, null, null, null);
	}

}
