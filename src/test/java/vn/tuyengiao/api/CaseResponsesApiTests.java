package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

/**
 * Responses on a case (issue 7) as a caller sees them: recorded, listed, a referral's answer recorded on the copy
 * read, mistakes named in Vietnamese, the count in the period's report, and the case file for a referral.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class CaseResponsesApiTests {

	static final String REBUTTAL = "{\"kind\":\"REBUTTAL\",\"title\":\"Sự thật về tin đồn thu phí đền bù\","
			+ "\"url\":\"https://baobackan.example/su-that-thu-phi\",\"outlet\":\"Báo Bắc Kạn\",\"date\":\"2023-05-12\"}";

	static final String REFERRAL = "{\"kind\":\"REFERRAL\",\"agency\":\"Công an tỉnh Bắc Kạn\",\"agencyKind\":\"POLICE\","
			+ "\"text\":\"Đề nghị xác minh tài khoản đăng tin\",\"date\":\"15/5/2023\"}";

	@LocalServerPort
	int port;

	Api specialist() {
		return Api.basic(port, "chuyenvien", ApiContractTests.PASSWORD);
	}

	long openCase(String title, String period) throws Exception {
		Api.Response opened = specialist().post("/api/cases", "{\"title\":\"" + title + "\",\"claim\":\"Nộp phí trước sẽ được "
				+ "đền bù cao hơn.\",\"itemIds\":[]" + (period == null ? "" : ",\"period\":\"" + period + "\"") + "}");
		assertThat(opened.status()).as(opened.body()).isEqualTo(201);
		return opened.json().get("id").asLong();
	}

	void move(long id, String to, String note) throws Exception {
		Api.Response moved = specialist().post("/api/cases/" + id + "/transitions", "{\"to\":\"" + to + "\",\"note\":\"" + note + "\"}");
		assertThat(moved.status()).as(moved.body()).isEqualTo(200);
	}

	@Test
	void responsesAreRecordedListedAndTheAnswerOfAReferralIsRecordedOnTheCopyRead() throws Exception {
		long id = openCase("Tin đồn thu phí đền bù", null);

		Api.Response rebuttal = specialist().post("/api/cases/" + id + "/responses", REBUTTAL);
		assertThat(rebuttal.status()).as(rebuttal.body()).isEqualTo(201);
		assertThat(rebuttal.json().get("kind").asString()).isEqualTo("REBUTTAL");
		assertThat(rebuttal.json().get("outlet").asString()).isEqualTo("Báo Bắc Kạn");
		assertThat(rebuttal.json().get("date").asString()).isEqualTo("2023-05-12");
		Api.Response referral = specialist().post("/api/cases/" + id + "/responses", REFERRAL);
		assertThat(referral.status()).as(referral.body()).isEqualTo(201);
		assertThat(referral.json().get("outcome").asString()).isEqualTo("PENDING");
		assertThat(referral.json().get("date").asString()).isEqualTo("2023-05-15");
		long referralId = referral.json().get("id").asLong();

		JsonNode listed = specialist().get("/api/cases/" + id + "/responses").json();
		assertThat(listed).hasSize(2);
		assertThat(listed.get(0).get("kind").asString()).isEqualTo("REBUTTAL");

		Api.Response answered = specialist().put("/api/cases/" + id + "/responses/" + referralId,
				"{\"outcome\":\"ANSWERED\",\"answer\":\"Đã xử phạt hành chính chủ tài khoản\",\"date\":\"2023-06-02\",\"version\":0}");
		assertThat(answered.status()).as(answered.body()).isEqualTo(200);
		assertThat(answered.json().get("outcome").asString()).isEqualTo("ANSWERED");
		assertThat(answered.json().get("outcomeDate").asString()).isEqualTo("2023-06-02");
		assertThat(answered.json().get("version").asLong()).isEqualTo(1);

		Api.Response stale = specialist().put("/api/cases/" + id + "/responses/" + referralId,
				"{\"outcome\":\"PENDING\",\"version\":0}");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("detail").asString()).contains("người khác");
	}

	@Test
	void badInputIsRefusedInVietnameseNamingEachField() throws Exception {
		long id = openCase("Ảnh cắt ghép", null);

		Api.Response refused = specialist().post("/api/cases/" + id + "/responses",
				"{\"kind\":\"REFERRAL\",\"agencyKind\":\"ARMY\",\"date\":\"31/02/2023\"}");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("chưa hợp lệ").contains("agencyKind");
		List<String> fields = new ArrayList<>();
		refused.json().get("errors").forEach(error -> fields.add(error.get("field").asString()));
		assertThat(fields).containsExactlyInAnyOrder("agency", "agencyKind", "date");
		assertThat(refused.body()).contains("Trường này không được để trống").contains("ARMY").contains("31/02/2023");

		Api.Response badKind = specialist().post("/api/cases/" + id + "/responses", "{\"kind\":\"TWEET\",\"date\":\"2023-05-01\"}");
		assertThat(badKind.status()).isEqualTo(400);
		assertThat(badKind.body()).contains("Hình thức xử lý");

		Api.Response badUrl = specialist().post("/api/cases/" + id + "/responses",
				"{\"kind\":\"CLARIFICATION\",\"url\":\"javascript:alert(1)\",\"outlet\":\"Báo Bắc Kạn\",\"date\":\"2023-05-01\"}");
		assertThat(badUrl.status()).isEqualTo(400);
		assertThat(badUrl.json().get("errors").get(0).get("field").asString()).isEqualTo("url");

		long rebuttal = specialist().post("/api/cases/" + id + "/responses", REBUTTAL).json().get("id").asLong();
		Api.Response noOutcome = specialist().put("/api/cases/" + id + "/responses/" + rebuttal,
				"{\"outcome\":\"REMOVED\",\"date\":\"2023-05-20\",\"version\":0}");
		assertThat(noOutcome.status()).isEqualTo(400);
		assertThat(noOutcome.json().get("detail").asString()).contains("Bài phản bác");
	}

	@Test
	void aReporterCannotRecordAResponse() throws Exception {
		long id = openCase("Thử quyền", null);

		Api.Response refused = Api.basic(port, "babe", ApiContractTests.PASSWORD).post("/api/cases/" + id + "/responses", REBUTTAL);

		assertThat(refused.status()).isEqualTo(403);
		assertThat(specialist().get("/api/cases/" + id + "/responses").json()).isEmpty();
	}

	@Test
	void theSecondQuartersReportCountsTheRebuttalTheAnsweredReferralAndTheMedianTimeToVerdict() throws Exception {
		long id = openCase("Tin giả về dịch bệnh ở Ba Bể", "2023Q2");
		move(id, "VERIFYING", "Liên hệ Trung tâm Y tế huyện");
		move(id, "FALSE", "Trung tâm Y tế khẳng định không có ca bệnh");
		specialist().post("/api/cases/" + id + "/responses", REBUTTAL);
		long referral = specialist().post("/api/cases/" + id + "/responses", REFERRAL).json().get("id").asLong();
		assertThat(specialist().put("/api/cases/" + id + "/responses/" + referral,
				"{\"answer\":\"Đã xác minh, xử lý chủ tài khoản\",\"outcomeDate\":\"2023-06-01\",\"version\":0}").status()).isEqualTo(200);
		move(id, "RESPONDING", "Đăng bài phản bác");
		move(id, "CLOSED", "Hoàn thành");

		JsonNode report = Section4.consolidated(Api.basic(port, "truongban", ApiContractTests.PASSWORD), "2023Q2");
		Section4 cases = Section4.of(report);
		assertThat(cases.count("Vụ việc đã xử lý xong")).isPositive();
		assertThat(cases.count("Bài phản bác, đính chính")).isPositive();
		assertThat(cases.count("Vụ việc chuyển cơ quan chức năng")).isPositive();
		assertThat(cases.count("Cơ quan chức năng đã trả lời")).isPositive();
		JsonNode median = cases.figure("Thời gian trung vị");
		assertThat(median.get("unitOfMeasure").asString()).isIn("phút", "giờ", "ngày");
		assertThat(cases.text()).contains("bài phản bác, đính chính").contains("trung vị");
	}

	@Test
	void theCaseFileHoldsTheClaimTheTimelineAndTheResponsesAsDocxAndPdf() throws Exception {
		long id = openCase("Hồ sơ tin đồn", null);
		move(id, "VERIFYING", "Đối chiếu với văn bản của UBND xã");
		specialist().post("/api/cases/" + id + "/responses", REFERRAL);

		byte[] docx = specialist().getBytes("/api/cases/" + id + "/file.docx");
		String text;
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			text = extractor.getText();
		}
		assertThat(text).contains("HỒ SƠ VỤ VIỆC").contains("Nộp phí trước sẽ được đền bù cao hơn.")
			.contains("Đối chiếu với văn bản của UBND xã").contains("Mới → Đang xác minh")
			.contains("I. THÔNG TIN VỤ VIỆC", "II. DIỄN BIẾN XỬ LÝ", "III. KẾT QUẢ XỬ LÝ", "IV. DANH MỤC CHỨNG CỨ")
			.contains("Công an tỉnh Bắc Kạn");

		byte[] pdf = specialist().getBytes("/api/cases/" + id + "/file.pdf");
		assertThat(new String(pdf, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("%PDF");
		try (PDDocument document = Loader.loadPDF(pdf)) {
			assertThat(java.text.Normalizer.normalize(new PDFTextStripper().getText(document), java.text.Normalizer.Form.NFC))
				.contains("Hồ sơ tin đồn");
		}
	}

	@Test
	void theSignedInBrowserDownloadsTheCaseFileUnderDocuments() throws Exception {
		long id = openCase("Hồ sơ cho trình duyệt", null);

		HttpResponse<String> signedIn = PageSession.signedIn(port, "chuyenvien", ApiContractTests.PASSWORD)
			.get("/documents/cases/" + id + "/file.docx");
		assertThat(signedIn.statusCode()).isEqualTo(200);
		assertThat(signedIn.headers().firstValue("Content-Type").orElse("")).contains("wordprocessingml");
		assertThat(PageSession.anonymous(port).get("/documents/cases/" + id + "/file.pdf").statusCode()).isEqualTo(302);
	}

}
