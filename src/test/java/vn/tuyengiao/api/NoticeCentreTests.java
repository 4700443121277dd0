package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * The notice centre as its users meet it: a case given to the leader is in the leader's one list of notices (API
 * and page), newest first, with the unread count in the header; reading it lowers the count; nobody reads or marks
 * another's notice.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NoticeCentreTests {

	@LocalServerPort
	int port;

	Api as(String username) {
		return Api.basic(port, username, ApiContractTests.PASSWORD);
	}

	private long openCaseFor(String assignee, String title) throws Exception {
		Api.Response opened = as("chuyenvien").post("/api/cases",
				"{\"title\":\"" + title + "\",\"claim\":\"Luận điệu của " + title + ".\",\"assignee\":\"" + assignee + "\"}");
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().get("id").asLong();
	}

	private static JsonNode about(JsonNode items, long caseId) {
		for (JsonNode n : items) {
			if (n.get("link").asString().equals("/response/cases/" + caseId)) {
				return n;
			}
		}
		return null;
	}

	@Test
	void aCaseGivenToTheLeaderIsInTheLeadersNoticesNewestFirstUntilRead() throws Exception {
		int before = as("truongban").get("/api/notices/unread-count").json().get("unread").asInt();
		long older = openCaseFor("truongban", "Tin đồn tăng giá điện");
		long newer = openCaseFor("truongban", "Tin đồn đổi tên huyện");

		JsonNode page = as("truongban").get("/api/notices?unread=true").json();
		JsonNode items = page.get("items");
		assertThat(items.get(0).get("link").asString()).as("newest first").isEqualTo("/response/cases/" + newer);
		JsonNode first = about(items, older);
		assertThat(first).as("the older case's notice").isNotNull();
		assertThat(first.get("origin").asString()).isEqualTo("response");
		assertThat(first.get("title").asString()).isEqualTo("Đồng chí được giao vụ việc");
		assertThat(first.get("message").asString()).contains("Tin đồn tăng giá điện").contains("chuyenvien");
		assertThat(first.get("read").asBoolean()).isFalse();
		assertThat(as("truongban").get("/api/notices/unread-count").json().get("unread").asInt()).isEqualTo(before + 2);
		assertThat(about(as("chuyenvien").get("/api/notices").json().get("items"), older))
			.as("the one who gave the case is not told").isNull();

		long id = first.get("id").asLong();
		assertThat(as("chuyenvien").post("/api/notices/" + id + "/read", "").status()).as("not theirs").isEqualTo(404);
		assertThat(as("truongban").post("/api/notices/" + id + "/read", "").status()).isEqualTo(204);

		assertThat(as("truongban").get("/api/notices/unread-count").json().get("unread").asInt()).isEqualTo(before + 1);
		assertThat(about(as("truongban").get("/api/notices?unread=true").json().get("items"), older)).isNull();
		assertThat(about(as("truongban").get("/api/notices").json().get("items"), older).get("read").asBoolean()).isTrue();
	}

	@Test
	void theHeaderCountsTheUnreadNoticesAndThePageOpensWhatANoticeIsAbout() throws Exception {
		long id = openCaseFor("truongban", "Tin đồn sáp nhập thôn");
		PageSession leader = PageSession.signedIn(port, "truongban", ApiContractTests.PASSWORD);

		HttpResponse<String> list = leader.get("/notices");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains("id=\"notices-badge\"").contains("Tin đồn sáp nhập thôn")
			.contains("Đồng chí được giao vụ việc");
		long noticeId = about(as("truongban").get("/api/notices?unread=true").json().get("items"), id).get("id").asLong();

		HttpResponse<String> opened = leader.post("/notices/" + noticeId + "/open", "");
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/response/cases/" + id);
		assertThat(about(as("truongban").get("/api/notices?unread=true").json().get("items"), id)).as("read once opened")
			.isNull();

		leader.get("/notices");
		assertThat(leader.post("/notices/read", "").statusCode()).isEqualTo(302);
		assertThat(as("truongban").get("/api/notices/unread-count").json().get("unread").asInt()).isZero();
		assertThat(leader.get("/notices").body()).doesNotContain("id=\"notices-badge\"");
	}

}
