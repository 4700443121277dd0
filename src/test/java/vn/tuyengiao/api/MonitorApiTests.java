package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import mockwebserver3.MockWebServer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The monitoring contract as an outside caller checks it: a feed served on loopback (allowed by
 * {@code tuyengiao.monitor.fetch.allow-hosts}) becomes searchable items, a second reading creates nothing,
 * and search is accent-free with phrases.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class MonitorApiTests {

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

	Api specialist() {
		return Api.basic(port, "chuyenvien", ApiContractTests.PASSWORD);
	}

	@Test
	void aFeedOnAnAllowedHostBecomesSearchableItemsAndASecondReadingCreatesNothing() throws Exception {
		String feed = "http://127.0.0.1:" + site.getPort() + "/rss.xml";
		Api.Response created = specialist().post("/api/sources",
				"{\"name\":\"Tin Bắc Kạn (thử)\",\"type\":\"RSS\",\"url\":\"" + feed + "\"}");
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();

		JsonNode first = specialist().post("/api/sources/" + id + "/fetch", "").json();
		assertThat(first.get("fetched").asInt()).isEqualTo(3);
		assertThat(first.get("created").asInt()).isEqualTo(3);
		assertThat(first.get("failed").asInt()).isZero();

		JsonNode second = specialist().post("/api/sources/" + id + "/fetch", "").json();
		assertThat(second.get("created").asInt()).isZero();
		assertThat(second.get("updated").asInt()).isZero();

		JsonNode found = search("bac kan");
		assertThat(found.get("total").asLong()).isGreaterThanOrEqualTo(1);
		assertThat(found.get("items").get(0).get("title").asString()).contains("Bắc Kạn");
		JsonNode hit = null;
		for (JsonNode item : specialist().get("/api/items?size=100&q=bac+kan").json().get("items")) {
			hit = item.get("source").asString().equals("Tin Bắc Kạn (thử)") ? item : hit;
		}
		assertThat(hit).as("the feed's item among the hits").isNotNull();
		assertThat(hit.get("title").asString()).contains("Bắc Kạn");
		assertThat(hit.has("id") && hit.has("url") && hit.has("publishedAt") && hit.has("source")).isTrue();

		assertThat(titles(search("\"dư luận xã hội\""))).containsExactly("Nắm bắt dư luận xã hội ở Ba Bể");
		assertThat(titles(search("\"xã hội dư luận\""))).isEmpty();
	}

	@Test
	void aTeaserInTheFeedIsCompletedFromItsArticlePageWithoutTheMenuOrFooter() throws Exception {
		String feed = "http://127.0.0.1:" + site.getPort() + "/rss.xml";
		long id = specialist().post("/api/sources", "{\"name\":\"Tin thử 2\",\"type\":\"RSS\",\"url\":\"" + feed + "\"}")
			.json().get("id").asLong();
		specialist().post("/api/sources/" + id + "/fetch", "");

		long itemId = -1;
		for (JsonNode hit : search("\"hoi nghi giao ban\"").get("items")) {
			if (hit.get("url").asString().endsWith("/bai/giao-ban.html")) {
				itemId = hit.get("id").asLong();
			}
		}
		JsonNode item = specialist().get("/api/items/" + itemId).json();
		assertThat(item.get("text").asString()).contains("các huyện ủy đã chủ động nắm bắt tình hình")
			.doesNotContain("Liên hệ quảng cáo").doesNotContain("Trang chủ");
	}

	@Test
	void anImportKeepsTheGoodRowsReportsTheBadOneByLineAndIsIdempotent() throws Exception {
		String csv = """
				url,title,text,published_at,author,platform
				https://mxh.example/bai/1,Nghe nói sắp đền bù đất ở Chợ Mới,"Nghe nói ai nộp phí trước thì được đền bù cao, chia sẻ gấp",12/04/2023 08:30,tin_nhanh_bk,Facebook
				https://mxh.example/bai/2,Lễ hội Lồng tồng Ba Bể,Người dân Ba Bể vui lễ hội xuống đồng,2023-02-05,du_lich_babe,Zalo
				https://mxh.example/bai/3,Ngày sai,Nội dung,ngày mai,ai_do,TikTok
				""";

		JsonNode first = multipart("/api/imports", "bai-dang.csv", csv);
		assertThat(first.get("created").asInt()).isEqualTo(2);
		assertThat(first.get("failed").asInt()).isEqualTo(1);
		assertThat(first.get("problems").get(0).get("line").asInt()).isEqualTo(4);
		assertThat(first.get("problems").get(0).get("reason").asString()).isNotBlank();

		JsonNode second = multipart("/api/imports", "bai-dang.csv", csv);
		assertThat(second.get("created").asInt()).isZero();
		assertThat(titles(search("den bu dat cho moi"))).contains("Nghe nói sắp đền bù đất ở Chợ Mới");
	}

	private JsonNode multipart(String path, String fileName, String content) throws Exception {
		String boundary = "----tuyengiao" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Basic " + java.util.Base64.getEncoder()
				.encodeToString(("chuyenvien:" + ApiContractTests.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(request,
				java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return tools.jackson.databind.json.JsonMapper.builder().build().readTree(response.body());
	}

	@Test
	void searchFindsNothingForAnAnalystOutsideMonitoringRoles() throws Exception {
		Api.Response response = Api.basic(port, "babe", ApiContractTests.PASSWORD).get("/api/items?q=bac");

		assertThat(response.status()).isEqualTo(403);
		assertThat(response.contentType()).startsWith("application/problem+json");
	}

	private JsonNode search(String q) throws Exception {
		return specialist().get("/api/items?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8)).json();
	}

	private static List<String> titles(JsonNode result) {
		List<String> titles = new ArrayList<>();
		result.get("items").forEach(item -> titles.add(item.get("title").asString()));
		return titles;
	}

}
