package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Saved topics as an outside caller uses them: a topic is saved, a query with a mistake is refused saying
 * where, and an item ingested afterwards shows among the topic's matches within seconds, with the words
 * that made it match marked.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class TopicApiTests {

	@LocalServerPort
	int port;

	Api specialist() {
		return Api.basic(port, "chuyenvien", ApiContractTests.PASSWORD);
	}

	@Test
	void anItemIngestedAfterTheTopicIsSavedAppearsAmongItsMatchesWithTheMatchedWordsMarked() throws Exception {
		Api.Response created = specialist().post("/api/topics",
				"{\"name\":\"Tin đồn đền bù đất\",\"query\":\"(\\\"đền bù\\\" OR \\\"bồi thường\\\") AND (tin đồn OR nghe nói) AND NOT xổ số\"}");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		long topic = created.json().get("id").asLong();

		String unique = Long.toString(System.nanoTime(), 36);
		String csv = """
				url,title,text,published_at,author
				https://mxh.example/topic/%1$s/1,Nghe nói sắp đền bù đất ở Bạch Thông,"Tin đồn lan trên mạng: ai nộp phí trước thì được đền bù cao hơn. Chính quyền xã khẳng định không có chủ trương này.",2023-04-12,tin_nhanh
				https://mxh.example/topic/%1$s/2,Đền bù đất và xổ số,"Nghe nói trúng xổ số được đền bù đất.",2023-04-12,tin_nhanh
				https://mxh.example/topic/%1$s/3,Lễ hội Lồng tồng Ba Bể,"Người dân Ba Bể vui lễ hội xuống đồng.",2023-04-12,tin_nhanh
				""".formatted(unique);
		assertThat(specialist().upload("/api/imports", "bai.csv", csv).status()).isEqualTo(200);

		JsonNode match = await("the new item among the topic's matches").atMost(Duration.ofSeconds(10)).until(() -> {
			JsonNode found = null;
			for (JsonNode m : specialist().get("/api/topics/" + topic + "/matches").json()) {
				if (m.get("url").asString().endsWith("/topic/" + unique + "/1")) {
					found = m;
				}
			}
			return found;
		}, Objects::nonNull);
		assertThat(match.get("itemId").asLong()).isPositive();
		assertThat(match.get("highlights").toString()).contains("<mark>đền bù</mark>").contains("<mark>Tin đồn</mark>");

		JsonNode item = analysed(match.get("itemId").asLong());
		assertThat(item.get("places").toString()).contains("\"name\":\"Huyện Bạch Thông\"").contains("\"level\":\"district\"")
			.contains("\"code\":\"063\"");
		assertThat(item.has("sentiment") && item.has("toxicity") && item.has("workArea")).isTrue();
		assertThat(item.get("storyId").asLong()).isPositive();
		assertThat(item.get("risk").get("score").asInt()).isPositive();
		assertThat(item.get("risk").get("reasons").toString()).contains("nghe noi").contains("tin don");

		JsonNode all = specialist().get("/api/topics/" + topic + "/matches").json();
		assertThat(all.toString()).as("NOT xổ số keeps the second item out; the third does not match")
			.doesNotContain("/topic/" + unique + "/2").doesNotContain("/topic/" + unique + "/3");
		assertThat(specialist().get("/api/topics/" + topic).json().get("matches").asInt()).isEqualTo(all.size());
		assertThat(specialist().get("/monitor/topics/" + topic).body()).as("a case can be opened from a match")
			.contains("/response/cases/new?itemId=" + match.get("itemId").asLong());
	}

	/** The item once its analysis is stored (places, classifiers, story, risk): within seconds of its import. */
	private JsonNode analysed(long itemId) throws Exception {
		return await().atMost(Duration.ofSeconds(10)).until(() -> specialist().get("/api/items/" + itemId).json(),
				item -> item.get("analysed").asBoolean());
	}

	@Test
	void aQueryWithAMistakeIsRefusedSayingWhereItIsWrong() throws Exception {
		Api.Response refused = specialist().post("/api/topics", "{\"name\":\"Sai\",\"query\":\"(bão OR lũ AND\"}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("ký tự thứ");
		assertThat(refused.json().get("position").asInt()).isPositive();
		assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("query");

		Api.Response wildcard = specialist().post("/api/topics", "{\"name\":\"Sai\",\"query\":\"*dân\"}");
		assertThat(wildcard.status()).isEqualTo(400);
		assertThat(wildcard.json().get("detail").asString()).contains("*");
	}

	@Test
	void aPreviewCountsTheLastThirtyDaysAndWarnsOfABroadQuery() throws Exception {
		JsonNode preview = specialist().post("/api/topics/preview", "{\"query\":\"bac kan\"}").json();

		assertThat(preview.get("items").asInt()).isPositive();
		assertThat(preview.get("matched").asInt()).isPositive();
		assertThat(preview.get("newest").get(0).get("title").asString()).isNotBlank();
	}

	@Test
	void aTopicSavedOnItsPageListsItsMatchesAndTheDashboardShowsTheDemoItemsAnalysed() throws Exception {
		PageSession specialist = PageSession.signedIn(port, "chuyenvien", ApiContractTests.PASSWORD);
		assertThat(specialist.get("/monitor/topics").body()).contains("topic-help");
		java.net.http.HttpResponse<String> saved = specialist.post("/monitor/topics",
				"name=Ba+B%E1%BB%83&query=%22Ba+B%E1%BB%83%22");
		assertThat(saved.statusCode()).isEqualTo(302);
		String topicPage = specialist.get(java.net.URI.create(saved.headers().firstValue("Location").orElseThrow()).getPath()).body();
		assertThat(topicPage).contains("<mark>Ba Bể</mark>");

		specialist.get("/monitor/topics");
		java.net.http.HttpResponse<String> wrong = specialist.post("/monitor/topics", "name=Sai&query=%28ba+be");
		assertThat(wrong.body()).contains("ký tự thứ");

		String overview = specialist.get("/monitor/overview").body();
		assertThat(overview).contains("chart-sentiment").contains("Huyện Ba Bể");
	}

	@Test
	void aViewerCannotSaveATopic() throws Exception {
		Api.Response refused = Api.basic(port, "babe", ApiContractTests.PASSWORD).post("/api/topics",
				"{\"name\":\"Thử\",\"query\":\"bão\"}");

		assertThat(refused.status()).isEqualTo(403);
	}

}
