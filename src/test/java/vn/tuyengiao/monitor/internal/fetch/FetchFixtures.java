package vn.tuyengiao.monitor.internal.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

import org.springframework.util.unit.DataSize;

import okio.Buffer;

/** Settings with short waits and small limits, so that the fetcher's refusals show within a test. */
final class FetchFixtures {

	private FetchFixtures() {
	}

	/** Mutable copy of the settings, with test defaults: fast, small, robots off unless a test turns them on. */
	static final class Settings {

		List<String> allowHosts = List.of();

		Duration minDelay = Duration.ofMillis(5);

		int perHostConcurrency = 1;

		Duration connectTimeout = Duration.ofSeconds(2);

		Duration readTimeout = Duration.ofSeconds(5);

		Duration totalTimeout = Duration.ofSeconds(10);

		DataSize maxBytes = DataSize.ofMegabytes(1);

		int retries = 2;

		Duration retryBackoff = Duration.ofMillis(10);

		boolean respectRobots;

		Settings allow(String... hosts) {
			allowHosts = List.of(hosts);
			return this;
		}

		FetchSettings build() {
			return new FetchSettings(allowHosts, FetchSettings.DEFAULT_USER_AGENT, minDelay, Duration.ofSeconds(1),
					perHostConcurrency, connectTimeout, readTimeout, totalTimeout, maxBytes, retries, retryBackoff,
					respectRobots, Duration.ofHours(1), List.of());
		}

	}

	static Settings settings() {
		return new Settings();
	}

	/** A resolver with a fixed table, so that tests can give a public-looking name an internal address. */
	static AddressPolicy.HostResolver resolverOf(Map<String, String> table) {
		return host -> {
			String address = table.get(host);
			if (address == null) {
				if (host.matches("[0-9.]+") || host.contains(":") || host.equals("localhost")) {
					return InetAddress.getAllByName(host);
				}
				throw new UnknownHostException(host);
			}
			return new InetAddress[] { InetAddress.getByName(address) };
		};
	}

	static Buffer gzip(byte[] content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			gzip.write(content);
		}
		return new Buffer().write(out.toByteArray());
	}

	/** {@code megabytes} of zeros, gzipped to about a thousandth of that. */
	static Buffer gzipBomb(int megabytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] zeros = new byte[1024 * 1024];
		try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
			for (int i = 0; i < megabytes; i++) {
				gzip.write(zeros);
			}
		}
		return new Buffer().write(out.toByteArray());
	}

}
