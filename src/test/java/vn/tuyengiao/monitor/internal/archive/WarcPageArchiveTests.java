package vn.tuyengiao.monitor.internal.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.Warcinfo;
import org.springframework.util.unit.DataSize;

import vn.tuyengiao.monitor.PageArchive;
import vn.tuyengiao.monitor.internal.fetch.FetchRequest;
import vn.tuyengiao.monitor.internal.fetch.FetchResult;
import vn.tuyengiao.monitor.internal.fetch.Fetchers;

/** The WARC files the archive writes, read back with jwarc: records, links between them, digests, limits. */
class WarcPageArchiveTests {

	static final String PAGE = """
			<!DOCTYPE html><html><head><meta charset="utf-8"><title>Tin đồn</title>
			<link rel="stylesheet" href="/css/site.css"><link rel="icon" href="/favicon.ico">
			<script src="https://cdn.example/app.js"></script></head>
			<body><h1>Tin đồn thu phí đền bù</h1><img src="anh/lu.jpg#x"><img src="data:image/png;base64,AAAA">
			<img src="/missing.png"><a href="/khac.html">khác</a></body></html>
			""";

	final Map<String, FetchResult> site = new HashMap<>();

	final List<URI> asked = new ArrayList<>();

	final Function<FetchRequest, FetchResult> fetch = request -> {
		asked.add(request.url());
		FetchResult result = site.get(request.url().toString());
		if (result == null) {
			throw Fetchers.httpError(404, request.url().toString());
		}
		return result;
	};

	WarcPageArchiveTests() {
		serve("https://tin.example/bai/tin-don.html", "text/html; charset=utf-8", PAGE.getBytes(StandardCharsets.UTF_8));
		serve("https://tin.example/css/site.css", "text/css", "body{background:url('../img/nen.png')}".getBytes(StandardCharsets.UTF_8));
		serve("https://tin.example/img/nen.png", "image/png", new byte[] { 1, 2, 3 });
		serve("https://tin.example/favicon.ico", "image/x-icon", new byte[] { 4 });
		serve("https://cdn.example/app.js", "application/javascript", "var a=1;".getBytes(StandardCharsets.UTF_8));
		serve("https://tin.example/bai/anh/lu.jpg", "image/jpeg", new byte[] { (byte) 0xFF, (byte) 0xD8, 9, 9 });
	}

	private void serve(String url, String type, byte[] body) {
		String text = type.startsWith("text/") || type.contains("javascript") ? new String(body, StandardCharsets.UTF_8) : null;
		site.put(url, new FetchResult(URI.create(url), URI.create(url), 200, false, type, body, text, text == null ? null : "utf-8",
				null, null, Instant.parse("2023-06-01T01:00:00Z"), "HTTP/1.1", "OK",
				List.of(Map.entry("Content-Type", type), Map.entry("Content-Encoding", "gzip"), Map.entry("Content-Length", "2")),
				List.of(Map.entry("Host", URI.create(url).getAuthority()), Map.entry("User-Agent", "tuyengiao/0.1"))));
	}

	private WarcPageArchive archive(int maxResources, String maxBytes) {
		return new WarcPageArchive(fetch, null, new ArchiveSettings(maxResources, DataSize.parse(maxBytes)), "tuyengiao/0.1");
	}

	@Test
	void writesTheWarcinfoThenARequestAndAResponseForThePageAndEachResourceAndAMetadataRecord() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		PageArchive.Capture capture = archive(60, "50MB").capture(URI.create("https://tin.example/bai/tin-don.html"), out);

		assertThat(capture.resources()).isEqualTo(5); // css, its background, icon, script, image
		assertThat(capture.resourcesFailed()).isEqualTo(1); // /missing.png
		assertThat(capture.bytes()).isEqualTo(out.size());
		assertThat(capture.capturedAt()).isEqualTo(Instant.parse("2023-06-01T01:00:00Z"));
		assertThat(new String(out.toByteArray(), 0, 9, StandardCharsets.US_ASCII)).isEqualTo("WARC/1.1\r");

