package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

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
		site = new MockWebServer();
		site.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				String path = request.getUrl().encodedPath();
				return switch (path) {
					case "/rss.xml" -> xml(Feeds.rss("http://127.0.0.1:" + site.getPort() + "/"));
					case "/bai/giao-ban.html" -> new MockResponse.Builder().code(200)
						.addHeader("Content-Type", "text/html; charset=UTF-8").body(Feeds.ARTICLE_PAGE).build();
					default -> new MockResponse.Builder().code(404).build();
				};
			}
		});
		site.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
	}

	@AfterAll
	static void stopSite() throws Exception {
		site.close();
	}

	private static MockResponse xml(String body) {
		return new MockResponse.Builder().code(200).addHeader("Content-Type", "application/rss+xml; charset=UTF-8")
			.body(body).build();
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
		JsonNode hit = found.get("items").get(0);
		assertThat(hit.get("title").asString()).contains("Bắc Kạn");
		assertThat(hit.has("id") && hit.has("url") && hit.has("publishedAt") && hit.has("source")).isTrue();
		assertThat(hit.get("source").asString()).isEqualTo("Tin Bắc Kạn (thử)");

		assertThat(titles(search("\"dư luận xã hội\""))).containsExactly("Nắm bắt dư luận xã hội ở Ba Bể");
		assertThat(titles(search("\"xã hội dư luận\""))).isEmpty();
	}

	@Test
	void aTeaserInTheFeedIsCompletedFromItsArticlePageWithoutTheMenuOrFooter() throws Exception {
		String feed = "http://127.0.0.1:" + site.getPort() + "/rss.xml";
		long id = specialist().post("/api/sources", "{\"name\":\"Tin thử 2\",\"type\":\"RSS\",\"url\":\"" + feed + "\"}")
			.json().get("id").asLong();
		specialist().post("/api/sources/" + id + "/fetch", "");

		JsonNode hit = search("\"hoi nghi giao ban\"").get("items").get(0);
		JsonNode item = specialist().get("/api/items/" + hit.get("id").asLong()).json();
		assertThat(item.get("text").asString()).contains("các huyện ủy đã chủ động nắm bắt tình hình")
			.doesNotContain("Liên hệ quảng cáo").doesNotContain("Trang chủ");
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
