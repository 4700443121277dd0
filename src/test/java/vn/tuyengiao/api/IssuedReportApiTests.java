package vn.tuyengiao.api;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.apache.poi.xssf.extractor.XSSFExcelExtractor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The issued consolidated report as a caller meets it: approving with units missing asks for a
 * confirmation naming them, a draft says "DỰ THẢO", an issued report's files never change, reading never
 * creates a draft, a collaborator reads no report, and bad values are refused as 400s.
 * <p>
 * It shares the Spring context of the case API tests (same properties): those leave the demo's 2023Q2
 * consolidated report unapproved, while the browser tests, in the default context, approve it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class IssuedReportApiTests {

	static final String PASSWORD = "tuyengiao2023";

	@LocalServerPort
	int port;

	Api as(String username) {
		return Api.basic(port, username, PASSWORD);
	}

	JsonNode reportOf(String period, String unitName) throws Exception {
		for (JsonNode report : as("truongban").get("/api/reports?period=" + period).json()) {
			if (report.get("unitName").asString().contains(unitName)) {
				return report;
			}
		}
		throw new AssertionError("no report of " + unitName + " for " + period);
	}

	/** The 2023Q2 draft, compiled now if it has none (its version, for the next step). */
	long q2DraftVersion() throws Exception {
		Api.Response current = as("chuyenvien").get("/api/consolidated-reports/2023Q2");
		Api.Response compiled = current.status() == 404
				? as("chuyenvien").post("/api/consolidated-reports/2023Q2/recompile", "{}")
				: as("chuyenvien").post("/api/consolidated-reports/2023Q2/recompile",
						"{\"version\": %d}".formatted(current.json().get("version").asLong()));
		assertThat(compiled.status()).as(compiled.body()).isEqualTo(200);
		return compiled.json().get("version").asLong();
	}

	@Test
	void approvingWhileUnitReportsAreNotAcceptedIsAConflictNamingThemAndApprovesNothing() throws Exception {
		long version = q2DraftVersion();

		Api.Response refused = as("truongban").post("/api/consolidated-reports/2023Q2/approve",
				"{\"version\": %d}".formatted(version));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("chưa có báo cáo được tiếp nhận", "Ba Bể");
		assertThat(refused.json().get("missing")).extracting(JsonNode::asString)
			.anySatisfy(name -> assertThat(name).contains("Ba Bể"))
			.anySatisfy(name -> assertThat(name).contains("Pác Nặm"))
			.hasSizeGreaterThanOrEqualTo(2);
		JsonNode after = as("truongban").get("/api/consolidated-reports/2023Q2").json();
		assertThat(after.get("status").asString()).isEqualTo("DRAFT");
		assertThat(after.get("documentNumber").isNull()).isTrue();
		assertThat(after.get("missingUnits")).hasSizeGreaterThanOrEqualTo(2);
	}

	@Test
	void aDraftsDocumentsAreMarkedAsADraftInTheirHeaderAndFileName() throws Exception {
		q2DraftVersion();

		HttpResponse<byte[]> docx = download("truongban", "/api/consolidated-reports/2023Q2/document.docx");
		assertThat(docx.statusCode()).isEqualTo(200);
		assertThat(fileName(docx)).startsWith("DỰ THẢO").endsWith(".docx");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.body()));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			assertThat(document.getParagraphs().get(0).getText()).as("above the heading of page 1").isEqualTo("DỰ THẢO");
			assertThat(document.getHeaderList()).anySatisfy(header -> assertThat(header.getText()).contains("DỰ THẢO"));
			String text = extractor.getText();
			assertThat(text).contains("DỰ THẢO", "chưa có báo cáo được tiếp nhận của", "Ba Bể");
			assertThat(text.indexOf("PHỤ LỤC")).as("the appendix follows the signature and the recipients")
				.isGreaterThan(text.indexOf("Nơi nhận"));
		}

		HttpResponse<byte[]> pdf = download("truongban", "/api/consolidated-reports/2023Q2/document.pdf");
		assertThat(fileName(pdf)).startsWith("DỰ THẢO").endsWith(".pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.body())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("DỰ THẢO");
			assertThat(text.indexOf("PHỤ LỤC")).isGreaterThan(text.indexOf("Nơi nhận"));
		}

		HttpResponse<byte[]> unitDraft = download("truongban", "/api/reports/" + reportOf("2023Q2", "Pác Nặm").get("id").asLong()
				+ "/document.docx");
		assertThat(fileName(unitDraft)).startsWith("DỰ THẢO");
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(unitDraft.body()))) {
			assertThat(document.getHeaderList()).anySatisfy(header -> assertThat(header.getText()).contains("DỰ THẢO"));
		}

		HttpResponse<byte[]> xlsx = download("truongban", "/api/consolidated-reports/2023Q2/indicators.xlsx");
		assertThat(fileName(xlsx)).startsWith("DỰ THẢO").endsWith(".xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			assertThat(new XSSFExcelExtractor(workbook).getText()).contains("DỰ THẢO");
		}
	}

	@Test
	void theIssuedReportKeepsItsBytesWhenAUnitReportBehindItIsReopenedAndChanged() throws Exception {
		String[] files = { "document.docx", "document.pdf", "indicators.xlsx" };
		byte[][] before = new byte[files.length][];
		for (int i = 0; i < files.length; i++) {
			before[i] = as("truongban").getBytes("/api/consolidated-reports/2023Q1/" + files[i]);
		}
		HttpResponse<byte[]> issued = download("truongban", "/api/consolidated-reports/2023Q1/document.docx");
		assertThat(fileName(issued)).doesNotContain("DỰ THẢO");
		JsonNode accepted = reportOf("2023Q1", "Ba Bể");
		long id = accepted.get("id").asLong();
		String original = accepted.get("values").get("NQ01").asString();

		Api.Response withoutReason = as("chuyenvien").post("/api/reports/" + id + "/reopen",
				"{\"version\": %d}".formatted(accepted.get("version").asLong()));
		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
		Api.Response reopened = as("chuyenvien").post("/api/reports/" + id + "/reopen", """
				{"reason": "Huyện báo cáo nhầm số hội nghị", "version": %d}""".formatted(accepted.get("version").asLong()));
		assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
		Api.Response changed = as("chuyenvien").put("/api/reports/" + id, """
				{"values": {"NQ01": "999"}, "version": %d}""".formatted(reopened.json().get("version").asLong()));
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);

		try {
			for (int i = 0; i < files.length; i++) {
				assertThat(as("truongban").getBytes("/api/consolidated-reports/2023Q1/" + files[i]))
					.as(files[i] + " as issued").isEqualTo(before[i]);
			}
			JsonNode audit = as("admin").get("/api/audit?q=" + java.net.URLEncoder.encode("Mở lại", StandardCharsets.UTF_8))
				.json().get("items");
			assertThat(audit).anySatisfy(entry -> assertThat(entry.get("summary").asString())
				.contains("Số 12-BC/BTGTU", "Huyện báo cáo nhầm số hội nghị"));
		}
		finally {
			// Back as the demo has it, for the other tests of this context.
			JsonNode restored = as("chuyenvien").post("/api/reports/" + id + "/submit", """
					{"values": {"NQ01": "%s"}, "version": %d, "confirmOutliers": true}"""
				.formatted(original, changed.json().get("version").asLong())).json();
			as("truongban").post("/api/reports/" + id + "/accept", "{\"version\": %d}".formatted(restored.get("version").asLong()));
		}
	}

	@Test
	void readingAConsolidatedReportWithoutADraftIsANotFoundSayingToCompileItAndCreatesNothing() throws Exception {
		for (int attempt = 0; attempt < 2; attempt++) {
			Api.Response read = as("truongban").get("/api/consolidated-reports/2027Q3");
			assertThat(read.status()).isEqualTo(404);
			assertThat(read.contentType()).startsWith("application/problem+json");
			assertThat(read.json().get("detail").asString()).contains("Chưa có dự thảo", "Tổng hợp lại",
					"/api/consolidated-reports/2027Q3/recompile");
		}
		assertThat(as("truongban").get("/api/consolidated-reports/2027Q3/document.docx").status()).isEqualTo(404);
		assertThat(as("truongban").get("/api/consolidated-reports/2027Q3/indicators.xlsx").status()).isEqualTo(404);
		JsonNode audit = as("admin").get("/api/audit?q=2027").json().get("items");
		assertThat(audit).noneSatisfy(entry -> assertThat(entry.get("summary").asString()).contains("quý III năm 2027"));
	}

	@Test
	void aCollaboratorReadsNoReportConsolidatedReportBriefingOrTask() throws Exception {
		long reportId = reportOf("2023Q1", "Pác Nặm").get("id").asLong();
		Api collaborator = as("ctv01");

		assertThat(collaborator.get("/api/reports/" + reportId).status()).isEqualTo(403);
		assertThat(collaborator.get("/api/reports/" + reportId + "/document.pdf").status()).isEqualTo(403);
		assertThat(collaborator.get("/api/reports/" + reportId + "/document.docx").status()).isEqualTo(403);
		assertThat(collaborator.get("/api/reports?period=2023Q1").status()).isEqualTo(403);
		assertThat(collaborator.get("/api/consolidated-reports/2023Q1").status()).isEqualTo(403);
		assertThat(collaborator.get("/api/consolidated-reports/2023Q1/document.docx").status()).isEqualTo(403);
		assertThat(collaborator.get("/api/briefings").status()).isEqualTo(403);
		assertThat(collaborator.get("/api/tasks").status()).isEqualTo(403);
		// Refused on the role before the body is read: a malformed body changes nothing to the answer.
		assertThat(collaborator.put("/api/reports/" + reportId, "{not json").status()).isEqualTo(403);
		assertThat(as("truongban").get("/api/reports/" + reportId).status()).isEqualTo(200);
	}

	@Test
	void savingWithoutValuesIsABadRequestNamingTheField() throws Exception {
		JsonNode draft = assigned("2026Q4");

		Api.Response response = as("babe").put("/api/reports/" + draft.get("id").asLong(),
				"{\"version\": %d, \"narratives\": {}}".formatted(draft.get("version").asLong()));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("values");
		assertThat(response.json().get("errors").get(0).get("message").asString()).isEqualTo("Không được để trống.");
	}

	@Test
	void aValueOfAMillionDigitsIsRefusedAtOnceNamingTheIndicator() throws Exception {
		JsonNode draft = assigned("2026Q4");
		String million = "9".repeat(1_000_000);
		assertThat(as("babe").put("/api/reports/" + draft.get("id").asLong(),
				"{\"version\": %d, \"values\": {\"NQ02\": \"12a\"}}".formatted(draft.get("version").asLong())).status())
			.as("a first bad value, so the timing below is of the refusal, not of a cold server").isEqualTo(400);

		long start = System.nanoTime();
		Api.Response response = as("babe").put("/api/reports/" + draft.get("id").asLong(),
				"{\"version\": %d, \"values\": {\"NQ02\": \"%s\"}}".formatted(draft.get("version").asLong(), million));
		Duration took = Duration.ofNanos(System.nanoTime() - start);

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("values.NQ02");
		assertThat(response.json().get("errors").get(0).get("message").asString()).contains("(NQ02)", "quá dài");
		assertThat(response.body()).hasSizeLessThan(2_000);
		assertThat(took).as("refused in %d ms", took.toMillis()).isLessThan(Duration.ofSeconds(3));
	}

	JsonNode assigned(String period) throws Exception {
		Api.Response response = as("chuyenvien").post("/api/report-assignments", """
				{"formCode": "BC-QUY", "period": "%s", "unitIds": [%d], "dueDate": "2026-12-31"}
				""".formatted(period, Api.unitId(port, "Ba Bể")));
		assertThat(response.status()).isEqualTo(200);
		return as("babe").get("/api/reports/" + response.json().get(0).get("id").asLong()).json();
	}

	HttpResponse<byte[]> download(String username, String path) throws Exception {
		String credentials = Base64.getEncoder().encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("Authorization", "Basic " + credentials)
			.GET()
			.build();
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	/** The file name the browser saves, decoded from {@code filename*=UTF-8''…}. */
	static String fileName(HttpResponse<?> response) {
		String disposition = response.headers().firstValue("Content-Disposition").orElseThrow();
		String encoded = disposition.substring(disposition.indexOf("UTF-8''") + "UTF-8''".length());
		return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
	}

}