		List<Read> records = new ArrayList<>();
		try (WarcReader reader = new WarcReader(new ByteArrayInputStream(out.toByteArray()))) {
			reader.calculateBlockDigest();
			for (WarcRecord record : reader) {
				records.add(Read.of(record));
			}
		}
		assertThat(records.get(0).record()).isInstanceOf(Warcinfo.class);
		assertThat(records.get(records.size() - 1).record()).isInstanceOf(WarcMetadata.class);
		assertThat(records).hasSize(1 + 2 * 6 + 1);
		for (Read read : records) {
			assertThat(read.calculatedDigest()).isEqualTo(read.record().blockDigest());
			if (read.record() instanceof WarcResponse response) {
				assertThat(response.payloadDigest().orElseThrow().base32()).isEqualTo(new org.netpreserve.jwarc.WarcDigest("sha1",
						java.security.MessageDigest.getInstance("SHA-1").digest(read.payload())).base32());
				assertThat(response.contentType().toString()).isEqualTo("application/http;msgtype=response");
				assertThat(read.headers().first("Content-Encoding")).isEmpty();
				assertThat(read.headers().first("Content-Length")).contains(Integer.toString(read.payload().length));
			}
		}
		WarcRequest request = (WarcRequest) records.get(1).record();
		WarcResponse page = (WarcResponse) records.get(2).record();
		assertThat(page.target()).isEqualTo("https://tin.example/bai/tin-don.html");
		assertThat(page.concurrentTo()).containsExactly(request.id());
		assertThat(request.concurrentTo()).containsExactly(page.id());
		assertThat(page.warcinfoID()).contains(records.get(0).record().id());
		assertThat(records.get(2).status()).isEqualTo(200);
		assertThat(new String(records.get(2).payload(), StandardCharsets.UTF_8)).contains("Tin đồn thu phí đền bù");
		assertThat(new String(records.get(1).payload(), StandardCharsets.ISO_8859_1)).startsWith("GET /bai/tin-don.html HTTP/1.1\r\nHost: tin.example\r\n");
		assertThat(records.stream().filter(r -> r.record() instanceof WarcResponse).map(r -> ((WarcResponse) r.record()).target()))
			.contains("https://tin.example/bai/anh/lu.jpg", "https://tin.example/img/nen.png", "https://cdn.example/app.js");
		String metadata = new String(records.get(records.size() - 1).payload(), StandardCharsets.UTF_8);
		assertThat(metadata).contains("resource-failed: https://tin.example/missing.png").contains("404");
		assertThat(asked).doesNotContain(URI.create("https://tin.example/khac.html"));
	}

	/** What a record holds, read while the reader is on it (a record's body is gone once the reader moves on). */
	record Read(WarcRecord record, int status, org.netpreserve.jwarc.MessageHeaders headers, byte[] payload,
			java.util.Optional<org.netpreserve.jwarc.WarcDigest> calculatedDigest) {

		static Read of(WarcRecord record) throws java.io.IOException {
			if (record instanceof WarcResponse response) {
				var http = response.http();
				byte[] payload = http.body().stream().readAllBytes();
				return new Read(record, http.status(), http.headers(), payload, record.calculatedBlockDigest());
			}
			byte[] block = record.body().stream().readAllBytes();
			return new Read(record, 0, null, block, record.calculatedBlockDigest());
		}

	}

	@Test
	void resourcesPastTheLimitsAreLeftOutAndNamed() throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();

		PageArchive.Capture capture = archive(2, "50MB").capture(URI.create("https://tin.example/bai/tin-don.html"), out);

		assertThat(capture.resources()).isEqualTo(2);
		assertThat(capture.resourcesFailed()).isEqualTo(4); // script, image, missing image, the stylesheet's background
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("Bỏ qua: đã đủ 2 tài nguyên");
	}

	@Test
	void aPageThatCannotBeReadFailsTheCaptureInVietnamese() {
		assertThatThrownBy(() -> archive(60, "50MB").capture(URI.create("https://tin.example/mat.html"), new ByteArrayOutputStream()))
			.isInstanceOf(PageArchive.CaptureFailed.class)
			.hasMessageContaining("Không lưu được trang")
			.hasMessageContaining("404");
	}

	@Test
	void findsImagesStylesheetsScriptsAndIconsButNotLinks() {
		List<URI> found = PageResources.ofHtml(PAGE, URI.create("https://tin.example/bai/tin-don.html"));

		assertThat(found).containsExactly(URI.create("https://tin.example/css/site.css"),
				URI.create("https://tin.example/favicon.ico"), URI.create("https://cdn.example/app.js"),
				URI.create("https://tin.example/bai/anh/lu.jpg"), URI.create("https://tin.example/missing.png"));
	}

}
