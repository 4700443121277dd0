package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/** The case workflow's contract (issue 7) as a caller sees it: codes, 201, 200 and 409 for an illegal move. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class CasesApiTests {

	@LocalServerPort
	int port;

	Api specialist() {
		return Api.basic(port, "chuyenvien", ApiContractTests.PASSWORD);
	}

	@Test
	void aCaseIsOpenedMovedByItsWorkflowAndAnIllegalMoveIsAConflict() throws Exception {
		Api.Response opened = specialist().post("/api/cases",
				"{\"title\":\"Tin đồn thu phí đền bù\",\"claim\":\"Nộp phí trước sẽ được đền bù cao hơn.\",\"itemIds\":[]}");
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		long id = opened.json().get("id").asLong();
		assertThat(opened.json().get("status").asString()).isEqualTo("NEW");

		Api.Response closed = specialist().post("/api/cases/" + id + "/transitions", "{\"to\":\"CLOSED\",\"note\":\"đóng\"}");
		assertThat(closed.status()).isEqualTo(409);
		assertThat(closed.contentType()).startsWith("application/problem+json");
		assertThat(closed.json().get("detail").asString()).contains("NEW").contains("CLOSED");

		Api.Response verifying = specialist().post("/api/cases/" + id + "/transitions",
				"{\"to\":\"VERIFYING\",\"note\":\"Liên hệ UBND xã\"}");
		assertThat(verifying.status()).isEqualTo(200);
		JsonNode verdict = specialist().post("/api/cases/" + id + "/transitions", "{\"to\":\"FALSE\",\"note\":\"Sai sự thật\"}")
			.json();
		assertThat(verdict.get("status").asString()).isEqualTo("FALSE");
		assertThat(verdict.get("timeline")).hasSize(3);
	}

	@Test
	void aCaseClosedInTheSecondQuarterIsCountedInThatQuartersConsolidatedReportSectionFour() throws Exception {
		long id = specialist().post("/api/cases", "{\"title\":\"Ảnh lũ cũ đăng lại\",\"claim\":\"Ảnh lũ 2017 được đăng như lũ mới.\","
				+ "\"itemIds\":[],\"period\":\"2023Q2\"}").json().get("id").asLong();
		for (String to : new String[] { "VERIFYING", "MISLEADING", "CLOSED" }) {
			assertThat(specialist().post("/api/cases/" + id + "/transitions", "{\"to\":\"" + to + "\"}").status()).isEqualTo(200);
		}

		JsonNode report = Section4.consolidated(Api.basic(port, "truongban", ApiContractTests.PASSWORD), "2023Q2");
		Section4 cases = Section4.of(report);
		assertThat(cases.toString()).contains("Vụ việc đã xử lý xong").contains("Kết luận sai lệch");
		int closed = cases.count("Vụ việc đã xử lý xong");
		assertThat(closed).isPositive();
	}

	@Test
	void aCaseAboutAnUnknownItemIsRefusedInVietnameseNamingTheItem() throws Exception {
		Api.Response refused = specialist().post("/api/cases",
				"{\"title\":\"Thử\",\"claim\":\"Thử\",\"itemIds\":[987654321]}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("987654321").contains("tin");
	}

	@Test
	void aCaseGivenToTheLeaderShowsInTheLeadersNoticesAndAStaleAssignmentIsAConflict() throws Exception {
		JsonNode opened = specialist().post("/api/cases", "{\"title\":\"Tin đồn đóng cửa trường\",\"claim\":\"Điểm trường lẻ sẽ đóng.\"}")
			.json();
		long id = opened.get("id").asLong();
		long version = opened.get("version").asLong();

		Api.Response given = specialist().post("/api/cases/" + id + "/assignee",
				"{\"assignee\":\"truongban\",\"note\":\"Xin ý kiến chỉ đạo\",\"version\":" + version + "}");
		assertThat(given.status()).as(given.body()).isEqualTo(200);
		assertThat(given.json().get("assignee").asString()).isEqualTo("truongban");
		Api.Response stale = specialist().post("/api/cases/" + id + "/assignee",
				"{\"assignee\":\"chuyenvien\",\"version\":" + version + "}");
		assertThat(stale.status()).isEqualTo(409);

		JsonNode notices = Api.basic(port, "truongban", ApiContractTests.PASSWORD).get("/api/notices?unread=true").json();
		assertThat(notices.get("items").toString()).contains("Tin đồn đóng cửa trường").contains("ASSIGN")
			.contains("/response/cases/" + id);
	}

	@Test
	void aReporterCannotOpenACase() throws Exception {
		Api.Response refused = Api.basic(port, "babe", ApiContractTests.PASSWORD).post("/api/cases",
				"{\"title\":\"Thử\",\"claim\":\"Thử\"}");

		assertThat(refused.status()).isEqualTo(403);
	}

}
