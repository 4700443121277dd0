package vn.tuyengiao.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.report.ReportCycle;
import vn.tuyengiao.report.UnitReport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quarterly cycle in a browser: Ba Bể fills and submits its Q2 report, the province's specialist
 * returns it with a comment, Ba Bể corrects and resubmits, the leader accepts, and the consolidated
 * report downloads as a document.
 */
class ReportBrowserTests extends BrowserTest {

	@Autowired
	ReportCycle cycle;

	@Autowired
	ReportCatalogue catalogue;

	@Autowired
	OrgUnits units;

	@Test
	void aBoardSubmitsTheProvinceReturnsTheBoardCorrectsAndTheLeaderAccepts() throws Exception {
		long baBe = units.all().stream().filter(u -> u.shortName().equals("Ba Bể")).map(OrgUnit::id).findFirst().orElseThrow();
		UnitReport q1 = cycle.ofPeriod("2023Q1", Set.of(baBe)).get(0);
		UnitReport q2 = cycle.ofPeriod("2023Q2", Set.of(baBe)).get(0);

		browser.signIn("babe", PASSWORD);
		browser.go("/reports?period=2023Q2");
		browser.click(By.linkText("Ban Tuyên giáo Huyện ủy Ba Bể"));
		assertThat(browser.text(By.id("report-status"))).isEqualTo("Đang soạn");
		WebElement first = null;
		for (Indicator indicator : catalogue.form(q2.formCode()).indicators()) {
			if (indicator.required()) {
				WebElement field = browser.waitFor(By.id("value_" + indicator.code()));
				field.sendKeys(q1.values().get(indicator.code()));
				first = first == null ? field : first;
			}
		}
		browser.driver().findElement(By.id("narrative_THAM_MUU")).sendKeys("Đã tham mưu ban hành kế hoạch tuyên truyền quý II.");
		browser.screenshot("report-filling");
		browser.click(By.id("submit-report"));
		assertThat(browser.text(By.id("report-status"))).isEqualTo("Đã gửi, chờ tiếp nhận");
		browser.signOut();

		browser.signIn("chuyenvien", PASSWORD);
		browser.go("/reports/" + q2.id());
		browser.waitFor(By.id("comment")).sendKeys("Đề nghị bổ sung số buổi tuyên truyền miệng.");
		browser.click(By.id("return-report"));
		assertThat(browser.text(By.id("report-status"))).isEqualTo("Bị trả lại");
		browser.signOut();

		browser.signIn("babe", PASSWORD);
		browser.go("/reports/" + q2.id());
		assertThat(browser.text(By.id("return-comment"))).contains("Đề nghị bổ sung số buổi tuyên truyền miệng.");
		WebElement sessions = browser.waitFor(By.id("value_DH02"));
		sessions.clear();
		sessions.sendKeys(q1.values().get("DH02"));
		browser.click(By.id("submit-report"));
		assertThat(browser.text(By.id("report-status"))).isEqualTo("Đã gửi, chờ tiếp nhận");
		browser.signOut();

		browser.signIn("truongban", PASSWORD);
		browser.go("/reports/" + q2.id());
		browser.click(By.id("accept-report"));
		assertThat(browser.text(By.id("report-status"))).isEqualTo("Đã tiếp nhận");
		assertThat(browser.text(By.id("report-history"))).contains("Trả lại", "Tiếp nhận");
		browser.screenshot("report-accepted");

		browser.go("/reports?period=2023Q1");
		browser.click(By.id("download-consolidated"));
		Path docx = browser.downloaded(".docx");
		assertThat(Files.size(docx)).isGreaterThan(5_000);
		try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(docx));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document)) {
			assertThat(extractor.getText()).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "Số 12-BC/BTGTU");
		}
	}

	@Test
	void theSpecialistEditsTheConsolidatedReportAndTheLeaderApprovesIt() throws Exception {
		browser.signIn("chuyenvien", PASSWORD);
		browser.go("/reports?period=2023Q2");
		browser.click(By.id("open-consolidated"));
		// Showing the page creates nothing: the first visit compiles the draft with "Tổng hợp lại".
		if (!browser.driver().findElements(By.id("consolidated-none")).isEmpty()) {
			browser.click(By.id("recompile-consolidated"));
		}
		assertThat(browser.text(By.id("consolidated-status"))).isEqualTo("Dự thảo");
		WebElement section = browser.waitFor(By.id("section_THAM_MUU"));
		section.clear();
		section.sendKeys("Các ban tuyên giáo đã tham mưu cấp ủy ban hành đầy đủ văn bản chỉ đạo quý II.");
		browser.click(By.id("save-consolidated"));
		assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Đã lưu báo cáo tổng hợp.");
		assertThat(browser.driver().findElements(By.id("approve-consolidated"))).as("a specialist does not approve").isEmpty();
		browser.signOut();

		browser.signIn("truongban", PASSWORD);
		browser.go("/reports/consolidated?period=2023Q2");
		assertThat(browser.text(By.id("missing-units"))).contains("Pác Nặm");
		browser.click(By.id("confirm-missing"));
		browser.click(By.id("approve-consolidated"));

		assertThat(browser.text(By.id("consolidated-status"))).isEqualTo("Đã duyệt, đã cấp số");
		assertThat(browser.text(By.id("document-number"))).matches("Số \\d+-BC/BTGTU, \\d{2}/\\d{2}/\\d{4}");
		assertThat(browser.waitFor(By.id("section_THAM_MUU")).getText())
			.isEqualTo("Các ban tuyên giáo đã tham mưu cấp ủy ban hành đầy đủ văn bản chỉ đạo quý II.");
		browser.screenshot("consolidated");
	}

	@Test
	void aLetterInANumberIsShownNextToTheFieldAsItIsTyped() throws Exception {
		browser.signIn("pacnam", PASSWORD);
		browser.go("/reports?period=2023Q2");
		browser.click(By.linkText("Ban Tuyên giáo Huyện ủy Pác Nặm"));

		WebElement field = browser.waitFor(By.id("value_TM01"));
		field.clear();
		field.sendKeys("12a");

		assertThat(browser.text(By.cssSelector("#status-TM01 .text-danger")))
			.isEqualTo("Văn bản tham mưu cấp ủy ban hành (TM01): \"12a\" không phải số nguyên.");
		browser.driver().navigate().refresh();
		assertThat(browser.waitFor(By.id("value_TM01")).getAttribute("value")).as("kept after reload").isEqualTo("12a");
	}

}
