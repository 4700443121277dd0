package vn.tuyengiao.api;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly cycle's API as the acceptance checks call it. Changes go to periods of their own
 * (2026), so the demo's 2023 reports stay as the browser tests expect them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReportApiTests {

	static final String PASSWORD = "tuyengiao2023";

	@LocalServerPort
	int port;

	Api as(String username) {
		return Api.basic(port, username, PASSWORD);
	}

	long unitId(String nameContains) throws Exception {
		return Api.unitId(port, nameContains);
	}

	JsonNode reportOf(String period, String unitName) throws Exception {
		for (JsonNode report : as("truongban").get("/api/reports?period=" + period).json()) {
			if (report.get("unitName").asString().contains(unitName)) {
				return report;
			}
		}
		throw new AssertionError("no report of " + unitName + " for " + period);
	}

	JsonNode assign(String period, String unitName) throws Exception {
		Api.Response response = as("chuyenvien").post("/api/report-assignments", """
				{"formCode": "BC-QUY", "period": "%s", "unitIds": [%d], "dueDate": "2026-12-31"}
				""".formatted(period, unitId(unitName)));
		assertThat(response.status()).isEqualTo(200);
		return response.json().get(0);
	}

	@Test
	void periodsIncludeTheDemoQuarter() throws Exception {
		JsonNode periods = as("truongban").get("/api/periods").json();

		assertThat(periods).anySatisfy(period -> {
			assertThat(period.get("code").asString()).isEqualTo("2023Q1");
			assertThat(period.get("name").asString()).isEqualTo("quý I năm 2023");
		});
	}

	@Test
	void completenessCountsTheEightBoards() throws Exception {
		JsonNode q1 = as("truongban").get("/api/reports/completeness?period=2023Q1").json();
		JsonNode q2 = as("truongban").get("/api/reports/completeness?period=2023Q2").json();

		assertThat(q1.get("expected").asInt()).isEqualTo(8);
		assertThat(q1.get("submitted").asInt()).isEqualTo(8);
		assertThat(q2.get("submitted").asInt()).isLessThan(8);
		assertThat(as("babe").get("/api/reports/completeness?period=2023Q1").json().get("expected").asInt()).isEqualTo(1);
	}

	@Test
	void aMalformedPeriodIsAProblemNamingIt() throws Exception {
		Api.Response response = as("truongban").get("/api/reports/completeness?period=2023Q5");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("period");
	}

	@Test
	void anotherBoardsDraftIsForbidden() throws Exception {
		JsonNode pacNamDraft = reportOf("2023Q2", "Pác Nặm");
		assertThat(pacNamDraft.get("status").asString()).isEqualTo("DRAFT");

		Api.Response response = as("babe").get("/api/reports/" + pacNamDraft.get("id").asLong());

		assertThat(response.status()).isIn(403, 404);
		assertThat(response.body()).doesNotContain("Pác Nặm");
	}

	@Test
	void aLetterInANumericIndicatorIsAProblemNamingTheIndicator() throws Exception {
		JsonNode report = assign("2026Q1", "Ba Bể");

		Api.Response response = as("babe").post("/api/reports/" + report.get("id").asLong() + "/submit", """
				{"version": %d, "values": {"NQ02": "12a"}}
				""".formatted(report.get("version").asLong()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("NQ02");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("values.NQ02");
		assertThat(response.json().get("errors").get(0).get("message").asString())
			.isEqualTo("Lượt cán bộ, đảng viên tham dự học tập nghị quyết (NQ02): \"12a\" không phải số nguyên.");
	}

	@Test
	void theBoardSubmitsTheProvinceReturnsThenAcceptsAndTheBoardCannotReviewItself() throws Exception {
		JsonNode report = assign("2026Q2", "Ba Bể");
		long id = report.get("id").asLong();
		StringBuilder values = new StringBuilder();
		for (JsonNode indicator : as("babe").get("/api/report-forms/BC-QUY").json().get("sections")) {
			for (JsonNode i : indicator.get("indicators")) {
				if (i.get("required").asBoolean()) {
					values.append(values.isEmpty() ? "" : ",").append('"').append(i.get("code").asString()).append("\": \"")
						.append(i.get("type").asString().equals("PERCENT") ? "96,5" : "20").append('"');
				}
			}
		}
		JsonNode submitted = as("babe").post("/api/reports/" + id + "/submit", """
				{"version": %d, "values": {%s}, "narratives": {"THAM_MUU": "Đã tham mưu ban hành 20 văn bản."}, "confirmOutliers": true}
				""".formatted(report.get("version").asLong(), values)).json();
		assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");

		assertThat(as("babe").post("/api/reports/" + id + "/accept", "{\"version\": %d}".formatted(submitted.get("version").asLong()))
			.status()).isEqualTo(403);
		Api.Response noComment = as("chuyenvien").post("/api/reports/" + id + "/return",
				"{\"version\": %d}".formatted(submitted.get("version").asLong()));
		assertThat(noComment.status()).isEqualTo(400);
		assertThat(noComment.json().get("errors").get(0).get("field").asString()).isEqualTo("comment");

		JsonNode returned = as("chuyenvien").post("/api/reports/" + id + "/return", """
				{"version": %d, "comment": "Bổ sung số liệu tuyên truyền miệng"}""".formatted(submitted.get("version").asLong())).json();
		assertThat(returned.get("status").asString()).isEqualTo("RETURNED");

		JsonNode resubmitted = as("babe").post("/api/reports/" + id + "/submit", """
				{"version": %d, "values": {"DH02": "1.250"}, "confirmOutliers": true}""".formatted(returned.get("version").asLong())).json();
		JsonNode accepted = as("truongban").post("/api/reports/" + id + "/accept",
				"{\"version\": %d}".formatted(resubmitted.get("version").asLong())).json();
		assertThat(accepted.get("status").asString()).isEqualTo("ACCEPTED");
		assertThat(accepted.get("values").get("DH02").asString()).isEqualTo("1.250");

		JsonNode audit = as("admin").get("/api/audit?q=" + java.net.URLEncoder.encode("Trả lại", java.nio.charset.StandardCharsets.UTF_8)).json().get("items");
		assertThat(audit).anySatisfy(entry -> assertThat(entry.get("summary").asString()).contains("Bổ sung số liệu tuyên truyền miệng"));
	}

	@Test
	void theConsolidatedReportDownloadsAsAPartyDocument() throws Exception {
		byte[] docx = as("truongban").getBytes("/api/consolidated-reports/2023Q1/document.docx");

		try (org.apache.poi.xwpf.usermodel.XWPFDocument document = new org.apache.poi.xwpf.usermodel.XWPFDocument(
				new java.io.ByteArrayInputStream(docx));
				org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BAN TUYÊN GIÁO", "BÁO CÁO", "Nơi nhận", "ngày",
					"Số 12-BC/BTGTU", "Bắc Kạn, ngày 12 tháng 4 năm 2023");
			var margins = document.getDocument().getBody().getSectPr().getPgMar();
			// 20 / 20 / 30 / 15 mm in twentieths of a point
			assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
				.extracting(Object::toString)
				.containsExactly("1134", "1134", "1701", "850");
			assertThat(document.getParagraphs()).flatExtracting(p -> p.getRuns())
				.filteredOn(run -> run.text() != null && !run.text().isBlank())
				.allSatisfy(run -> assertThat(run.getFontFamily()).isEqualTo("Times New Roman"));
		}
	}

	@Test
	void theConsolidatedReportAlsoDownloadsAsPdfAndItsTableAsXlsx() throws Exception {
		byte[] pdf = as("truongban").getBytes("/api/consolidated-reports/2023Q1/document.pdf");
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "BAN TUYÊN GIÁO", "BÁO CÁO", "Nơi nhận", "ngày");
			assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595f, org.assertj.core.data.Offset.offset(1f));
		}

		byte[] xlsx = as("truongban").getBytes("/api/consolidated-reports/2023Q1/indicators.xlsx");
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			String sheet = new org.apache.poi.xssf.extractor.XSSFExcelExtractor(workbook).getText();
			assertThat(sheet).contains("Ba Bể", "Pác Nặm", "Tổng hợp", "NQ01", "Hội nghị học tập, quán triệt nghị quyết");
		}
	}

	@Test
	void aBoardCannotReadTheProvincesConsolidatedReportButReadsItsOwnReportAsADocument() throws Exception {
		JsonNode own = reportOf("2023Q1", "Ba Bể");
		assertThat(as("babe").get("/api/consolidated-reports/2023Q1?unitId=" + unitId("Tỉnh ủy Bắc Kạn")).status())
			.isEqualTo(403);

		byte[] docx = as("babe").getBytes("/api/reports/" + own.get("id").asLong() + "/document.docx");
		try (org.apache.poi.xwpf.extractor.XWPFWordExtractor extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
				new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx)))) {
			assertThat(extractor.getText()).contains("HUYỆN ỦY BA BỂ", "BÁO CÁO", "Kết quả công tác tuyên giáo quý I năm 2023");
		}
	}

	@Test
	void aReporterCannotAssignReports() throws Exception {
		Api.Response response = as("babe").post("/api/report-assignments", """
				{"formCode": "BC-QUY", "period": "2026Q3", "unitIds": [%d], "dueDate": "2026-12-31"}
				""".formatted(unitId("Ba Bể")));

		assertThat(response.status()).isEqualTo(403);
	}

}
