package vn.tuyengiao.monitor.internal.fetch;

import vn.tuyengiao.monitor.FetchFailed;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockResponseBody;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import okio.BufferedSink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.monitor.FetchFailed.Reason;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The fetcher against a real HTTP server on the loopback interface, allowed by name as an operator would. */
class FetcherTests {

	static final String VIETNAMESE = "Tỉnh ủy Bắc Kạn tổ chức hội nghị học tập nghị quyết của Đảng";

	/** {@link #VIETNAMESE} in TCVN3, each byte as its Latin-1 character (written by the text module's test writer). */
	static final String TCVN3 = "T\u00D8nh \u00F1y B\u00BEc K\u00B9n t\u00E6 ch\u00F8c h\u00E9i ngh\u00DE h\u00E4c "
			+ "t\u00CBp ngh\u00DE quy\u00D5t c\u00F1a \u00A7\u00B6ng";

	/** {@link #VIETNAMESE} in VNI-Windows, each byte as its Latin-1 character. */
	static final String VNI = "T\u00E6nh u\u00FBy Ba\u00E9c Ka\u00EFn to\u00E5 ch\u00F6\u00F9c ho\u00E4i ngh\u00F2 "
			+ "ho\u00EFc ta\u00E4p ngh\u00F2 quye\u00E1t cu\u00FBa \u00D1a\u00FBng";

	MockWebServer server;

	Fetcher fetcher;

	@BeforeEach
	void startServer() throws Exception {
		server = new MockWebServer();
		server.start();
	}

	@AfterEach
	void stop() {
		if (fetcher != null) {
			fetcher.close();
		}
		server.close();
	}

	/** The test server by name: allowed by the settings of most tests. */
	URI url(String path) {
		return URI.create("http://localhost:" + server.getPort() + path);
	}

	Fetcher fetcher(FetchFixtures.Settings settings) {
		fetcher = new Fetcher(settings.build());
		return fetcher;
	}

	Fetcher fetcher() {
		return fetcher(FetchFixtures.settings().allow("localhost"));
	}

	static MockResponse.Builder ok(String contentType) {
		return new MockResponse.Builder().code(200).setHeader("Content-Type", contentType);
	}

	static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	static FetchFailed failure(Runnable fetch) {
		try {
			fetch.run();
		}
		catch (FetchFailed ex) {
			return ex;
		}
		throw new AssertionError("the fetch was expected to fail");
	}

	@Nested
	class Reading {

		@Test
		void readsPageInDeclaredCharsetAndKeepsValidators() throws Exception {
			server.enqueue(ok("text/html; charset=utf-8").setHeader("ETag", "\"v1\"")
				.setHeader("Last-Modified", "Mon, 02 Jun 2025 08:00:00 GMT")
				.body("<p>" + VIETNAMESE + "</p>")
				.build());

			FetchResult result = fetcher().fetch(FetchRequest.of(url("/tin")));

			assertThat(result.status()).isEqualTo(200);
			assertThat(result.notModified()).isFalse();
			assertThat(result.text()).isEqualTo("<p>" + VIETNAMESE + "</p>");
			assertThat(result.encoding()).isEqualTo("utf-8");
			assertThat(result.etag()).isEqualTo("\"v1\"");
			assertThat(result.lastModified()).isEqualTo("Mon, 02 Jun 2025 08:00:00 GMT");
			assertThat(result.finalUrl()).isEqualTo(url("/tin"));
			RecordedRequest request = server.takeRequest();
			assertThat(request.getHeaders().get("User-Agent")).startsWith("tuyengiao/");
			assertThat(request.getHeaders().get("Accept-Encoding")).isEqualTo("gzip, deflate");
			// what a WARC response and request record need: the answer's status line and headers, what was sent
			assertThat(result.protocol()).isEqualTo("HTTP/1.1");
			assertThat(result.reason()).isEqualTo("OK");
			assertThat(result.headers()).contains(java.util.Map.entry("ETag", "\"v1\""));
			assertThat(result.requestHeaders().get(0)).isEqualTo(java.util.Map.entry("Host", url("/tin").getRawAuthority()));
			assertThat(result.requestHeaders()).contains(java.util.Map.entry("Accept-Encoding", "gzip, deflate"));
		}

