package vn.tuyengiao.monitor.internal.archive;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.tuyengiao.monitor.internal.fetch.FetchResult;

/**
 * The HTTP messages of one exchange as a WARC record holds them ({@code application/http}): the request as it
 * was sent and the response as it was received, except that the fetcher gives the body decompressed and whole,
 * so the response says so: no {@code Content-Encoding} or {@code Transfer-Encoding}, and the real
 * {@code Content-Length}.
 */
final class HttpBlocks {

	private static final Set<String> DROPPED = Set.of("content-encoding", "transfer-encoding", "content-length");

	private HttpBlocks() {
	}

	static byte[] request(FetchResult result) {
		URI url = result.finalUrl();
		String target = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
		if (url.getRawQuery() != null) {
			target += "?" + url.getRawQuery();
		}
		StringBuilder head = new StringBuilder("GET ").append(target).append(' ').append(result.protocol()).append("\r\n");
		for (Map.Entry<String, String> header : result.requestHeaders()) {
			line(head, header.getKey(), header.getValue());
		}
		head.append("\r\n");
		return head.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	static byte[] response(FetchResult result) {
		StringBuilder head = new StringBuilder(result.protocol()).append(' ').append(result.status());
		if (!result.reason().isBlank()) {
			head.append(' ').append(clean(result.reason()));
		}
		head.append("\r\n");
		for (Map.Entry<String, String> header : result.headers()) {
			if (!DROPPED.contains(header.getKey().toLowerCase(Locale.ROOT))) {
				line(head, header.getKey(), header.getValue());
			}
		}
		line(head, "Content-Length", Integer.toString(result.body().length));
		head.append("\r\n");
		ByteArrayOutputStream block = new ByteArrayOutputStream(head.length() + result.body().length);
		block.writeBytes(head.toString().getBytes(StandardCharsets.ISO_8859_1));
		block.writeBytes(result.body());
		return block.toByteArray();
	}

	private static void line(StringBuilder head, String name, String value) {
		head.append(clean(name)).append(": ").append(clean(value)).append("\r\n");
	}

	/** A header line cannot hold a line break; HTTP headers are Latin-1 at most. */
	private static String clean(String value) {
		StringBuilder out = new StringBuilder(value.length());
		for (char c : value.toCharArray()) {
			out.append(c == '\r' || c == '\n' ? ' ' : c <= 0xFF ? c : '?');
		}
		return out.toString();
	}

}
