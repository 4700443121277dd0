package vn.tuyengiao.monitor.internal.fetch;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Reads a response body as it is meant to be read, decompressed, and stops as soon as it passes the
 * limit: a gzip bomb is refused after the limit is reached, never inflated whole.
 */
final class Bodies {

	private Bodies() {
	}

	/** The body grew past the limit after decompression. */
	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("body larger than " + limit + " bytes");
		}

	}

	/**
	 * Reads the body through the decoder its {@code Content-Encoding} names (gzip, deflate or none).
	 *
	 * @param expired checked between reads: a body that trickles in must still end by the deadline
	 * @throws TooLarge as soon as more than {@code limit} bytes come out of the decoder
	 */
	static byte[] read(InputStream raw, String contentEncoding, long limit, BooleanSupplier expired)
			throws IOException {
		if (raw == null) {
			return new byte[0];
		}
		String coding = contentEncoding == null ? "" : contentEncoding.strip().toLowerCase(Locale.ROOT);
		// the caller closes the connection's stream, after cancelling the request if the body was not read
		// to the end; closing it here would drain the rest of a large body to keep the connection
		InputStream connection = new FilterInputStream(raw) {
			@Override
			public void close() {
			}
		};
		Inflater inflater = null;
		InputStream in;
		switch (coding) {
			case "gzip", "x-gzip" -> in = new GZIPInputStream(connection, 8192);
			case "deflate" -> {
				PushbackInputStream peek = new PushbackInputStream(connection, 2);
				inflater = new Inflater(!zlibHeader(peek));
				in = new InflaterInputStream(peek, inflater, 8192);
			}
			// identity, or a coding we never asked for: the bytes as they came
			default -> in = connection;
		}
		try {
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			byte[] buffer = new byte[8192];
			long total = 0;
			int n;
			while ((n = in.read(buffer)) >= 0) {
				total += n;
				if (total > limit) {
					throw new TooLarge(limit);
				}
				out.write(buffer, 0, n);
				if (expired.getAsBoolean()) {
					throw new java.net.SocketTimeoutException("total timeout");
				}
			}
			return out.toByteArray();
		}
		finally {
			in.close();
			if (inflater != null) {
				inflater.end();
			}
		}
	}

	/**
	 * Whether a deflate body starts with a zlib header, as the standard says it should; some servers send
	 * raw deflate instead, which needs the inflater's {@code nowrap} mode.
	 */
	private static boolean zlibHeader(PushbackInputStream in) throws IOException {
		byte[] head = in.readNBytes(2);
		in.unread(head);
		if (head.length < 2) {
			return true;
		}
		int cmf = head[0] & 0xFF;
		int flg = head[1] & 0xFF;
		return (cmf & 0x0F) == 8 && ((cmf << 8) | flg) % 31 == 0;
	}

}
