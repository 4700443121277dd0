package vn.tuyengiao.monitor.internal.fetch;

import java.net.URI;

/**
 * A page to read, with what the last read of it returned for a conditional GET.
 *
 * @param url an absolute http or https URL
 * @param etag the {@code ETag} of the last read, sent as {@code If-None-Match}; may be null
 * @param lastModified the {@code Last-Modified} of the last read, sent as {@code If-Modified-Since}; may be null
 */
public record FetchRequest(URI url, String etag, String lastModified) {

	/** A first read, without validators. */
	public static FetchRequest of(URI url) {
		return new FetchRequest(url, null, null);
	}

}
