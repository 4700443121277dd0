package vn.tuyengiao.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The response loop in a browser (issue 7): a specialist opens a case from an item the analysis flagged, verifies
 * it, reaches a verdict, records the rebuttal published and closes it, and finds it among the closed cases with its
 * whole timeline.
 */
class ResponseBrowserTests extends BrowserTest {

	/** The demo's social posts are imported at start-up and analysed in the background. */
	static final Duration ANALYSIS = Duration.ofSeconds(120);

	@Test
	void aSpecialistFollowsACaseFromAFlaggedItemThroughItsVerdictToItsClosing() throws Exception {
		browser.signIn("chuyenvien", PASSWORD);
		WebElement open = firstFlaggedItem();
		String title = open.findElement(By.xpath("ancestor::tr//td[2]/a")).getText();
		browser.click(By.cssSelector("#flagged .open-case"));

		assertThat(browser.waitFor(By.id("title")).getAttribute("value")).isEqualTo(title);
		assertThat(browser.text(By.id("case-items"))).contains(title);
		browser.waitFor(By.id("claim")).sendKeys("Bài đăng khẳng định: " + title);
		new Select(browser.waitFor(By.id("severity"))).selectByValue("HIGH");
		browser.screenshot("response-new-case");
		browser.click(By.id("open-case"));

		assertThat(browser.text(By.id("case-title"))).isEqualTo(title);
		assertThat(browser.text(By.id("case-status"))).isEqualTo("Mới");
		assertThat(browser.text(By.id("case-items"))).contains(title);
		assertThat(browser.text(By.id("case-facts"))).contains("Cao").contains("chuyenvien");

		browser.waitFor(By.id("note")).sendKeys("Đề nghị UBND huyện xác minh chủ trương đền bù");
		browser.click(By.id("move-VERIFYING"));
		assertThat(browser.text(By.id("case-status"))).isEqualTo("Đang xác minh");
		browser.waitFor(By.id("note")).sendKeys("UBND huyện khẳng định không có chủ trương này");
		browser.click(By.id("move-FALSE"));
		assertThat(browser.text(By.id("case-verdict"))).contains("Sai sự thật");
		browser.click(By.id("move-RESPONDING"));
		browser.click(By.cssSelector("#response-form-box > summary"));
		new Select(browser.waitFor(By.id("r-kind"))).selectByValue("REBUTTAL");
		browser.waitFor(By.id("r-date")).sendKeys("15/5/2023");
		browser.waitFor(By.id("r-title")).sendKeys("Không có chủ trương như tin đồn");
		browser.waitFor(By.id("r-url")).sendKeys("https://baobackan.example/khong-co-chu-truong");
		browser.waitFor(By.id("r-outlet")).sendKeys("Báo Bắc Kạn");
		browser.click(By.id("record-response"));
		assertThat(browser.text(By.id("case-responses"))).contains("Bài phản bác", "Không có chủ trương như tin đồn",
				"Báo Bắc Kạn", "15/05/2023");
		browser.waitFor(By.id("note")).sendKeys("Đã đăng tin cải chính trên Báo Bắc Kạn");
		browser.click(By.id("move-CLOSED"));

		assertThat(browser.text(By.id("case-status"))).isEqualTo("Đã đóng");
		assertThat(browser.driver().findElements(By.id("move-form"))).as("a closed case offers only to verify again")
			.allSatisfy(form -> assertThat(form.getText()).doesNotContain("Đóng vụ việc"));
		String timeline = browser.text(By.id("case-timeline"));
		assertThat(timeline).contains("Mới → Đang xác minh", "Đề nghị UBND huyện xác minh chủ trương đền bù",
				"Đang xác minh → Sai sự thật", "Đang phản bác, xử lý → Đã đóng", "Đã đăng tin cải chính trên Báo Bắc Kạn");
		assertThat(browser.driver().findElements(By.cssSelector("#case-timeline > li"))).hasSize(5);
		browser.screenshot("response-closed-case");

		assertThat(browser.waitFor(By.cssSelector("#case-export a[href$='file.pdf']")).getAttribute("href"))
			.contains("/documents/cases/");

		browser.go("/response/cases?show=closed");
		assertThat(browser.text(By.id("cases"))).contains(title).contains("Đã đóng");
	}

	/** The first flagged item's "open a case" button on the monitoring dashboard, once the analysis has flagged one. */
	private WebElement firstFlaggedItem() {
		return await("an item flagged by the analysis").atMost(ANALYSIS).pollInterval(Duration.ofSeconds(2)).until(() -> {
			browser.go("/monitor/overview");
			var buttons = browser.driver().findElements(By.cssSelector("#flagged .open-case"));
			return buttons.isEmpty() ? null : buttons.get(0);
		}, Objects::nonNull);
	}

}
