package vn.tuyengiao.browser;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring loop in a browser, over the demo sources (the platform serves the invented outlets itself
 * and reads them over loopback): try a source, read it now, find its items without typing accents, open one.
 */
class MonitorBrowserTests extends BrowserTest {

	static final String DEMO_RSS = "Báo Ban Mai Bắc Kạn (minh họa)";

	/** Reading a feed with its article pages takes a while at the polite pace of one request per host at a time. */
	static final Duration READING = Duration.ofSeconds(120);

	@Test
	void theSpecialistTriesAndReadsASourceThenFindsAndOpensItsItemWithoutTypingAccents() throws Exception {
		browser.signIn("chuyenvien", PASSWORD);
		browser.click(By.id("monitor-menu"));
		browser.click(By.cssSelector("#main-nav a[href='/monitor/sources']"));
		assertThat(browser.text(By.id("sources"))).contains(DEMO_RSS);
		browser.waitFor(By.id("add-source"));

		browser.click(By.linkText(DEMO_RSS));
		browser.click(By.id("edit-source"));
		browser.click(By.id("try-source"));
		WebElement preview = new WebDriverWait(browser.driver(), READING)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("preview-result")));
		assertThat(preview.findElements(By.cssSelector("#preview-entries > li"))).hasSize(10);
		assertThat(preview.getText()).contains("chưa tin nào được lưu", "ký tự", "Tiếng Việt");
		browser.screenshot("monitor-preview");

		browser.click(By.linkText("Hủy"));
		browser.waitFor(By.id("fetch-now")).click();
		WebElement counts = new WebDriverWait(browser.driver(), READING)
			.until(ExpectedConditions.presenceOfElementLocated(By.id("fetch-counts")));
		assertThat(counts.getText()).startsWith("Đã đọc nguồn:").doesNotContain(" 0 tin mới");
		assertThat(browser.text(By.id("health"))).contains("Tốt");

		browser.click(By.id("monitor-menu"));
		browser.click(By.cssSelector("#main-nav a[href='/monitor/items']"));
		browser.waitFor(By.id("q")).sendKeys("bac kan");
		browser.click(By.id("search-button"));
		assertThat(browser.driver().getCurrentUrl()).contains("q=bac+kan");
		List<String> marks = browser.driver().findElements(By.cssSelector("#results mark")).stream()
			.map(WebElement::getText)
			.toList();
		assertThat(marks).contains("Bắc Kạn"); // the two syllables typed together, marked as the one word they are
		assertThat(browser.text(By.id("facets"))).contains(DEMO_RSS);
		browser.screenshot("monitor-search");

		String title = browser.text(By.cssSelector("#results .result-title"));
		browser.click(By.cssSelector("#results .result-title"));
		assertThat(browser.text(By.id("item-title"))).isEqualTo(title);
		WebElement original = browser.waitFor(By.id("original-link"));
		assertThat(original.getAttribute("href")).startsWith("http");
		assertThat(original.getAttribute("rel")).isEqualTo("noopener noreferrer");
		assertThat(browser.text(By.id("item-text"))).isNotBlank();
		browser.screenshot("monitor-item");
	}

}
