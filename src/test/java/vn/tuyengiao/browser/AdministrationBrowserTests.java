package vn.tuyengiao.browser;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator's day: a new colleague's account, their first login, and the audit trail of it. */
class AdministrationBrowserTests extends BrowserTest {

	@Test
	void aNewColleagueSetsTheirOwnPasswordAtFirstLoginAndSeesTheirUnit() throws Exception {
		browser.signIn("admin", "tuyengiao2023");
		browser.go("/admin/users");
		browser.driver().findElement(By.cssSelector("#create-user input[name=username]")).sendKeys("cho.moi01");
		browser.driver().findElement(By.cssSelector("#create-user input[name=displayName]")).sendKeys("Hà Văn Mới");
		browser.driver().findElement(By.cssSelector("#create-user input[name=password]")).sendKeys("tam-thoi-123");
		new Select(browser.driver().findElement(By.name("grantRows[0].role"))).selectByVisibleText("Người xem");
		new Select(browser.driver().findElement(By.name("grantRows[0].unitId")))
			.selectByVisibleText("— Ban Tuyên giáo Huyện ủy Chợ Mới");
		browser.click(By.cssSelector("#create-user button[type=submit]"));
		assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Đã tạo tài khoản.");
		browser.screenshot("admin-user");
		browser.signOut();

		browser.signIn("cho.moi01", "tam-thoi-123");
		assertThat(browser.driver().getCurrentUrl()).endsWith("/account/password");
		browser.driver().findElement(By.name("currentPassword")).sendKeys("tam-thoi-123");
		browser.driver().findElement(By.name("newPassword")).sendKeys("mat-khau-rieng-456");
		browser.driver().findElement(By.name("confirmPassword")).sendKeys("mat-khau-khac-789");
		browser.click(By.cssSelector("#password-form button[type=submit]"));
		assertThat(browser.text(By.cssSelector("input[name=confirmPassword] ~ .invalid-feedback")))
			.isEqualTo("Hai lần nhập mật khẩu mới không khớp.");

		browser.driver().findElement(By.name("currentPassword")).sendKeys("tam-thoi-123");
		browser.driver().findElement(By.name("newPassword")).sendKeys("mat-khau-rieng-456");
		browser.driver().findElement(By.name("confirmPassword")).sendKeys("mat-khau-rieng-456");
		browser.click(By.cssSelector("#password-form button[type=submit]"));

		assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Đã đổi mật khẩu.");
		assertThat(browser.text(By.id("my-units"))).contains("Chợ Mới").doesNotContain("Ba Bể");
		browser.signOut();

		browser.signIn("admin", "tuyengiao2023");
		browser.go("/admin/audit?actor=cho.moi01");
		String trail = browser.text(By.id("audit-table"));
		assertThat(trail).contains("Đăng nhập").contains("Đổi mật khẩu");
		browser.screenshot("admin-audit");
	}

	@Test
	void anAdminAddsAnIndicatorToAWorkArea() throws Exception {
		browser.signIn("admin", "tuyengiao2023");
		browser.go("/admin/catalogue");
		browser.waitFor(By.id("new-code")).sendKeys("sai mã");
		browser.driver().findElement(By.id("new-name")).sendKeys("Buổi sinh hoạt chuyên đề");
		browser.driver().findElement(By.id("new-unit")).sendKeys("buổi");
		browser.click(By.cssSelector("#new-indicator button"));
		assertThat(browser.text(By.cssSelector(".alert-danger"))).startsWith("Mã chỉ tiêu gồm 2–40 chữ in hoa");

		new Select(browser.waitFor(By.id("new-area"))).selectByVisibleText(
				"9. Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh (chuyên đề năm)");
		browser.driver().findElement(By.id("new-code")).sendKeys("HCM05");
		browser.driver().findElement(By.id("new-name")).sendKeys("Buổi sinh hoạt chuyên đề");
		browser.driver().findElement(By.id("new-unit")).sendKeys("buổi");
		browser.click(By.cssSelector("#new-indicator button"));

		assertThat(browser.text(By.cssSelector(".alert-success"))).isEqualTo("Đã lưu.");
		assertThat(browser.text(By.id("indicator-catalogue"))).contains("HCM05", "Buổi sinh hoạt chuyên đề");
	}

	@Test
	void theInterfaceSwitchesToEnglishAndBack() {
		browser.signIn("truongban", "tuyengiao2023");

		browser.go("/?lang=en");
		assertThat(browser.text(By.id("greeting"))).isEqualTo("Hello, Hoàng Thị Lãnh");
		browser.go("/?lang=vi");
		assertThat(browser.text(By.id("greeting"))).isEqualTo("Xin chào, Hoàng Thị Lãnh");
	}

}
