package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import mockwebserver3.MockWebServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The monitoring pages and their API twins, against the real server: who may open them, the trial reading
 * that stores nothing, and the index rebuild that leaves search working. Same context as
 * {@link MonitorApiTests}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class MonitorPagesTests {

	static final String PASSWORD = ApiContractTests.PASSWORD;

	static MockWebServer site;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startSite() throws Exception {
		site = Feeds.startSite();
	}

	@AfterAll
	static void stopSite() throws Exception {
		site.close();
	}

	@Test
	void aReporterIsRefusedTheSearchPage() throws Exception {
		PageSession reporter = PageSession.signedIn(port, "babe", PASSWORD);

		assertThat(reporter.get("/monitor/items").statusCode()).isEqualTo(403);
		assertThat(reporter.get("/monitor/sources").statusCode()).isEqualTo(403);
	}

	@Test
	void anAnonymousVisitorIsSentToTheLoginPage() throws Exception {
		HttpResponse<String> response = PageSession.anonymous(port).get("/monitor/items?q=bac+kan");

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/login"));
	}

	@Test
	void theSearchPageFindsAccentedItemsFromAnAccentFreeQueryAndHighlightsThem() throws Exception {
		HttpResponse<String> page = PageSession.signedIn(port, "chuyenvien", PASSWORD).get("/monitor/items?q=bac+kan");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<mark>").containsPattern("<mark>Bắc</mark>\\s*<mark>Kạn</mark>|<mark>Bắc Kạn</mark>");
	}

	@Test
	void aBadAddressInTheEditorIsShownUnderTheAddressFieldAndNothingIsSaved() throws Exception {
		PageSession specialist = PageSession.signedIn(port, "chuyenvien", PASSWORD);
		specialist.get("/monitor/sources/new");
		HttpResponse<String> page = specialist.post("/monitor/sources",
				"name=Thử&type=RSS&url=" + URLEncoder.encode("ftp://tin.example/rss", StandardCharsets.UTF_8)
						+ "&kind=PRESS&language=vi&intervalMinutes=60&version=0");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).containsPattern("id=\"url\"[^>]*is-invalid|is-invalid[^>]*id=\"url\"")
			.contains("&quot;ftp://tin.example/rss&quot; không hợp lệ");
	}

	@Test
	void anImportIsPreviewedWithItsBadLineThenImportedAndReportedByLine() throws Exception {
		String csv = """
				url,title,text,published_at,author
				https://mxh.example/trang/1,Người dân Pác Nặm đón Tết,Người dân Pác Nặm vui đón Tết cổ truyền,2023-01-20,ban_doc_pn
				https://mxh.example/trang/2,Sai ngày,Nội dung,hôm qua,ai_do
				""";
		PageSession specialist = PageSession.signedIn(port, "chuyenvien", PASSWORD);
		specialist.get("/monitor/imports");

		assertThat(specialist.postFile("/monitor/imports/preview", "trang.csv", csv).statusCode()).isEqualTo(302);
		HttpResponse<String> preview = specialist.get("/monitor/imports");
		assertThat(preview.body()).contains("id=\"import-preview\"", "Người dân Pác Nặm đón Tết", "Dòng 3:");
		assertThat(search("\"pac nam don tet\"").get("total").asLong()).isZero();

		assertThat(specialist.post("/monitor/imports", "sourceId=").statusCode()).isEqualTo(302);
		HttpResponse<String> outcome = specialist.get("/monitor/imports");
		assertThat(outcome.body()).contains("1 tin mới", "1 dòng lỗi", "Dòng 3:");
		assertThat(search("\"pac nam don tet\"").get("total").asLong()).isEqualTo(1);
	}

	@Test
	void lettersForTheIntervalAreShownUnderTheIntervalFieldInVietnamese() throws Exception {
		PageSession specialist = PageSession.signedIn(port, "chuyenvien", PASSWORD);
		specialist.get("/monitor/sources/new");
		HttpResponse<String> page = specialist.post("/monitor/sources",
				"name=Thử&type=RSS&url=https%3A%2F%2Ftin.example%2Frss&kind=PRESS&language=vi&intervalMinutes=mot+gio&version=0");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Chu kỳ đọc phải là một số phút");
	}

	@Test
	void anAdministratorStartsTheRebuildAndASpecialistMayNot() throws Exception {
		assertThat(Api.basic(port, "chuyenvien", PASSWORD).post("/api/admin/reindex", "").status()).isEqualTo(403);
		assertThat(Api.basic(port, "chuyenvien", PASSWORD).get("/api/admin/reindex").status()).isEqualTo(403);
		assertThat(PageSession.signedIn(port, "chuyenvien", PASSWORD).get("/monitor/reindex").statusCode()).isEqualTo(403);
		PageSession admin = PageSession.signedIn(port, "admin", PASSWORD);
		assertThat(admin.get("/monitor/sources").body()).contains("href=\"/monitor/reindex\"");
		assertThat(admin.get("/monitor/reindex").body()).contains("id=\"reindex-progress\"");

		Api.Response started = Api.basic(port, "admin", PASSWORD).post("/api/admin/reindex", "");
		assertThat(started.status()).isEqualTo(202);
		assertThat(started.json().get("state").asString()).isIn("RUNNING", "DONE");
		finishedRebuild();
	}

	@Test
	void afterARebuildEveryItemIsIndexedAndSearchStillFindsThem() throws Exception {
		long before = search("bac kan").get("total").asLong();
		assertThat(before).isPositive();

		Api.basic(port, "admin", PASSWORD).post("/api/admin/reindex", "");
		JsonNode status = finishedRebuild();
		assertThat(PageSession.signedIn(port, "admin", PASSWORD).get("/monitor/reindex/status").body())
			.contains("progress-bar", "100%").doesNotContain("hx-trigger");

		assertThat(status.get("state").asString()).isEqualTo("DONE");
		assertThat(status.get("total").asLong()).isPositive();
		assertThat(status.get("done").asLong()).isEqualTo(status.get("total").asLong());
		assertThat(search("bac kan").get("total").asLong()).isEqualTo(before);
		assertThat(search("").get("total").asLong()).isEqualTo(status.get("total").asLong());
	}

	@Test
	void theTrialReadingListsTheFeedsEntriesAndStoresNothing() throws Exception {
		String feed = "http://127.0.0.1:" + site.getPort() + "/rss.xml";
		long itemsBefore = search("").get("total").asLong();
		int sourcesBefore = Api.basic(port, "chuyenvien", PASSWORD).get("/api/sources").json().size();

		Api.Response preview = Api.basic(port, "chuyenvien", PASSWORD).post("/api/sources/preview",
				"{\"name\":\"Tin thử xem trước\",\"type\":\"RSS\",\"url\":\"" + feed + "\"}");

		assertThat(preview.status()).as(preview.body()).isEqualTo(200);
		JsonNode result = preview.json();
		assertThat(result.get("entries").asInt()).isEqualTo(3);
		assertThat(result.get("first").get(0).get("title").asString()).isEqualTo("Ban Tuyên giáo Tỉnh ủy Bắc Kạn giao ban quý I");
		assertThat(result.get("first").get(0).get("textLength").asInt()).isPositive();
		assertThat(result.get("first").get(0).get("language").asString()).isEqualTo("vi");
		assertThat(search("").get("total").asLong()).isEqualTo(itemsBefore);
		assertThat(search("\"nam bat du luan xa hoi\"").get("total").asLong()).isZero();
		assertThat(Api.basic(port, "chuyenvien", PASSWORD).get("/api/sources").json().size()).isEqualTo(sourcesBefore);
	}

	@Test
	void theTrialReadingOfAPrivateAddressIsRefusedInVietnamese() throws Exception {
		Api.Response preview = Api.basic(port, "chuyenvien", PASSWORD).post("/api/sources/preview",
				"{\"name\":\"Nội bộ\",\"type\":\"RSS\",\"url\":\"http://10.0.0.1/rss.xml\"}");

		assertThat(preview.status()).isEqualTo(400);
		assertThat(preview.body()).contains("địa chỉ nội bộ");
	}

	private JsonNode finishedRebuild() throws Exception {
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		JsonNode status = Api.basic(port, "admin", PASSWORD).get("/api/admin/reindex").json();
		while ("RUNNING".equals(status.get("state").asString()) && Instant.now().isBefore(deadline)) {
			Thread.onSpinWait();
			status = Api.basic(port, "admin", PASSWORD).get("/api/admin/reindex").json();
		}
		return status;
	}

	private JsonNode search(String q) throws Exception {
		return Api.basic(port, "chuyenvien", PASSWORD)
			.get("/api/items?size=1&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8))
			.json();
	}

}
