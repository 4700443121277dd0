package vn.tuyengiao.browser;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A browser test: the real server on a random port, and a fresh headless Chromium for each test. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class BrowserTest {

	static final String PASSWORD = "tuyengiao2023";

	@LocalServerPort
	int port;

	Browser browser;

	@BeforeEach
	void openBrowser() throws Exception {
		browser = Browser.open(port);
	}

	@AfterEach
	void closeBrowser() {
		browser.close();
	}

}
