package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The places API as staff and outside systems call it: search, a unit with its history, what the tagger
 * reads in a text, and the administrator's import of a dvhcvn file.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class PlacesApiTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	Api specialist() {
		return Api.basic(port, "chuyenvien", ApiContractTests.PASSWORD);
	}

	@Test
	void anAnalystFindsBacKanUnitsAccentFreeAndReadsTheirHistory() throws Exception {
		JsonNode found = specialist().get("/api/places?q=" + URLEncoder.encode("cho moi", StandardCharsets.UTF_8)).json();
		assertThat(found.get(0).get("code").asString()).isEqualTo("065");
		assertThat(found.get(0).get("name").asString()).isEqualTo("Huyện Chợ Mới");
		assertThat(found.get(0).get("level").asString()).isEqualTo("district");

		JsonNode bacKan = specialist().get("/api/places/06").json();
		assertThat(bacKan.get("place").get("validUntil").asString()).isEqualTo("2025-07-01");
		assertThat(bacKan.get("successors").get(0).get("name").asString()).isEqualTo("Tỉnh Thái Nguyên");
		JsonNode thaiNguyen = specialist().get("/api/places/19").json();
		assertThat(thaiNguyen.get("predecessors").get(0).get("code").asString()).isEqualTo("06");

		Api.Response missing = specialist().get("/api/places/99999");
		assertThat(missing.status()).isEqualTo(404);
		assertThat(missing.contentType()).startsWith("application/problem+json");
		assertThat(missing.json().get("detail").asString()).contains("Không có đơn vị hành chính mã \"99999\"");
	}

	@Test
	void theTaggerShowsStaffWhatItReadsAndWhy() throws Exception {
		JsonNode mentions = specialist().post("/api/places/tag",
				"{\"title\":\"Chợ Mới đón Tết\",\"text\":\"Người dân huyện Chợ Mới, tỉnh Bắc Kạn vui xuân.\"}").json();

		assertThat(mentions).hasSize(3);
		JsonNode first = mentions.get(0);
		assertThat(first.get("place").get("code").asString()).isEqualTo("065");
		assertThat(first.get("field").asString()).isEqualTo("title");
		assertThat(first.get("written").asString()).isEqualTo("Chợ Mới");
		assertThat(first.get("start").asInt()).isZero();
		assertThat(first.get("today").get(0).get("code").asString()).isEqualTo("19");
		assertThat(first.get("reason").asString()).contains("Từ 1/7/2025 thuộc Tỉnh Thái Nguyên");
		assertThat(mentions.get(2).get("place").get("level").asString()).isEqualTo("province");

		Api.Response empty = specialist().post("/api/places/tag", "{\"title\":\"\",\"text\":\" \"}");
		assertThat(empty.status()).isEqualTo(400);
		assertThat(empty.json().get("detail").asString()).contains("Chưa có văn bản");
	}

	@Test
	void onlyAnalystsReadPlacesAndOnlyAdministratorsImport() throws Exception {
		assertThat(Api.basic(port, "babe", ApiContractTests.PASSWORD).get("/api/places?q=ba").status()).isEqualTo(403);
		assertThat(Api.anonymous(port).get("/api/places?q=ba").status()).isEqualTo(401);
		assertThat(upload("chuyenvien", "dvhcvn.json", "{\"data\":[]}").statusCode()).isEqualTo(403);
	}

	@Test
	void anAdministratorImportsADvhcvnFileTwiceWithoutChangeAndABadFileIsRefusedInVietnamese() throws Exception {
		String bacKan = bacKanDistricts();

		HttpResponse<String> first = upload("admin", "dvhcvn.json", bacKan);
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		JsonNode counts = JSON.readTree(first.body());
		assertThat(counts.get("format").asString()).isEqualTo("UNITS_BEFORE_2025");
		assertThat(counts.get("provinces").asInt()).isEqualTo(1);
		assertThat(counts.get("districts").asInt()).isEqualTo(8);
		assertThat(counts.get("added").asInt()).as("the authored units are the official ones").isZero();
		JsonNode second = JSON.readTree(upload("admin", "dvhcvn.json", bacKan).body());
		assertThat(second.get("added").asInt() + second.get("changed").asInt()).isZero();
		assertThat(second.get("unchanged").asInt()).isEqualTo(9);

		HttpResponse<String> bad = upload("admin", "ghi-chu.txt", "Danh sách xã, phường");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(JSON.readTree(bad.body()).get("detail").asString()).startsWith("Không đọc được tệp địa danh");
	}

	/** Bắc Kạn and its districts in the shape of a dvhcvn file (the tests' authored gazetteer), without the communes. */
	private static String bacKanDistricts() throws Exception {
		JsonNode all = JSON.readTree(Path.of("src", "test", "resources", "places", "units-before-2025.json").toFile());
		ObjectNode root = JSON.createObjectNode();
		ArrayNode data = root.putArray("data");
		for (JsonNode province : all.get("data")) {
			if (province.get("level1_id").asString().equals("06")) {
				ObjectNode copy = (ObjectNode) province.deepCopy();
				for (JsonNode district : copy.get("level2s")) {
					((ObjectNode) district).putArray("level3s");
				}
				data.add(copy);
			}
		}
		return JSON.writeValueAsString(root);
	}

	private HttpResponse<String> upload(String username, String fileName, String content) throws Exception {
		String boundary = "----tuyengiao" + System.nanoTime();
		String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: application/json\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/places/imports"))
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString((username + ":" + ApiContractTests.PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

}
