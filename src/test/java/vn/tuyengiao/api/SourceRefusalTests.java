package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Without {@code tuyengiao.monitor.fetch.allow-hosts}, a source on our own network or the cloud metadata
 * address is refused when it is created: 400 problem+json naming the field, and nothing fetched.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SourceRefusalTests {

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "http://127.0.0.1:%d/rss.xml", "http://169.254.169.254/latest/meta-data/",
			"http://localhost:%d/rss.xml", "http://10.0.0.1/feed", "http://[::1]:%d/feed", "file:///etc/passwd" })
	void aSourceOnAPrivateAddressIsRefusedAtCreation(String url) throws Exception {
		Api.Response response = Api.basic(port, "chuyenvien", ApiContractTests.PASSWORD).post("/api/sources",
				"{\"name\":\"Thử\",\"type\":\"RSS\",\"url\":\"" + url.formatted(port) + "\"}");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("url");
		assertThat(response.json().get("detail").asString()).isNotBlank();
	}

}
