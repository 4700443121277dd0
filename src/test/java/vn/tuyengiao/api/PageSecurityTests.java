package vn.tuyengiao.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What protects the pages: a signed-in user, and the CSRF token on every form. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageSecurityTests {

	@LocalServerPort
	int port;

	HttpResponse<String> postForm(String path, String form) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aFormPostedWithoutItsCsrfTokenIsRefused() throws Exception {
		assertThat(postForm("/login", "username=admin&password=tuyengiao2023").statusCode()).isEqualTo(403);
		assertThat(postForm("/org-units", "name=X&shortName=X&type=OTHER&parentId=1").statusCode()).isEqualTo(403);
	}

	@Test
	void pagesNeedASignedInUser() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/org-units")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location")).hasValueSatisfying(location -> assertThat(location).endsWith("/login"));
	}

}
