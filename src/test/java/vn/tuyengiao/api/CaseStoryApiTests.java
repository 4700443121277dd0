package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * A case follows its story through the real pipeline (issue 7): opened from a story (the page offers its items) it
 * holds the story's items; a repost imported later joins it by itself; once the case is closed, one more repost
 * tells its owner with the verdict.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class CaseStoryApiTests {

	private static final String RUMOUR = "Nghe nói từ tháng sau học sinh các điểm trường lẻ ở xã Cao Tân, huyện Pác Nặm phải "
			+ "chuyển về học tại trung tâm xã vì các điểm trường lẻ sẽ bị đóng cửa hết, phụ huynh phải tự lo xe đưa đón. "
			+ "Phòng Giáo dục huyện cho biết không có chủ trương nào như vậy và các điểm trường vẫn dạy học bình thường.";

	@LocalServerPort
	int port;

	Api specialist() {
		return Api.basic(port, "chuyenvien", ApiContractTests.PASSWORD);
	}

	@Test
	void aCaseOpenedFromAStoryTakesItsRepostsAndARepostAfterClosingIsToldToItsOwner() throws Exception {
		String run = Long.toString(System.nanoTime());
		long first = importPost(run, 1, "Sắp đóng cửa điểm trường lẻ", RUMOUR, "2023-09-04 07:00");
		long second = importPost(run, 2, "CHIA SẺ GẤP", "Chia sẻ gấp cho phụ huynh! " + RUMOUR, "2023-09-04 08:10");
		long story = until("the story of the first post", () -> specialist().get("/api/items/" + first).json(),
				item -> !item.get("storyId").isNull()).get("storyId").asLong();
		until("the repost in the same story", () -> specialist().get("/api/items/" + second).json(),
				item -> item.get("storyId").asLong() == story);

		String form = PageSession.signedIn(port, "chuyenvien", ApiContractTests.PASSWORD)
			.get("/response/cases/new?storyId=" + story).body();
		assertThat(form).contains("Mở từ chuỗi tin").contains("Sắp đóng cửa điểm trường lẻ").contains("CHIA SẺ GẤP")
			.contains("name=\"storyId\" value=\"" + story + "\"");

		Api.Response opened = specialist().post("/api/cases", "{\"title\":\"Tin đồn đóng cửa điểm trường lẻ\","
				+ "\"claim\":\"Các điểm trường lẻ ở Pác Nặm sẽ bị đóng cửa.\",\"storyIds\":[" + story + "],\"period\":\"2023Q3\"}");
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		long id = opened.json().get("id").asLong();
		assertThat(longs(opened.json().get("itemIds"))).containsExactlyInAnyOrder(first, second);

		long third = importPost(run, 3, "Điểm trường thôn mình có bị đóng?", RUMOUR, "2023-09-04 09:30");
		JsonNode joined = until("the third repost joining the case", () -> specialist().get("/api/cases/" + id).json(),
				c -> longs(c.get("itemIds")).contains(third));
		assertThat(joined.get("timeline").toString()).contains("LINK").contains("Bản sao mới của chuỗi tin");

		for (String to : new String[] { "VERIFYING", "FALSE", "CLOSED" }) {
			assertThat(specialist().post("/api/cases/" + id + "/transitions", "{\"to\":\"" + to + "\"}").status()).isEqualTo(200);
		}
		long fourth = importPost(run, 4, "Lại nói chuyện đóng điểm trường", RUMOUR, "2023-09-05 06:00");
		JsonNode notice = until("the notice of the repost after closing", () -> specialist().get("/api/notices").json().get("items"),
				notices -> find(notices, id, "Lại nói chuyện đóng điểm trường") != null);
		assertThat(find(notice, id, "Lại nói chuyện đóng điểm trường").get("message").asString()).contains("sai sự thật")
			.contains("xuất hiện lại");
		assertThat(longs(specialist().get("/api/cases/" + id).json().get("itemIds"))).doesNotContain(fourth);
	}

	/** The notice centre's notice that a copy titled so surfaced again after the case closed. */
	private static JsonNode find(JsonNode notices, long caseId, String itemTitle) {
		for (JsonNode n : notices) {
			if (n.get("origin").asString().equals("response") && n.get("link").asString().equals("/response/cases/" + caseId)
					&& n.get("kind").asString().equals("RESURFACED") && n.get("message").asString().contains(itemTitle)) {
				return n;
			}
		}
		return null;
	}

	private static List<Long> longs(JsonNode array) {
		List<Long> values = new ArrayList<>();
		array.forEach(v -> values.add(v.asLong()));
		return values;
	}

	/** Imports one post of a social page and answers its item id. */
	private long importPost(String run, int n, String title, String text, String publishedAt) throws Exception {
		String url = "https://mxh.example/diem-truong/" + run + "/" + n;
		String csv = "url,title,text,published_at,author,platform\n" + url + ",\"" + title + "\",\"" + text + "\","
				+ publishedAt + ",trang_" + n + ",Facebook\n";
		Api.Response imported = specialist().upload("/api/imports", "bai-dang.csv", csv);
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		String q = URLEncoder.encode("\"điểm trường\"", StandardCharsets.UTF_8);
		for (JsonNode hit : specialist().get("/api/items?size=100&sort=date&q=" + q).json().get("items")) {
			if (hit.get("url").asString().equals(url)) {
				return hit.get("id").asLong();
			}
		}
		throw new AssertionError("no item at " + url);
	}

	interface Read {

		JsonNode get() throws Exception;

	}

	/** What {@code read} answers once {@code done} holds, within 20 s (the analysis runs in the background). */
	private static JsonNode until(String what, Read read, Predicate<JsonNode> done) throws Exception {
		return await(what).atMost(Duration.ofSeconds(20)).until(read::get, done);
	}

}