		@Test
		void readsTcvn3WithoutDeclaredCharsetAsUnicode() throws Exception {
			server.enqueue(ok("text/plain").body(new Buffer().write(TCVN3.getBytes(StandardCharsets.ISO_8859_1))).build());

			FetchResult result = fetcher().fetch(FetchRequest.of(url("/cu")));

			assertThat(nfc(result.text())).isEqualTo(VIETNAMESE);
			assertThat(result.encoding()).isEqualTo("tcvn3");
		}

		@Test
		void readsVniDeclaredAsWesternCharsetAsUnicode() throws Exception {
			// the old VNI and TCVN3 sites declared a Western charset: the declaration proves nothing
			server.enqueue(ok("text/html; charset=iso-8859-1")
				.body(new Buffer().write(VNI.getBytes(StandardCharsets.ISO_8859_1)))
				.build());

			FetchResult result = fetcher().fetch(FetchRequest.of(url("/vni")));

			assertThat(nfc(result.text())).isEqualTo(VIETNAMESE);
			assertThat(result.encoding()).isEqualTo("vni");
		}

		@Test
		void readsWindows1258WithoutDeclaredCharsetAsUnicode() throws Exception {
			server.enqueue(ok("text/plain").body(new Buffer().write(windows1258(VIETNAMESE))).build());

			FetchResult result = fetcher().fetch(FetchRequest.of(url("/cp1258")));

			assertThat(nfc(result.text())).isEqualTo(VIETNAMESE);
			assertThat(result.encoding()).isEqualTo("windows-1258");
		}

		@Test
		void takesCharsetFromMetaTagWhenHeaderHasNone() throws Exception {
			byte[] page = concat("<html><head><meta charset=\"windows-1258\"></head><body>".getBytes(StandardCharsets.US_ASCII),
					windows1258(VIETNAMESE), "</body></html>".getBytes(StandardCharsets.US_ASCII));
			server.enqueue(ok("text/html").body(new Buffer().write(page)).build());

			FetchResult result = fetcher().fetch(FetchRequest.of(url("/meta")));

			assertThat(nfc(result.text())).contains(VIETNAMESE);
			assertThat(result.encoding()).isEqualTo("windows-1258");
		}

		@Test
		void sendsValidatorsAndReportsNotModified() throws Exception {
			server.enqueue(new MockResponse.Builder().code(304).build());

			FetchResult result = fetcher()
				.fetch(new FetchRequest(url("/rss"), "\"v1\"", "Mon, 02 Jun 2025 08:00:00 GMT"));

			assertThat(result.notModified()).isTrue();
			assertThat(result.status()).isEqualTo(304);
			assertThat(result.body()).isEmpty();
			assertThat(result.etag()).isEqualTo("\"v1\"");
			RecordedRequest request = server.takeRequest();
			assertThat(request.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
			assertThat(request.getHeaders().get("If-Modified-Since")).isEqualTo("Mon, 02 Jun 2025 08:00:00 GMT");
		}

		@Test
		void decompressesGzip() throws Exception {
			server.enqueue(ok("application/rss+xml; charset=utf-8").setHeader("Content-Encoding", "gzip")
				.body(FetchFixtures.gzip(("<rss><title>" + VIETNAMESE + "</title></rss>").getBytes(StandardCharsets.UTF_8)))
				.build());

			FetchResult result = fetcher().fetch(FetchRequest.of(url("/rss")));

			assertThat(result.text()).isEqualTo("<rss><title>" + VIETNAMESE + "</title></rss>");
		}

		@Test
		void decompressesDeflateWithAndWithoutZlibHeader() throws Exception {
			byte[] content = VIETNAMESE.getBytes(StandardCharsets.UTF_8);
			server.enqueue(ok("text/plain; charset=utf-8").setHeader("Content-Encoding", "deflate")
				.body(new Buffer().write(deflate(content, false)))
				.build());
			server.enqueue(ok("text/plain; charset=utf-8").setHeader("Content-Encoding", "deflate")
				.body(new Buffer().write(deflate(content, true)))
				.build());

			assertThat(fetcher().fetch(FetchRequest.of(url("/zlib"))).text()).isEqualTo(VIETNAMESE);
			assertThat(fetcher.fetch(FetchRequest.of(url("/raw"))).text()).isEqualTo(VIETNAMESE);
		}

		@Test
		void followsRedirectsAndReportsWhereTheContentCameFrom() throws Exception {
			server.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "/moi").build());
			server.enqueue(ok("text/plain; charset=utf-8").body("mới").build());

