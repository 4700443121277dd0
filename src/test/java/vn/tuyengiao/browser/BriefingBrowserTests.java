package vn.tuyengiao.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/** The briefing-to-task loop in a browser: conclusions, a board's overdue task, its progress, the next report. */
class BriefingBrowserTests extends BrowserTest {

	@Test
	void theLeaderReadsTheBriefingsConclusionsWithTheirTasks() throws Exception {
		browser.signIn("truongban", PASSWORD);
		browser.go("/briefings");
		browser.click(By.partialLinkText("12/04/2023"));

		assertThat(browser.text(By.id("meeting-title"))).isEqualTo("Hội nghị giao ban ngày 12/04/2023 (kỳ 2023Q1)");
		assertThat(browser.driver().findElements(By.cssSelector("#conclusions > li"))).hasSize(3);
		assertThat(browser.text(By.id("conclusions"))).contains("chuyên đề năm 2023", "Triển khai chuyên đề năm 2023 tại Pác Nặm");
		browser.screenshot("briefing");
	}

	@Test
	void theLeaderRecordsAMeetingItsConclusionAndATask() throws Exception {
		browser.signIn("truongban", PASSWORD);
		browser.go("/briefings");
		browser.click(By.cssSelector("details summary"));
		browser.waitFor(By.id("period")).sendKeys("2023Q2");
		browser.driver().findElement(By.id("place")).sendKeys("Hội trường Tỉnh ủy");
		browser.driver().findElement(By.id("chair")).sendKeys("Hoàng Thị Lãnh");
		browser.click(By.cssSelector("#new-briefing button"));
		assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Đã ghi hội nghị giao ban.");

		browser.waitFor(By.id("conclusion-text")).sendKeys("Tổng kết công tác tuyên giáo 6 tháng đầu năm.");
		browser.click(By.cssSelector("#add-conclusion button"));
		assertThat(browser.text(By.id("conclusions"))).contains("Tổng kết công tác tuyên giáo 6 tháng đầu năm.");

		browser.click(By.cssSelector("#conclusions details summary"));
		WebElement form = browser.waitFor(By.cssSelector("form.assign-task"));
		form.findElement(By.name("title")).sendKeys("Xây dựng báo cáo 6 tháng");
		new org.openqa.selenium.support.ui.Select(form.findElement(By.name("leadUnitId")))
			.selectByVisibleText("Ban Tuyên giáo Huyện ủy Chợ Đồn");
		((org.openqa.selenium.JavascriptExecutor) browser.driver())
			.executeScript("arguments[0].value = '2023-07-15';", form.findElement(By.name("deadline")));
		browser.click(By.cssSelector("form.assign-task button"));

		assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Đã giao nhiệm vụ.");
		assertThat(browser.text(By.id("conclusions"))).contains("Xây dựng báo cáo 6 tháng", "Ban Tuyên giáo Huyện ủy Chợ Đồn");
	}

	@Test
	void aBoardReportsItsOverdueTaskDone() throws Exception {
		browser.signIn("babe", PASSWORD);
		browser.go("/tasks");
		assertThat(browser.text(By.id("overdue-count"))).isEqualTo("1 nhiệm vụ quá hạn.");
		assertThat(browser.text(By.tagName("main"))).contains("Phối hợp:", "Ban Tuyên giáo Huyện ủy Pác Nặm").doesNotContain("null");
		WebElement card = browser.waitFor(By.xpath("//div[contains(@class,'card')][.//h2[text()='Triển khai chuyên đề năm 2023 tại Ba Bể']]"));
		String id = card.getAttribute("id");
		assertThat(card.findElement(By.cssSelector(".task-status")).getText()).isEqualTo("Quá hạn");

		WebElement progress = card.findElement(By.name("progress"));
		progress.clear();
		progress.sendKeys("100");
		card.findElement(By.name("note")).sendKeys("Đã hoàn thành đăng ký làm theo ở 100% chi bộ.");
		browser.click(By.cssSelector("#" + id + " button"));

		assertThat(browser.text(By.cssSelector("#" + id + " .task-status"))).isEqualTo("Đã hoàn thành");
		assertThat(browser.text(By.id(id))).contains("100%: Đã hoàn thành đăng ký làm theo ở 100% chi bộ.");
		browser.screenshot("tasks");
	}

	@Test
	void theQuarterTwoReportListsTheTasksTheBoardMustReportOn() {
		browser.signIn("pacnam", PASSWORD);
		browser.go("/reports?period=2023Q2");
		browser.click(By.linkText("Ban Tuyên giáo Huyện ủy Pác Nặm"));

		assertThat(browser.text(By.id("report-agenda"))).contains("Triển khai chuyên đề năm 2023 tại Pác Nặm", "Quá hạn");
	}

}
