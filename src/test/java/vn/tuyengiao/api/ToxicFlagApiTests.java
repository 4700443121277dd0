package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Flags without false alarms, as an analyst meets them: items imported through {@code POST /api/imports} and
 * read back through {@code GET /api/items/{id}} once analysed. A New Year greeting to "mọi người" is clean and
 * no reason names "mọi"; a slur aimed at a group is flagged, and its reason names the words and what stands
 * around them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class ToxicFlagApiTests {

	static final String GREETING = "Chúc mọi người năm mới mạnh khỏe, mọi việc hanh thông.";

	@LocalServerPort
	int port;

	Api specialist() {
		return Api.basic(port, "chuyenvien", ApiContractTests.PASSWORD);
	}

	@Test
	void aNewYearGreetingIsCleanAndAnInsultIsFlaggedNamingItsWordsInContext() throws Exception {
		String unique = Long.toString(System.nanoTime(), 36);
		String csv = """
				url,title,text,published_at,author,platform
				https://mxh.example/flags/%1$s/1,Chúc Tết,"%2$s",2024-02-10,ban_tre,Facebook
				https://mxh.example/flags/%1$s/2,Bình luận,"Bọn mọi rợ ở bản đó cút hết về rừng đi",2024-02-10,nguoi_la,Facebook
				""".formatted(unique, GREETING);
		Api.Response imported = specialist().upload("/api/imports", "tet.csv", csv);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		assertThat(imported.json().get("created").asInt()).isEqualTo(2);

		Map<String, Long> ids = idsByUrl(unique);
		JsonNode greeting = analysed(ids.get("https://mxh.example/flags/" + unique + "/1"));
		JsonNode insult = analysed(ids.get("https://mxh.example/flags/" + unique + "/2"));

		assertThat(greeting.get("text").asString()).contains("mọi người");
		assertThat(greeting.get("toxicity").asString()).isEqualTo("CLEAN");
		assertThat(greeting.get("risk").get("reasons").toString()).doesNotContain("mọi");
		assertThat(greeting.get("risk").get("score").asInt()).isLessThan(50);

		assertThat(insult.get("toxicity").asString()).isEqualTo("HATE");
		assertThat(insult.get("risk").get("reasons").toString()).contains("\\\"bọn mọi\\\" (bình luận bọn mọi rợ ở bản …)")
			.contains("\\\"cút\\\"");
	}

	/** The imported items by URL, found by search (the import answers with counts, not ids). */
	private Map<String, Long> idsByUrl(String unique) throws Exception {
		Map<String, Long> ids = new HashMap<>();
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			for (JsonNode hit : specialist().get("/api/items?size=100&sort=date&q=hanh+thong+%7C+rung").json().get("items")) {
				if (hit.get("url").asString().contains("/flags/" + unique + "/")) {
					ids.put(hit.get("url").asString(), hit.get("id").asLong());
				}
			}
			return ids.size() == 2;
		});
		return ids;
	}

	/** The item once its analysis is stored: the analysis runs after the import, within seconds. */
	private JsonNode analysed(long itemId) throws Exception {
		return await().atMost(Duration.ofSeconds(10)).until(() -> specialist().get("/api/items/" + itemId).json(),
				item -> item.get("analysed").asBoolean());
	}

}
