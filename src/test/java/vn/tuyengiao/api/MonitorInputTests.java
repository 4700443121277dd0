package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;

/**
 * Bad input to the monitoring API is a 400 (or 413) problem in Vietnamese naming the parameter or the line, never
 * a 500; an import keeps its good lines; permission is checked before the file is looked at.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MonitorInputTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	Api specialist() {
		return Api.basic(port, "chuyenvien", ApiContractTests.PASSWORD);
	}

	@Test
	void aPageBeyondTheBoundIsA400NamingThePage() throws Exception {
		Api.Response answer = specialist().get("/api/items?q=bac&page=2147483647");

		assertThat(answer.status()).isEqualTo(400);
		assertThat(answer.contentType()).startsWith("application/problem+json");
		assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("page");
		assertThat(answer.json().get("detail").asString()).contains("Số trang (page)");
		assertThat(specialist().get("/api/items?q=bac&page=-1").status()).isEqualTo(400);
		assertThat(specialist().get("/api/items?q=bac&page=49&size=200").status()).isEqualTo(200);
		assertThat(specialist().get("/api/items?q=bac&page=50&size=200").status()).isEqualTo(400);
	}

	@Test
	void aPageSizeBeyondTheBoundIsA400NamingTheSize() throws Exception {
		long pacNam = Api.unitId(port, "Pác Nặm");
		long topic = specialist().post("/api/topics", "{\"name\":\"Cỡ trang\",\"query\":\"Bắc Kạn\",\"ownerUnitId\":" + pacNam + "}")
			.json().get("id").asLong();

		Api.Response matches = specialist().get("/api/topics/" + topic + "/matches?size=100000000");
		Api.Response items = specialist().get("/api/items?size=201");

		for (Api.Response answer : List.of(matches, items)) {
			assertThat(answer.status()).isEqualTo(400);
			assertThat(answer.contentType()).startsWith("application/problem+json");
			assertThat(answer.json().get("errors").get(0).get("field").asString()).isEqualTo("size");
			assertThat(answer.json().get("detail").asString()).contains("từ 1 đến 200");
		}
		assertThat(specialist().get("/api/topics/" + topic + "/matches?size=200").status()).isEqualTo(200);
	}

	@Test
	void anImportKeepsItsGoodLinesAndNamesEachDateOutsideTheCenturiesByLine() throws Exception {
		String jsonl = String.join("\n",
				"{\"url\":\"https://vi.example.org/ngay-1\",\"title\":\"Tin đúng ngày\",\"published_at\":\"2023-04-12T08:30:00+07:00\"}",
				"{\"url\":\"https://vi.example.org/ngay-2\",\"title\":\"Số quá lớn\",\"published_at\":99999999999999999999999}",
				"{\"url\":\"https://vi.example.org/ngay-3\",\"title\":\"Năm 292 triệu\",\"published_at\":9223372036854775807}",
				"{\"url\":\"https://vi.example.org/ngay-4\",\"title\":\"Trước 1900\",\"published_at\":\"1899-12-31\"}",
				"{\"url\":\"https://vi.example.org/ngay-5\",\"title\":\"Sau 2100\",\"published_at\":\"2101-01-01T00:00:00Z\"}",
				"{\"url\":\"https://vi.example.org/ngay-6\",\"title\":\"Tin giây\",\"published_at\":1681263000}");

		Api.Response imported = specialist().upload("/api/imports", "ngay.jsonl", jsonl);

		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		JsonNode outcome = imported.json();
		assertThat(outcome.get("created").asInt()).isEqualTo(2);
		assertThat(outcome.get("problems").valueStream().map(p -> p.get("line").asInt()).toList()).containsExactly(2, 3, 4, 5);
		assertThat(outcome.get("problems").valueStream().map(p -> p.get("reason").asString()))
			.allSatisfy(reason -> assertThat(reason).contains("published_at", "1900–2100"));
		JsonNode found = specialist().get("/api/items?q=%22Tin+gi%C3%A2y%22").json().get("items");
		assertThat(found.get(0).get("publishedAt").asString()).startsWith("2023-04-12");
	}

	@Test
	void aViewerMayNotPreviewAnImportAndIsRefusedBeforeTheFileIsRead() throws Exception {
		long baBe = Api.unitId(port, "Ba Bể");
		accounts.create("xem-nhap-tep", "Người xem nhập tệp", ApiContractTests.PASSWORD, false,
				List.of(new RoleGrant(Role.VIEWER, baBe)));
		Api viewer = Api.basic(port, "xem-nhap-tep", ApiContractTests.PASSWORD);

		assertThat(viewer.upload("/api/imports?preview=true", "a.csv", "url,title\nhttps://vi.example.org/x,X\n").status())
			.isEqualTo(403);
		assertThat(viewer.upload("/api/imports?preview=true", "a.csv", "").status()).isEqualTo(403);
		assertThat(specialist().upload("/api/imports?preview=true", "a.csv", "url,title\nhttps://vi.example.org/x,X\n")
			.status()).isEqualTo(200);
	}

	@Test
	void anUploadOverTheLimitIsA413ProblemInVietnamese() throws Exception {
		String boundary = "----tuyengiao-large";
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\nurl,title\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] body = Arrays.copyOf(head, 60 * 1024 * 1024);
		Arrays.fill(body, head.length, body.length, (byte) 'x');
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);

		HttpResponse<String> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/imports"))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString(("chuyenvien:" + ApiContractTests.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(answer.statusCode()).isEqualTo(413);
		assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		assertThat(answer.body()).contains("\"type\":\"about:blank\"", "quá lớn").doesNotContain("\"type\":null");
	}

}
