package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The case pages as a browser without scripts uses them: forms, refusals shown on the page, scope. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class CasePagesTests {

	@LocalServerPort
	int port;

	private static String form(String... pairs) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < pairs.length; i += 2) {
			out.append(out.isEmpty() ? "" : "&").append(pairs[i]).append('=')
				.append(URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return out.toString();
	}

	private String openByHand(PageSession session, String title) throws Exception {
		session.get("/response/cases/new");
		HttpResponse<String> opened = session.post("/response/cases",
				form("title", title, "claim", "Luận điệu cần xác minh.", "severity", "LOW", "places", "Ba Bể, Chợ Đồn"));
		assertThat(opened.statusCode()).as(opened.body()).isEqualTo(302);
		return URI.create(opened.headers().firstValue("Location").orElseThrow()).getPath();
	}

	@Test
	void aCaseOpenedByHandShowsItsFactsAndAStaleMoveIsRefusedOnThePageWithNothingChanged() throws Exception {
		PageSession specialist = PageSession.signedIn(port, "chuyenvien", ApiContractTests.PASSWORD);
		String path = openByHand(specialist, "Tin đồn tăng học phí");

		String page = specialist.get(path).body();
		assertThat(page).contains("Tin đồn tăng học phí").contains("Ba Bể, Chợ Đồn").contains("Thấp").contains("move-VERIFYING");

		HttpResponse<String> stale = specialist.post(path + "/move", form("to", "VERIFYING", "note", "muộn", "version", "99"));
		assertThat(stale.statusCode()).isEqualTo(302);
		String after = specialist.get(path).body();
		assertThat(after).contains("vừa được người khác cập nhật");
		assertThat(after).containsPattern("id=\"case-status\"[^>]*>Mới<");
	}

	@Test
	void theHomePageRemindsTheAssigneeOfTheCasesTheyHandle() throws Exception {
		PageSession specialist = PageSession.signedIn(port, "chuyenvien", ApiContractTests.PASSWORD);
		openByHand(specialist, "Tin đồn về giá điện");

		assertThat(specialist.get("/").body()).containsPattern("Đồng chí đang xử lý [0-9]+ vụ việc")
			.contains("href=\"/response/cases\"");
	}

	@Test
	void aReferralRecordedOnThePageAwaitsTheAgencysAnswerAndBadInputIsNamedByField() throws Exception {
		PageSession specialist = PageSession.signedIn(port, "chuyenvien", ApiContractTests.PASSWORD);
		String path = openByHand(specialist, "Tài khoản mạo danh chính quyền");
		specialist.get(path);

		specialist.post(path + "/responses", form("kind", "REFERRAL", "agency", "Công an tỉnh Bắc Kạn", "agencyKind", "POLICE",
				"date", "20/5/2023", "text", "Đề nghị xác minh chủ tài khoản"));
		String page = specialist.get(path).body();
		assertThat(page).contains("Chuyển cơ quan chức năng").contains("Công an tỉnh Bắc Kạn (Cơ quan công an)")
			.contains("Chờ kết quả").contains("value=\"ANSWERED\"");

		specialist.post(path + "/responses", form("kind", "REBUTTAL", "date", "ngày mai", "url", "không phải địa chỉ"));
		assertThat(specialist.get(path).body()).contains("id=\"case-action-error\"").contains("Đường dẫn:").contains("Ngày:");
	}

	@Test
	void anItemAlreadyInAnOpenCaseShowsItsCaseInsteadOfOfferingANewOne() throws Exception {
		Api api = Api.basic(port, "chuyenvien", ApiContractTests.PASSWORD);
		String url = "https://mxh.example/trung-vu-viec/" + System.nanoTime();
		Api.Response imported = api.upload("/api/imports", "bai.csv", "url,title,text,published_at,author,platform\n" + url
				+ ",Tin đồn cắt điện cả tháng,\"Nghe nói cả huyện sẽ bị cắt điện một tháng để sửa đường dây.\",2023-07-01 08:00,trang_x,Facebook\n");
		assertThat(imported.status()).as(imported.body()).isEqualTo(200);
		long item = -1;
		for (tools.jackson.databind.JsonNode hit : api.get("/api/items?size=50&sort=date&q=" + URLEncoder.encode("\"cắt điện\"",
				StandardCharsets.UTF_8)).json().get("items")) {
			item = hit.get("url").asString().equals(url) ? hit.get("id").asLong() : item;
		}
		PageSession specialist = PageSession.signedIn(port, "chuyenvien", ApiContractTests.PASSWORD);
		assertThat(specialist.get("/monitor/items/" + item).body()).contains("id=\"open-case\"");

		long caseId = api.post("/api/cases", "{\"title\":\"Tin đồn cắt điện\",\"claim\":\"Cả huyện bị cắt điện một tháng.\","
				+ "\"itemIds\":[" + item + "]}").json().get("id").asLong();

		String page = specialist.get("/monitor/items/" + item).body();
		assertThat(page).doesNotContain("id=\"open-case\"").contains("href=\"/response/cases/" + caseId + "\"")
			.contains("Vụ việc số " + caseId + ": Tin đồn cắt điện (Mới)");
		assertThat(specialist.get("/response/cases/new?itemId=" + item).body()).contains("id=\"case-existing\"")
			.contains("Vụ việc số " + caseId);
	}

	@Test
	void aFormWithoutAClaimComesBackWithTheMessageAndWhatWasTyped() throws Exception {
		PageSession specialist = PageSession.signedIn(port, "chuyenvien", ApiContractTests.PASSWORD);
		specialist.get("/response/cases/new");

		HttpResponse<String> refused = specialist.post("/response/cases", form("title", "Thiếu luận điệu", "claim", " "));

		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("id=\"case-error\"").contains("không được để trống").contains("Thiếu luận điệu");
	}

	@Test
	void aDistrictReporterCannotSeeTheProvincesCases() throws Exception {
		String path = openByHand(PageSession.signedIn(port, "chuyenvien", ApiContractTests.PASSWORD), "Vụ việc của tỉnh");

		PageSession reporter = PageSession.signedIn(port, "babe", ApiContractTests.PASSWORD);
		// a reporter reads no cases at all: refused (403), not only this one
		assertThat(reporter.get(path).statusCode()).isEqualTo(403);
		assertThat(reporter.get("/response/cases").statusCode()).isEqualTo(403);
		assertThat(reporter.get("/response/cases").body()).doesNotContain("Vụ việc của tỉnh");
	}

}
