package vn.tuyengiao.api;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consolidated report's page as the leader uses it: showing it creates nothing, "Tổng hợp lại" makes
 * the draft, and "Duyệt và cấp số" names the units whose report is not accepted and asks for a
 * confirmation. Same context as {@link IssuedReportApiTests}, which keeps 2023Q2 unapproved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class ConsolidatedReportPagesTests {

	static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

	@LocalServerPort
	int port;

	@Test
	void showingAPeriodWithoutADraftOffersToCompileItAndCompilingMakesIt() throws Exception {
		PageSession leader = PageSession.signedIn(port, "truongban", ApiContractTests.PASSWORD);

		for (int attempt = 0; attempt < 2; attempt++) {
			String page = leader.get("/reports/consolidated?period=2027Q4").body();
			assertThat(page).contains("id=\"consolidated-none\"", "Chưa có dự thảo báo cáo tổng hợp quý IV năm 2027",
					"id=\"recompile-consolidated\"");
		}
		assertThat(PageSession.signedIn(port, "truongban", ApiContractTests.PASSWORD)
			.post("/reports/consolidated/recompile?period=2027Q4", "").statusCode())
			.as("without the page's CSRF token").isEqualTo(403);

		HttpResponse<String> compiled = leader.post("/reports/consolidated/recompile?period=2027Q4", "");
		assertThat(compiled.statusCode()).isEqualTo(302);
		String page = leader.get("/reports/consolidated?period=2027Q4").body();
		assertThat(page).contains("id=\"consolidated-status\"", "Đã tổng hợp dự thảo").doesNotContain("consolidated-none");
	}

	@Test
	void approvingNamesTheUnitsWithoutAnAcceptedReportAndNeedsAConfirmation() throws Exception {
		PageSession leader = PageSession.signedIn(port, "truongban", ApiContractTests.PASSWORD);
		String page = leader.get("/reports/consolidated?period=2023Q2").body();
		if (page.contains("consolidated-none")) {
			leader.post("/reports/consolidated/recompile?period=2023Q2", "");
			page = leader.get("/reports/consolidated?period=2023Q2").body();
		}

		assertThat(page).contains("id=\"missing-units\"", "Ba Bể", "Pác Nặm", "Duyệt và cấp số");
		assertThat(page).containsPattern("<input[^>]*name=\"confirmMissing\"[^>]*required");

		Matcher version = VERSION.matcher(page);
		assertThat(version.find()).isTrue();
		HttpResponse<String> unconfirmed = leader.post("/reports/consolidated/approve?period=2023Q2",
				"version=" + version.group(1) + "&issuedOn=2023-07-10");
		assertThat(unconfirmed.statusCode()).isEqualTo(302);
		String after = leader.get("/reports/consolidated?period=2023Q2").body();
		assertThat(after).contains("hãy đánh dấu xác nhận", "Dự thảo").doesNotContain("id=\"document-number\"");
	}

}
