package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okio.Buffer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Evidence of a case (issue 7) as a caller sees it: linking an item captures its page, with the page's image
 * and stylesheet, as a WARC file whose SHA-256 the list gives; a re-capture is a new record beside the first;
 * a missing page is a failed capture with its reason in Vietnamese; a file altered on disk is not served.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class EvidenceApiTests {

	static final byte[] IMAGE = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0, 'I', 'E', 'N', 'D' };

	static final String PAGE = """
			<!DOCTYPE html>
			<html lang="vi"><head><meta charset="utf-8"><title>Tin đồn thu phí đền bù</title>
			<link rel="stylesheet" href="/css/trang.css"></head>
			<body><h1>Nộp phí trước sẽ được đền bù cao hơn</h1>
			<p>Bài đăng kêu gọi người dân nộp phí để được ưu tiên đền bù.</p>
			<img src="/anh/thong-bao.png" alt="Ảnh thông báo"></body></html>
			""";

	static MockWebServer site;

	@LocalServerPort
	int port;

	@Value("${tuyengiao.data-dir}")
	Path dataDir;

	@BeforeAll
	static void startSite() throws IOException {
		site = new MockWebServer();
		site.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String path = request.getUrl().encodedPath();
				if (path.startsWith("/bai/")) {
					return new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html; charset=UTF-8").body(PAGE).build();
				}
				return switch (path) {
					case "/css/trang.css" -> new MockResponse.Builder().code(200).addHeader("Content-Type", "text/css")
						.body("h1 { color: #900; }").build();
					case "/anh/thong-bao.png" -> new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
						.body(new Buffer().write(IMAGE)).build();
					default -> new MockResponse.Builder().code(404).build();
				};
			}
		});
		site.start(InetAddress.getByName("127.0.0.1"), 0);
	}

	@AfterAll
	static void stopSite() throws IOException {
		site.close();
	}

	Api specialist() {
		return Api.basic(port, "chuyenvien", ApiContractTests.PASSWORD);
	}

	@Test
	void linkingAnItemCapturesItsPageWithItsImageAsAWarcFileThatHasTheListedSha256() throws Exception {
		String url = "http://127.0.0.1:" + site.getPort() + "/bai/thu-phi-" + System.nanoTime() + ".html";
		long item = importItem(url, "Tin đồn thu phí đền bù ở Chợ Mới");

		long caseId = open(item);
		JsonNode first = awaitCaptures(caseId, 1).get(0);

		assertThat(first.get("itemId").asLong()).isEqualTo(item);
		assertThat(first.get("url").asString()).isEqualTo(url);
		assertThat(first.get("capturedAt").isNull()).isFalse();
		String downloadUrl = first.get("downloadUrl").asString();
		assertThat(downloadUrl).isEqualTo("/api/cases/" + caseId + "/evidence/" + first.get("id").asLong() + ".warc");
		byte[] warc = specialist().getBytes(downloadUrl);
		assertThat(sha256(warc)).isEqualTo(first.get("sha256").asString());
		assertThat(first.get("bytes").asLong()).isEqualTo(warc.length);
		assertThat(new String(warc, 0, 8, StandardCharsets.US_ASCII)).isIn("WARC/1.0", "WARC/1.1");

		boolean warcinfo = false;
		String pageHtml = null;
		byte[] image = null;
		boolean stylesheet = false;
		try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc))) {
			for (WarcRecord record : reader) {
				warcinfo |= record instanceof Warcinfo;
				if (record instanceof WarcResponse response) {
					assertThat(response.contentType().toString()).isEqualTo("application/http;msgtype=response");
					assertThat(response.concurrentTo()).hasSize(1);
					assertThat(response.payloadDigest()).isPresent();
					byte[] payload = response.http().body().stream().readAllBytes();
					if (response.target().equals(url)) {
						pageHtml = new String(payload, StandardCharsets.UTF_8);
					}
					else if (response.target().endsWith("/anh/thong-bao.png")) {
						image = payload;
					}
					else if (response.target().endsWith("/css/trang.css")) {
						stylesheet = true;
					}
				}
			}
		}
		assertThat(warcinfo).isTrue();
		assertThat(pageHtml).contains("Nộp phí trước sẽ được đền bù cao hơn");
		assertThat(image).isEqualTo(IMAGE);
		assertThat(stylesheet).isTrue();

		// the signed-in browser downloads the same file under /documents
		var browser = PageSession.signedIn(port, "chuyenvien", ApiContractTests.PASSWORD)
			.get(downloadUrl.replaceFirst("^/api/", "/documents/"));
		assertThat(browser.statusCode()).isEqualTo(200);
		assertThat(browser.headers().firstValue("Content-Type")).contains("application/warc");
		assertThat(browser.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
		assertThat(browser.body()).startsWith("WARC/1.1\r\n");
	}

	@Test
	void aRecaptureIsANewRecordAndLeavesTheFirstFileAsItWas() throws Exception {
		String url = "http://127.0.0.1:" + site.getPort() + "/bai/chup-lai-" + System.nanoTime() + ".html";
		long item = importItem(url, "Tin đồn đền bù đất được chia sẻ lại");
		long caseId = open(item);
		JsonNode first = awaitCaptures(caseId, 1).get(0);
		byte[] firstFile = specialist().getBytes(first.get("downloadUrl").asString());

		Api.Response again = specialist().post("/api/cases/" + caseId + "/evidence", "{\"itemId\":" + item + "}");
		assertThat(again.status()).as(again.body()).isEqualTo(202);
		assertThat(again.json().get("status").asString()).isEqualTo("PENDING");

		JsonNode captures = awaitCaptures(caseId, 2);
		assertThat(captures).hasSize(2);
		JsonNode before = captures.get(0);
		JsonNode after = captures.get(1);
		assertThat(before.get("id").asLong()).isEqualTo(first.get("id").asLong());
		assertThat(before.get("sha256").asString()).isEqualTo(first.get("sha256").asString());
		assertThat(before.get("capturedAt").asString()).isEqualTo(first.get("capturedAt").asString());
		assertThat(after.get("id").asLong()).isNotEqualTo(before.get("id").asLong());
		assertThat(after.get("downloadUrl").asString()).isNotEqualTo(before.get("downloadUrl").asString());
		assertThat(specialist().getBytes(before.get("downloadUrl").asString())).isEqualTo(firstFile);
		byte[] secondFile = specialist().getBytes(after.get("downloadUrl").asString());
		assertThat(sha256(secondFile)).isEqualTo(after.get("sha256").asString());
	}

	@Test
	void aPageTakenDownIsPreservedAsThePlatformsStoredCopyWithTheReasonInVietnamese() throws Exception {
		String url = "http://127.0.0.1:" + site.getPort() + "/da-xoa-" + System.nanoTime() + ".html";
		long item = importItem(url, "Bài đăng tin đồn đã bị gỡ xuống");

		long caseId = open(item);
		JsonNode capture = awaitCaptures(caseId, 1).get(0);

		assertThat(capture.get("status").asString()).isEqualTo("CAPTURED");
		assertThat(capture.get("source").asString()).isEqualTo("STORED_COPY");
		assertThat(capture.get("error").asString()).contains("Không lưu được trang").contains("404");
		byte[] warc = specialist().getBytes(capture.get("downloadUrl").asString());
		assertThat(sha256(warc)).isEqualTo(capture.get("sha256").asString());
		String stored = null;
		String why = null;
		try (WarcReader reader = new WarcReader(new ByteArrayInputStream(warc))) {
			for (WarcRecord record : reader) {
				if (record instanceof WarcResource resource) {
					assertThat(resource.target()).isEqualTo(url);
					stored = new String(resource.body().stream().readAllBytes(), StandardCharsets.UTF_8);
				}
				if (record instanceof WarcMetadata metadata) {
					why = metadata.fields().first("live-page-failed").orElse(null);
				}
			}
		}
		assertThat(stored).as("the post as the platform collected it").contains("Bài đăng tin đồn đã bị gỡ xuống")
			.contains("Nghe nói ai nộp phí trước thì được đền bù cao hơn");
		assertThat(why).contains("404");
	}

	@Test
	void aFileAlteredOnDiskIsRefusedNotServed() throws Exception {
		String url = "http://127.0.0.1:" + site.getPort() + "/bai/sua-tep-" + System.nanoTime() + ".html";
		long caseId = open(importItem(url, "Tin đồn thu phí làm sổ đỏ"));
		JsonNode capture = awaitCaptures(caseId, 1).get(0);
		long evidenceId = capture.get("id").asLong();
		Path file;
		try (Stream<Path> files = Files.list(dataDir.resolve("evidence").resolve(Long.toString(caseId)))) {
			// this capture's file: earlier test runs (each with a new in-memory database) leave files of the same numbers
			file = files.filter(path -> path.getFileName().toString().startsWith(evidenceId + "-"))
				.filter(path -> capture.get("sha256").asString().equals(sha256(read(path))))
				.findFirst()
				.orElseThrow();
		}
		assertThat(Files.getPosixFilePermissions(file)).as("a captured file is read-only")
			.doesNotContain(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);

		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
		Files.write(file, "WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII), java.nio.file.StandardOpenOption.APPEND);
		Api.Response refused = specialist().get(capture.get("downloadUrl").asString());

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("đã bị thay đổi");
	}

	@Test
	void aReporterCannotReadACasesEvidence() throws Exception {
		long caseId = specialist().post("/api/cases", "{\"title\":\"Thử\",\"claim\":\"Thử\",\"itemIds\":[]}").json().get("id").asLong();

		Api.Response refused = Api.basic(port, "babe", ApiContractTests.PASSWORD).get("/api/cases/" + caseId + "/evidence");

		assertThat(refused.status()).isIn(403, 404);
	}

	/** Imports one post at the URL and answers its item id. */
	private long importItem(String url, String title) throws Exception {
		String csv = "url,title,text,published_at,author,platform\n" + url + "," + title
				+ ",\"Nghe nói ai nộp phí trước thì được đền bù cao hơn, chia sẻ gấp cho bà con.\",2023-05-10 08:00,trang_tin,Facebook\n";
		Api.Response imported = specialist().upload("/api/imports", "bai.csv", csv);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		String q = URLEncoder.encode("\"" + title + "\"", StandardCharsets.UTF_8);
		for (JsonNode hit : specialist().get("/api/items?size=100&sort=date&q=" + q).json().get("items")) {
			if (hit.get("url").asString().equals(url)) {
				return hit.get("id").asLong();
			}
		}
		throw new AssertionError("no item at " + url);
	}

	private long open(long item) throws Exception {
		Api.Response opened = specialist().post("/api/cases",
				"{\"title\":\"Tin đồn thu phí đền bù\",\"claim\":\"Nộp phí trước sẽ được đền bù cao hơn.\",\"itemIds\":[" + item + "]}");
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().get("id").asLong();
	}

	/** The case's captures once at least {@code count} of them are no longer pending (within 20 s). */
	private JsonNode awaitCaptures(long caseId, int count) throws Exception {
		return await("captures of case " + caseId + " no longer pending").atMost(Duration.ofSeconds(20)).until(() -> {
			Api.Response listed = specialist().get("/api/cases/" + caseId + "/evidence");
			assertThat(listed.status()).as(listed.body()).isEqualTo(200);
			return listed.json();
		}, captures -> {
			List<JsonNode> done = new ArrayList<>();
			for (JsonNode capture : captures) {
				if (!capture.get("status").asString().equals("PENDING")) {
					done.add(capture);
				}
			}
			return done.size() >= count;
		});
	}

	private static byte[] read(Path path) {
		try {
			return Files.readAllBytes(path);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
