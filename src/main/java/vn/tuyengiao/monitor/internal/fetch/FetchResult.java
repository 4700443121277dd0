package vn.tuyengiao.monitor.internal.fetch;

import java.net.URI;
import java.time.Instant;

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
 */
public record FetchResult(URI requestedUrl, URI finalUrl, int status, boolean notModified, String contentType,
		byte[] body, String text, String encoding, String etag, String lastModified, Instant fetchedAt) {
}