			FetchResult result = fetcher().fetch(FetchRequest.of(url("/cu")));

			assertThat(result.text()).isEqualTo("mới");
			assertThat(result.requestedUrl()).isEqualTo(url("/cu"));
			assertThat(result.finalUrl()).isEqualTo(url("/moi"));
		}

		@Test
		void givesNoTextForImages() throws Exception {
			server.enqueue(ok("image/png").body(new Buffer().write(new byte[] { (byte) 0x89, 'P', 'N', 'G' })).build());

			FetchResult result = fetcher().fetch(FetchRequest.of(url("/logo.png")));

			assertThat(result.body()).hasSize(4);
			assertThat(result.text()).isNull();
		}

	}

	@Nested
	class OwnNetwork {

		@Test
		void refusesLoopbackLiteralThatIsNotAllowedWithoutConnecting() {
			Fetcher fetcher = fetcher(FetchFixtures.settings().allow("localhost"));

			for (String literal : List.of("127.0.0.1", "[::1]", "127.1.2.3")) {
				URI url = URI.create("http://" + literal + ":" + server.getPort() + "/");
				assertThat(failure(() -> fetcher.fetch(FetchRequest.of(url))).reason()).as(literal)
					.isEqualTo(Reason.ADDRESS_REFUSED);
			}
			assertThat(server.getRequestCount()).isZero();
		}

		@Test
		void refusesLocalhostWhenOnlyItsAddressIsAllowed() {
			Fetcher fetcher = fetcher(FetchFixtures.settings().allow("127.0.0.1"));

			assertThat(failure(() -> fetcher.fetch(FetchRequest.of(url("/")))).reason())
				.isEqualTo(Reason.ADDRESS_REFUSED);
			assertThat(server.getRequestCount()).isZero();
		}

		@Test
		void refusesRedirectToLoopbackAddress() {
			server.enqueue(new MockResponse.Builder().code(302)
				.setHeader("Location", "http://127.0.0.1:" + server.getPort() + "/noi-bo")
				.build());

			FetchFailed failure = failure(() -> fetcher().fetch(FetchRequest.of(url("/"))));

			assertThat(failure.reason()).isEqualTo(Reason.ADDRESS_REFUSED);
			assertThat(failure.getMessage()).contains("127.0.0.1").contains("nội bộ");
			assertThat(server.getRequestCount()).isEqualTo(1);
		}

		@Test
		void refusesRedirectToMetadataServiceAndOtherSchemes() {
			server.enqueue(new MockResponse.Builder().code(302)
				.setHeader("Location", "http://169.254.169.254/latest/meta-data/")
				.build());
			server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "file:///etc/passwd").build());

			assertThat(failure(() -> fetcher().fetch(FetchRequest.of(url("/a")))).reason())
				.isEqualTo(Reason.ADDRESS_REFUSED);
			assertThat(failure(() -> fetcher.fetch(FetchRequest.of(url("/b")))).reason())
				.isEqualTo(Reason.SCHEME_REFUSED);
		}

		@Test
		void refusesNameThatResolvesToInternalAddressWhenConnecting() {
			// a public-looking name whose DNS answer points into our network (DNS rebinding)
			fetcher = new Fetcher(FetchFixtures.settings().build(),
					FetchFixtures.resolverOf(Map.of("tin.example", "127.0.0.1")));
			URI url = URI.create("http://tin.example:" + server.getPort() + "/");

			assertThat(failure(() -> fetcher.fetch(FetchRequest.of(url))).reason()).isEqualTo(Reason.ADDRESS_REFUSED);
			assertThat(server.getRequestCount()).isZero();
		}

		@Test
		void readsInternalNameThatTheOperatorAllowed() throws Exception {
			fetcher = new Fetcher(FetchFixtures.settings().allow("TIN.example").build(),
					FetchFixtures.resolverOf(Map.of("tin.example", "127.0.0.1")));
			server.enqueue(ok("text/plain; charset=utf-8").body("nội bộ").build());

			FetchResult result = fetcher.fetch(FetchRequest.of(URI.create("http://tin.example:" + server.getPort() + "/")));

			assertThat(result.text()).isEqualTo("nội bộ");
			assertThat(server.takeRequest().getHeaders().get("Host")).isEqualTo("tin.example:" + server.getPort());
		}

		@Test
		void refusesTooManyRedirects() {
			server.setDispatcher(new Dispatcher() {
				@Override
				public MockResponse dispatch(RecordedRequest request) {
					return new MockResponse.Builder().code(302).setHeader("Location", "/vong").build();
				}
			});

			assertThat(failure(() -> fetcher().fetch(FetchRequest.of(url("/vong")))).reason())
				.isEqualTo(Reason.TOO_MANY_REDIRECTS);
			assertThat(server.getRequestCount()).isEqualTo(Fetcher.MAX_REDIRECTS + 1);
		}

	}

	@Nested
	class Limits {

		@Test
		void refusesGzipBombAndStaysUsable() throws Exception {
			server.enqueue(ok("text/html").setHeader("Content-Encoding", "gzip").body(FetchFixtures.gzipBomb(64)).build());
			server.enqueue(ok("text/plain; charset=utf-8").body("vẫn đọc được").build());

			FetchFailed failure = failure(() -> fetcher().fetch(FetchRequest.of(url("/bom"))));

			assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
			assertThat(fetcher.fetch(FetchRequest.of(url("/sau"))).text()).isEqualTo("vẫn đọc được");
		}

		@Test
		void refusesFiftyMegabytePageByItsLengthWithoutReadingIt() {
			server.enqueue(Zeros.page(50L * 1024 * 1024, true).build());

			assertThat(failure(() -> fetcher().fetch(FetchRequest.of(url("/lon")))).reason())
				.isEqualTo(Reason.TOO_LARGE);
		}

		@Test
		void refusesFiftyMegabytePageWithoutLengthOnceTheLimitIsPassed() {
			server.enqueue(Zeros.page(50L * 1024 * 1024, false).build());
			server.enqueue(ok("text/plain; charset=utf-8").body("sau").build());

			assertThat(failure(() -> fetcher().fetch(FetchRequest.of(url("/lon")))).reason())
				.isEqualTo(Reason.TOO_LARGE);
			assertThat(fetcher.fetch(FetchRequest.of(url("/sau"))).text()).isEqualTo("sau");
		}

		@Test
		void givesUpOnServerThatNeverAnswers() {
			FetchFixtures.Settings settings = FetchFixtures.settings().allow("localhost");
			settings.readTimeout = Duration.ofMillis(300);
			server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());
			server.enqueue(ok("text/plain; charset=utf-8").body("sau").build());

			FetchFailed failure = failure(() -> fetcher(settings).fetch(FetchRequest.of(url("/treo"))));

			assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
			assertThat(failure.isTemporary()).isTrue();
			assertThat(fetcher.fetch(FetchRequest.of(url("/sau"))).text()).isEqualTo("sau");
		}

		@Test
		void givesUpOnBodyThatTricklesPastTheTotalTimeout() {
			FetchFixtures.Settings settings = FetchFixtures.settings().allow("localhost");
			settings.totalTimeout = Duration.ofMillis(300);
			server.enqueue(ok("text/plain").body("x".repeat(10_000)).throttleBody(10, 50, TimeUnit.MILLISECONDS).build());

			assertThat(failure(() -> fetcher(settings).fetch(FetchRequest.of(url("/cham")))).reason())
				.isEqualTo(Reason.TIMEOUT);
		}

	}

	@Nested
	class Politeness {

		FetchFixtures.Settings withRobots() {
			FetchFixtures.Settings settings = FetchFixtures.settings().allow("localhost");
			settings.respectRobots = true;
			return settings;
		}

		/** Answers robots.txt with the given rules (or status) and every other path with a short page. */
		List<String> serve(int robotsStatus, String robots) {
			List<String> paths = java.util.Collections.synchronizedList(new ArrayList<>());
			server.setDispatcher(new Dispatcher() {
				@Override
				public MockResponse dispatch(RecordedRequest request) {
					paths.add(request.getUrl().encodedPath());
					if (request.getUrl().encodedPath().equals("/robots.txt")) {
						return new MockResponse.Builder().code(robotsStatus).body(robots).build();
					}
					return ok("text/plain; charset=utf-8").body("trang").build();
				}
			});
			return paths;
		}

		@Test
		void neverRequestsPageThatRobotsTxtDisallows() {
			List<String> paths = serve(200, "User-agent: *\nDisallow: /rieng\n");
			Fetcher fetcher = fetcher(withRobots());

			assertThat(failure(() -> fetcher.fetch(FetchRequest.of(url("/rieng/bai")))).reason())
				.isEqualTo(Reason.ROBOTS_DISALLOWED);
			assertThat(fetcher.fetch(FetchRequest.of(url("/cong-khai"))).text()).isEqualTo("trang");
			assertThat(paths).containsExactly("/robots.txt", "/cong-khai");
		}

		@Test
		void obeysGroupNamedForOurAgent() {
			List<String> paths = serve(200, "User-agent: *\nAllow: /\n\nUser-agent: tuyengiao\nDisallow: /\n");

			assertThat(failure(() -> fetcher(withRobots()).fetch(FetchRequest.of(url("/bai")))).reason())
				.isEqualTo(Reason.ROBOTS_DISALLOWED);
			assertThat(paths).containsExactly("/robots.txt");
		}

		@Test
		void readsEverythingWhenThereIsNoRobotsTxt() {
			List<String> paths = serve(404, "");

			assertThat(fetcher(withRobots()).fetch(FetchRequest.of(url("/bai"))).text()).isEqualTo("trang");
			assertThat(paths).containsExactly("/robots.txt", "/bai");
		}

		@Test
		void staysAwayWhileRobotsTxtFails() {
			FetchFixtures.Settings settings = withRobots();
			settings.retries = 0;
			List<String> paths = serve(503, "");

			assertThat(failure(() -> fetcher(settings).fetch(FetchRequest.of(url("/bai")))).reason())
				.isEqualTo(Reason.ROBOTS_DISALLOWED);
			assertThat(paths).containsExactly("/robots.txt");
		}

		@Test
		void readsRobotsTxtOncePerSite() {
			List<String> paths = serve(200, "User-agent: *\nDisallow: /rieng\n");
			Fetcher fetcher = fetcher(withRobots());

			fetcher.fetch(FetchRequest.of(url("/a")));
			fetcher.fetch(FetchRequest.of(url("/b")));

			assertThat(paths).containsExactly("/robots.txt", "/a", "/b");
		}

		@Test
		void retriesAfterServiceUnavailable() {
			server.enqueue(new MockResponse.Builder().code(503).build());
			server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "0").build());
			server.enqueue(ok("text/plain; charset=utf-8").body("được").build());

			assertThat(fetcher().fetch(FetchRequest.of(url("/"))).text()).isEqualTo("được");
			assertThat(server.getRequestCount()).isEqualTo(3);
		}

		@Test
		void givesUpAfterTheConfiguredRetries() {
			for (int i = 0; i < 3; i++) {
				server.enqueue(new MockResponse.Builder().code(503).build());
			}

			FetchFailed failure = failure(() -> fetcher().fetch(FetchRequest.of(url("/"))));

			assertThat(failure.reason()).isEqualTo(Reason.HTTP_ERROR);
			assertThat(failure.upstreamStatus()).isEqualTo(503);
			assertThat(failure.isTemporary()).isTrue();
			assertThat(server.getRequestCount()).isEqualTo(3);
		}

		@Test
		void doesNotRetryClientErrors() {
			server.enqueue(new MockResponse.Builder().code(404).build());

			FetchFailed failure = failure(() -> fetcher().fetch(FetchRequest.of(url("/mat"))));

			assertThat(failure.upstreamStatus()).isEqualTo(404);
			assertThat(failure.isTemporary()).isFalse();
			assertThat(server.getRequestCount()).isEqualTo(1);
		}

		@Test
		void sendsOneRequestAtATimeToAHost() throws Exception {
			AtomicInteger inFlight = new AtomicInteger();
			AtomicInteger mostInFlight = new AtomicInteger();
			CountDownLatch never = new CountDownLatch(1);
			server.setDispatcher(new Dispatcher() {
				@Override
				public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
					mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
					try {
						// holds each request long enough for an unthrottled second one to arrive meanwhile
						never.await(200, TimeUnit.MILLISECONDS);
						return ok("text/plain; charset=utf-8").body("trang").build();
					}
					finally {
						inFlight.decrementAndGet();
					}
				}
			});
			Fetcher fetcher = fetcher();
			ExecutorService threads = Executors.newFixedThreadPool(3);
			try {
				List<Callable<FetchResult>> fetches = new ArrayList<>();
				for (int i = 0; i < 3; i++) {
					URI url = url("/" + i);
					fetches.add(() -> fetcher.fetch(FetchRequest.of(url)));
				}
				for (Future<FetchResult> result : threads.invokeAll(fetches)) {
					assertThat(result.get().text()).isEqualTo("trang");
				}
			}
			finally {
				threads.shutdownNow();
			}

			assertThat(server.getRequestCount()).isEqualTo(3);
			assertThat(mostInFlight.get()).isEqualTo(1);
		}

	}

	/**
	 * A body of zeros written as it is sent, never held in memory: with a declared length, or chunked (the
	 * chunk framing written here) so that only counting can stop it.
	 */
	record Zeros(long size, boolean declared) implements MockResponseBody {

		static MockResponse.Builder page(long size, boolean declared) {
			MockResponse.Builder page = ok("text/html").body(new Zeros(size, declared));
			return declared ? page : page.setHeader("Transfer-Encoding", "chunked");
		}

		@Override
		public long getContentLength() {
			return declared ? size : -1;
		}

		@Override
		public void writeTo(BufferedSink sink) throws java.io.IOException {
			byte[] chunk = new byte[64 * 1024];
			for (long written = 0; written < size; written += chunk.length) {
				if (!declared) {
					sink.writeUtf8(Integer.toHexString(chunk.length)).writeUtf8("\r\n");
				}
				sink.write(chunk);
				if (!declared) {
					sink.writeUtf8("\r\n");
				}
			}
			if (!declared) {
				sink.writeUtf8("0\r\n\r\n");
			}
		}

	}

	/** Unicode text as Windows writes it in code page 1258: tones as combining marks after the letter. */
	static byte[] windows1258(String text) {
		Charset cp1258 = Charset.forName("windows-1258");
		StringBuilder out = new StringBuilder();
		for (char c : nfc(text).toCharArray()) {
			String letter = String.valueOf(c);
			if (!cp1258.newEncoder().canEncode(c)) {
				String parts = Normalizer.normalize(letter, Normalizer.Form.NFD);
				String tone = parts.replaceAll("[^\\u0300\\u0301\\u0303\\u0309\\u0323]", "");
				letter = nfc(parts.replaceAll("[\\u0300\\u0301\\u0303\\u0309\\u0323]", "")) + tone;
			}
			out.append(letter);
		}
		return out.toString().getBytes(cp1258);
	}

	static byte[] deflate(byte[] content, boolean raw) throws java.io.IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (DeflaterOutputStream deflater = new DeflaterOutputStream(out, new Deflater(Deflater.DEFAULT_COMPRESSION, raw))) {
			deflater.write(content);
		}
		return out.toByteArray();
	}

	static byte[] concat(byte[]... parts) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.writeBytes(part);
		}
		return out.toByteArray();
	}

}
