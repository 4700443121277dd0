package vn.tuyengiao.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The UI's key flows in a real browser against the real server and database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInBrowserTests {

	static final String PASSWORD = "tuyengiao2023";

	static Browser browser;

	@LocalServerPort
	int port;

	@BeforeAll
	static void noBrowserYet() {
		browser = null;
	}

	@BeforeEach
	void openBrowser() throws Exception {
		if (browser == null) {
			browser = Browser.open(port);
		}
		browser.driver().manage().deleteAllCookies();
	}

	@AfterAll
	static void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void districtReporterSeesTheDashboardWithOnlyTheirOwnBoard() throws Exception {
		browser.signIn("babe", PASSWORD);

		assertThat(browser.text(By.id("greeting"))).isEqualTo("Xin chào, Ma Thị Bể");
		String units = browser.text(By.id("my-units"));
		assertThat(units).contains("Ba Bể").doesNotContain("Pác Nặm").doesNotContain("Tỉnh ủy");
		assertThat(browser.driver().findElements(By.cssSelector("#my-units li"))).hasSize(1);
		assertThat(browser.text(By.id("my-roles"))).contains("Cán bộ đơn vị báo cáo");
		assertThat(browser.driver().getPageSource()).doesNotContain("/admin/users");
		browser.screenshot("dashboard-babe");
	}

	@Test
	void theDashboardRemindsABoardOfItsLateReportAndOverdueTask() {
		browser.signIn("pacnam", PASSWORD);

		assertThat(browser.text(By.id("reminders")))
			.contains("Báo cáo quý II năm 2023 của Ban Tuyên giáo Huyện ủy Pác Nặm đã quá hạn gửi (25/06/2023).")
			.contains("Nhiệm vụ quá hạn: Triển khai chuyên đề năm 2023 tại Pác Nặm (hạn 30/06/2023).");
	}

	@Test
	void theDashboardRemindsTheProvinceOfReportsWaitingForIt() {
		browser.signIn("chuyenvien", PASSWORD);

		assertThat(browser.text(By.id("reminders"))).containsPattern("\\d+ báo cáo đang chờ tiếp nhận\\.");
	}

	@Test
	void districtReporterIsRefusedAnotherDistrictsPage() throws Exception {
		browser.signIn("babe", PASSWORD);
		browser.go("/org-units");
		assertThat(browser.text(By.id("unit-table"))).contains("Ba Bể").doesNotContain("Pác Nặm");

		browser.go("/org-units/9999");
		assertThat(browser.text(By.tagName("main"))).contains("Bạn không có quyền truy cập trang này.");
	}

	@Test
	void wrongPasswordShowsAVietnameseMessage() {
		browser.signIn("babe", "sai-mat-khau");

		assertThat(browser.text(By.cssSelector(".alert-danger"))).isEqualTo("Tên đăng nhập hoặc mật khẩu không đúng.");
	}

	@Test
	void adminSeesAMessageNextToTheEmptyNameThenCreatesTheUnit() throws Exception {
		browser.signIn("admin", PASSWORD);
		browser.go("/org-units");
		new Select(browser.driver().findElement(By.cssSelector("#create-unit select[name=parentId]")))
			.selectByVisibleText("Ban Tuyên giáo Huyện ủy Ba Bể");
		new Select(browser.driver().findElement(By.cssSelector("#create-unit select[name=type]")))
			.selectByVisibleText("Cấp xã");
		browser.driver().findElement(By.cssSelector("#create-unit input[name=shortName]")).sendKeys("Xã Thử");
		browser.click(By.cssSelector("#create-unit button[type=submit]"));

		assertThat(browser.text(By.cssSelector("#create-unit input[name=name] ~ .invalid-feedback")))
			.isEqualTo("Không được để trống.");
		assertThat(browser.driver().findElement(By.cssSelector("#create-unit input[name=shortName]")).getAttribute("value"))
			.as("what the user typed is kept").isEqualTo("Xã Thử");
		browser.screenshot("org-units-invalid");

		browser.driver().findElement(By.cssSelector("#create-unit input[name=name]")).sendKeys("Đảng ủy xã Thử Nghiệm");
		browser.click(By.cssSelector("#create-unit button[type=submit]"));

		assertThat(browser.text(By.id("unit-name"))).isEqualTo("Đảng ủy xã Thử Nghiệm");
		assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Đã thêm đơn vị.");
		browser.screenshot("org-unit-created");
	}

}
