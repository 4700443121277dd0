package vn.tuyengiao.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its chromedriver. Paths come from {@code CHROME_BIN} and
 * {@code CHROMEDRIVER} or default to Debian's; nothing is downloaded. A missing browser fails the
 * test: the UI's key flows must be proven, not skipped.
 */
final class Browser implements AutoCloseable {

	private final WebDriver driver;

	private final String baseUrl;

	private final Path downloads;

	private Browser(WebDriver driver, String baseUrl, Path downloads) {
		this.driver = driver;
		this.baseUrl = baseUrl;
		this.downloads = downloads;
	}

	static Browser open(int port) throws Exception {
		String chrome = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
		String chromedriver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
		if (!new File(chrome).canExecute() || !new File(chromedriver).canExecute()) {
			throw new IllegalStateException("Browser tests need Chromium (" + chrome + ") and chromedriver ("
					+ chromedriver + "): apt-get install chromium chromium-driver");
		}
		Path downloads = Files.createTempDirectory("tg-downloads");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chrome);
		options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", downloads.toString(),
				"download.prompt_for_download", false));
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1280,900", "--lang=vi",
				"--user-data-dir=" + Files.createTempDirectory("tg-chromium"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(chromedriver))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		// Headless Chromium ignores the download preference; DevTools tells it where files go.
		driver.executeCdpCommand("Browser.setDownloadBehavior",
				java.util.Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		return new Browser(driver, "http://127.0.0.1:" + port, downloads);
	}

	WebDriver driver() {
		return driver;
	}

	void go(String path) {
		driver.get(baseUrl + path);
	}

	void signIn(String username, String password) {
		go("/login");
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.id("login-submit")).click();
		waitFor(By.tagName("main"));
	}

	/**
	 * Clicks like a person would: once the page's scripts have loaded (a dropdown does nothing
	 * before), with the element scrolled into view at once (Bootstrap makes scrolling smooth). When the
	 * click submits a form or follows a link, waits for the next page, so nothing is read from the old one.
	 */
	void click(By by) {
		new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> "complete"
			.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
		org.openqa.selenium.WebElement element = waitFor(by);
		((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		String tag = element.getTagName();
		String type = element.getAttribute("type");
		String href = element.getAttribute("href");
		boolean navigates = ("button".equals(tag) && (type == null || "submit".equals(type)))
				|| ("a".equals(tag) && href != null && !href.endsWith("#") && !href.contains("/documents/"));
		org.openqa.selenium.WebElement page = driver.findElement(By.tagName("html"));
		// an autosave answer can shift the layout between the scroll and the click: scroll again and retry
		for (int attempt = 1;; attempt++) {
			try {
				new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(element)).click();
				break;
			}
			catch (org.openqa.selenium.ElementClickInterceptedException ex) {
				if (attempt == 3) {
					throw ex;
				}
				((org.openqa.selenium.JavascriptExecutor) driver)
					.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
			}
		}
		if (navigates) {
			new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(page));
		}
	}

	void signOut() {
		click(By.id("logout"));
		waitFor(By.id("login-submit"));
	}

	String text(By by) {
		return waitFor(by).getText();
	}

	org.openqa.selenium.WebElement waitFor(By by) {
		return new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(by));
	}

	/** Waits for a download to finish and returns the file. */
	Path downloaded(String suffix) {
		return new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> {
			try (var files = Files.list(downloads)) {
				return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst().orElse(null);
			}
			catch (java.io.IOException ex) {
				return null;
			}
		});
	}

	/** Keeps a picture of the page under target/screenshots, for people reviewing the UI. */
	void screenshot(String name) throws Exception {
		Path dir = Path.of("target", "screenshots");
		Files.createDirectories(dir);
		Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
	}

	@Override
	public void close() {
		driver.quit();
	}

}
