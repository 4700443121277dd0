package vn.tuyengiao.stories.internal;

import vn.tuyengiao.api.Api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;


/**
 * The stories' contract as an outside caller sees it: items imported through {@code /api/imports} (a post and
 * two reposts of it on other pages, and an unrelated post) are assigned, and {@code /api/stories/{id}} shows
 * the story with its first source and spread, {@code /api/stories?rising=24h} lists it, an unknown story is a
 * Vietnamese 404 and a reporter may not read stories.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class StoriesApiTests {

	private static final String RUMOUR = "Nghe nói từ tuần sau người dân ở các xã của huyện Chợ Mới phải nộp một khoản phí "
			+ "trước thì mới được nhận tiền đền bù đất cho dự án đường giao thông mới. Nhiều người đã chuyển tiền cho một "
			+ "người tự xưng là cán bộ địa chính của huyện. Ủy ban nhân dân huyện khẳng định không có khoản phí nào như vậy "
			+ "và đề nghị người dân báo ngay cho công an xã khi có người đến thu tiền.";

	private static final String FLOOD = "Mưa lớn kéo dài từ đêm qua khiến nước sông Năng dâng cao, nhiều đoạn đường liên xã "
			+ "ở huyện Ba Bể bị ngập sâu và sạt lở. Lực lượng chức năng đã cắm biển cảnh báo, hướng dẫn người dân không đi "
			+ "qua các ngầm tràn và di chuyển tài sản lên chỗ cao. Trường học ở hai xã cho học sinh nghỉ một ngày để bảo "
			+ "đảm an toàn.";

	@LocalServerPort
	int port;

	@Autowired
	StoryClustering stories;

	Api specialist() {
		return Api.basic(port, "chuyenvien", "tuyengiao2023");
	}

	@Test
	void aRumourRepostedByTwoPagesIsOneStoryWithItsFirstSourceAndSpread() throws Exception {
		String run = Long.toString(System.nanoTime());
		String csv = "url,title,text,published_at,author,platform\n"
				+ "https://mxh.example/cau-chuyen/" + run + "/1,Cảnh giác thu phí đền bù,\"" + RUMOUR + "\",2023-06-01 08:00,trang_a,Facebook\n"
				+ "https://mxh.example/cau-chuyen/" + run + "/2,CHIA SẺ GẤP,\"Mọi người chia sẻ gấp nhé! " + RUMOUR + "\",2023-06-01 10:30,trang_b,Facebook\n"
				+ "https://mxh.example/cau-chuyen/" + run + "/3,Thu phí đền bù?,\"" + RUMOUR.replace("ì", "i").replace("ộ", "o")
				+ "\",2023-06-01 11:15,trang_c,Zalo\n"
				+ "https://mxh.example/cau-chuyen/" + run + "/4,Lễ hội Lồng tồng,\"Người dân Ba Bể vui lễ hội xuống đồng, "
				+ "rước nước cầu mùa bên hồ trong ngày đầu xuân với nhiều trò chơi dân gian như ném còn và kéo co.\",2023-06-01 09:00,trang_d,Zalo\n";
		assertThat(multipart("/api/imports", "cau-chuyen.csv", csv).get("created").asInt()).isEqualTo(4);

		// the analysis stage joins each imported item to its story, by publication time
		long[] ids = new long[4];
		long[] storyOf = new long[4];
		for (int i = 0; i < 4; i++) {
			ids[i] = itemId("https://mxh.example/cau-chuyen/" + run + "/" + (i + 1));
			storyOf[i] = storyOf(ids[i]);
		}
		long story = storyOf[0];
		assertThat(storyOf[1]).isEqualTo(story);
		assertThat(storyOf[2]).isEqualTo(story);
		assertThat(storyOf[3]).isNotEqualTo(story);

		Api.Response answer = specialist().get("/api/stories/" + story);
		assertThat(answer.status()).isEqualTo(200);
		JsonNode view = answer.json();
		assertThat(view.get("id").asLong()).isEqualTo(story);
		assertThat(view.get("title").asString()).isEqualTo("Cảnh giác thu phí đền bù");
		assertThat(view.get("firstItemId").asLong()).isEqualTo(ids[0]);
		assertThat(view.get("firstSeenAt").asString()).isEqualTo("2023-06-01T01:00:00Z");
		assertThat(view.get("lastSeenAt").asString()).isEqualTo("2023-06-01T04:15:00Z");
		assertThat(view.get("items")).hasSize(3);
		JsonNode repost = view.get("items").get(1);
		assertThat(repost.get("itemId").asLong()).isEqualTo(ids[1]);
		assertThat(repost.get("seenAt").asString()).isEqualTo("2023-06-01T03:30:00Z");
		assertThat(repost.get("similarity").asDouble()).isBetween(0.5, 1.0);
		assertThat(repost.get("url").asString()).endsWith("/cau-chuyen/" + run + "/2");
		assertThat(view.get("spread")).hasSize(4);
		assertThat(view.get("spread").get(0).get("count").asInt()).isEqualTo(1);
		assertThat(view.get("spread").get(1).get("count").asInt()).isZero();
		assertThat(view.get("spread").get(2).get("count").asInt()).isEqualTo(1);
		assertThat(view.get("spread").get(3).get("count").asInt()).isEqualTo(1);
	}

	/** The item's story once the analysis stage has stored it (within seconds of the import). */
	private long storyOf(long itemId) throws Exception {
		return await().atMost(Duration.ofSeconds(10))
			.until(() -> specialist().get("/api/items/" + itemId).json(), item -> !item.get("storyId").isNull())
			.get("storyId").asLong();
	}

	@Test
	void theRisingStoriesOfTheLastDayComeFirstByTheirNewItems() throws Exception {
		Instant now = Instant.now();
		long story = 0;
		for (int i = 0; i < 3; i++) {
			long assigned = stories.assign(7_000_000_000L + System.nanoTime() % 1_000_000_000L, "Tin đồn " + i,
					"Bài chia sẻ số " + i + ". " + FLOOD, "Trang " + i, now.minus(i, ChronoUnit.HOURS));
			story = i == 0 ? assigned : story;
		}

		JsonNode rising = specialist().get("/api/stories?rising=24h&limit=5").json();

		assertThat(rising.get(0).get("id").asLong()).isEqualTo(story);
		assertThat(rising.get(0).get("recentItems").asInt()).isEqualTo(3);
		assertThat(rising.get(0).get("recentOutlets").asInt()).isEqualTo(3);
		assertThat(rising.get(0).get("firstSource").asString()).isEqualTo("Trang 2");
	}

	@Test
	void anUnknownStoryIsAVietnameseNotFoundAndAReporterMayNotReadStories() throws Exception {
		Api.Response missing = specialist().get("/api/stories/987654321");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(missing.json().get("detail").asString()).isEqualTo("Không tìm thấy câu chuyện số 987654321.");

		Api.Response badWindow = specialist().get("/api/stories?rising=mot-ngay");
		assertThat(badWindow.status()).isEqualTo(400);
		assertThat(badWindow.json().get("detail").asString()).contains("mot-ngay");

		assertThat(Api.basic(port, "babe", "tuyengiao2023").get("/api/stories?rising=24h").status()).isEqualTo(403);
	}

	private long itemId(String url) throws Exception {
		for (JsonNode hit : specialist().get("/api/items?size=100&sort=date&q=" + java.net.URLEncoder.encode("\"đền bù\" | \"lồng tồng\"",
				StandardCharsets.UTF_8)).json().get("items")) {
			if (hit.get("url").asString().equals(url)) {
				return hit.get("id").asLong();
			}
		}
		throw new AssertionError("no item at " + url);
	}

	private JsonNode multipart(String path, String fileName, String content) throws Exception {
		String boundary = "----tuyengiao" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: text/csv\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("chuyenvien:" + "tuyengiao2023").getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		HttpResponse<String> response = HttpClient.newHttpClient().send(request,
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

}
