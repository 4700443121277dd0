package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetAddress;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A topic's alert from end to end, as its recipient sees it: an item imported after the topic is saved is
 * matched, its alert queued with the match, and a webhook that refuses the first call gets it on the retry,
 * exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s",
		"tuyengiao.monitor.alerts.retry-delays=1s,1s", "tuyengiao.monitor.alerts.poll-interval=1s" })
class TopicAlertDeliveryTests {

	@LocalServerPort
	int port;

	Api specialist() {
		return Api.basic(port, "chuyenvien", ApiContractTests.PASSWORD);
	}

	@Test
	void aWebhookThatRefusesTheFirstCallGetsTheAlertOfANewMatchOnTheRetryExactlyOnce() throws Exception {
		try (MockWebServer receiver = new MockWebServer()) {
			receiver.enqueue(new MockResponse.Builder().code(503).build());
			receiver.enqueue(new MockResponse.Builder().code(200).build());
			receiver.start(InetAddress.getByName("127.0.0.1"), 0);
			Api.Response created = specialist().post("/api/topics",
					"{\"name\":\"Sạt lở Nà Phặc\",\"query\":\"\\\"sạt lở\\\" AND \\\"Nà Phặc\\\"\"}");
			assertThat(created.status()).as(created.body()).isEqualTo(201);
			long topic = created.json().get("id").asLong();
			Api.Response rules = specialist().put("/api/topics/" + topic + "/alert-rules", """
					{"version":0,"rules":[{"mode":"IMMEDIATE","channels":["WEBHOOK"],
					 "webhookUrl":"http://127.0.0.1:%d/canh-bao","webhookSecret":"bi-mat-du-dai-cho-hmac"}]}"""
				.formatted(receiver.getPort()));
			assertThat(rules.status()).as(rules.body()).isEqualTo(200);

			String unique = Long.toString(System.nanoTime(), 36);
			String csv = """
					url,title,text,published_at,author
					https://mxh.example/sat-lo/%s,Sạt lở ở Nà Phặc,"Đường tránh thị trấn Nà Phặc bị sạt lở sau mưa lớn.",2023-04-12,tin_nhanh
					""".formatted(unique);
			assertThat(specialist().upload("/api/imports", "bai.csv", csv).status()).isEqualTo(200);

			RecordedRequest refused = receiver.takeRequest(30, TimeUnit.SECONDS);
			assertThat(refused).as("the webhook was called and answered 503").isNotNull();
			RecordedRequest delivered = receiver.takeRequest(30, TimeUnit.SECONDS);
			assertThat(delivered).as("called again after the retry delay").isNotNull();

			assertThat(delivered.getHeaders().get("X-Tuyengiao-Delivery")).isEqualTo(refused.getHeaders().get("X-Tuyengiao-Delivery"));
			assertThat(delivered.getBody().utf8()).contains("Sạt lở ở Nà Phặc").contains("/sat-lo/" + unique);
			await().during(Duration.ofSeconds(4)).atMost(Duration.ofSeconds(6))
				.until(() -> receiver.getRequestCount() == 2);
		}
	}

}
