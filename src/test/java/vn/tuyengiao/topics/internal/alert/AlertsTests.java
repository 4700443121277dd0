package vn.tuyengiao.topics.internal.alert;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;

import vn.tuyengiao.org.OrgUnits;

/**
 * Alerts as a recipient notices them, with the real database and a webhook receiver on loopback: signed
 * calls, retries that deliver once, one alert per item whatever the rules, digests and spikes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class AlertsTests {

	@Autowired
	Alerts alerts;

	@Autowired
	AlertSender sender;

	@Autowired
	AlertDigests digests;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgUnits units;

	@Autowired
	AlertRules rules;

	AlertFixtures fixtures;

	MockWebServer receiver;

	@BeforeEach
	void start() throws Exception {
		fixtures = new AlertFixtures(jdbc, units, rules);
		receiver = new MockWebServer();
		receiver.start(InetAddress.getByName("127.0.0.1"), 0);
	}

	@AfterEach
	void stop() {
		receiver.close();
	}

	String hookUrl() {
		return "http://127.0.0.1:" + receiver.getPort() + "/canh-bao";
	}

	void answer(int... statuses) {
		for (int status : statuses) {
			receiver.enqueue(new MockResponse.Builder().code(status).build());
		}
	}

	@Test
	void anImmediateWebhookIsSignedOverTheExactBodyAndNamesItsDelivery() throws Exception {
		answer(200);
		long topic = fixtures.topic("Đền bù Chợ Mới");
		fixtures.setRules(topic, AlertFixtures.rule("IMMEDIATE", null, List.of("WEBHOOK"), List.of(), hookUrl()));
		long item = fixtures.item("Nghe nói sắp đền bù đất ở Chợ Mới");

		alerts.matched(fixtures.notice(topic, item, Instant.now()));

		RecordedRequest request = receiver.takeRequest(10, TimeUnit.SECONDS);
		assertThat(request).as("the webhook was called").isNotNull();
		byte[] body = request.getBody().toByteArray();
		assertThat(request.getHeaders().get("X-Tuyengiao-Signature")).isEqualTo("sha256=" + hmac(AlertFixtures.SECRET, body));
		assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
		JsonNode json = AlertMessages.JSON.readTree(body);
		assertThat(json.get("kind").asString()).isEqualTo("immediate");
		assertThat(json.get("topic").get("name").asString()).startsWith("Đền bù Chợ Mới");
		assertThat(json.get("items").get(0).get("title").asString()).isEqualTo("Nghe nói sắp đền bù đất ở Chợ Mới");
		assertThat(json.get("items").get(0).get("url").asString()).startsWith("https://bao.example/bai/");
		assertThat(json.get("items").get(0).get("highlights").get(0).asString()).contains("<mark>đền bù</mark>");
		assertThat(Instant.parse(json.get("sentAt").asString())).isBeforeOrEqualTo(Instant.now());
		long messageId = Long.parseLong(request.getHeaders().get("X-Tuyengiao-Delivery"));
		sender.deliverDue(Instant.now()); // one round at a time: returns once the call above is recorded
		assertThat(message(messageId).get("status")).isEqualTo("SENT");
		assertThat(receiver.getRequestCount()).isEqualTo(1);
	}

	@Test
	void aWebhookThatAnswers500IsTriedAgainAfterTheBackoffAndDeliveredOnce() throws Exception {
		answer(500, 200);
		long topic = fixtures.topic("Thử lại");
		fixtures.setRules(topic, AlertFixtures.rule("IMMEDIATE", null, List.of("WEBHOOK"), List.of(), hookUrl()));
		alerts.matched(fixtures.notice(topic, fixtures.item("Tin phải gửi lại"), Instant.now()));
		RecordedRequest first = receiver.takeRequest(10, TimeUnit.SECONDS);
		assertThat(first).isNotNull();

		assertThat(sender.deliverDue(Instant.now().plusSeconds(10))).as("not yet due: the first retry waits a minute").isZero();
		int delivered = sender.deliverDue(Instant.now().plus(Duration.ofMinutes(2)));
		RecordedRequest second = receiver.takeRequest(10, TimeUnit.SECONDS);
		int afterwards = sender.deliverDue(Instant.now().plus(Duration.ofDays(2)));

		assertThat(delivered).isEqualTo(1);
		assertThat(afterwards).isZero();
		assertThat(receiver.getRequestCount()).isEqualTo(2);
		assertThat(second.getHeaders().get("X-Tuyengiao-Delivery")).isEqualTo(first.getHeaders().get("X-Tuyengiao-Delivery"));
		assertThat(second.getBody()).isEqualTo(first.getBody());
		Map<String, Object> message = message(Long.parseLong(first.getHeaders().get("X-Tuyengiao-Delivery")));
		assertThat(message.get("status")).isEqualTo("SENT");
		assertThat(((Number) message.get("attempts")).intValue()).isEqualTo(2);
	}

	@Test
	void aWebhookThatKeepsFailingIsGivenUpAfterTheLastRetryAndShownAsFailed() throws Exception {
		answer(503, 503, 503, 503, 503, 503, 503);
		long topic = fixtures.topic("Bỏ cuộc");
		fixtures.setRules(topic, AlertFixtures.rule("IMMEDIATE", null, List.of("WEBHOOK"), List.of(), hookUrl()));
		alerts.matched(fixtures.notice(topic, fixtures.item("Tin không gửi được"), Instant.now()));
		assertThat(receiver.takeRequest(10, TimeUnit.SECONDS)).isNotNull();

		Instant later = Instant.now();
		for (Duration wait : List.of(Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(30), Duration.ofHours(2),
				Duration.ofHours(6), Duration.ofDays(1))) {
			later = later.plus(wait).plusSeconds(1);
			sender.deliverDue(later);
		}

		assertThat(receiver.getRequestCount()).as("the first try and five retries").isEqualTo(6);
		Map<String, Object> message = messages(topic).get(0);
		assertThat(message.get("status")).isEqualTo("FAILED");
		assertThat(message.get("last_error")).isEqualTo("HTTP 503");
	}

	@Test
	void anItemMatchedTwiceIsAlertedOnceAlsoWhenADigestRuleWantsItToo() throws Exception {
		answer(200, 200);
		long topic = fixtures.topic("Hai lần");
		fixtures.setRules(topic,
				AlertFixtures.rule("DAILY", null, List.of("IN_APP"), List.of("chuyenvien"), null),
				AlertFixtures.rule("IMMEDIATE", null, List.of("IN_APP", "WEBHOOK"), List.of("chuyenvien"), hookUrl()));
		long item = fixtures.item("Tin khớp hai lần");

		alerts.matched(fixtures.notice(topic, item, Instant.now()));
		alerts.matched(fixtures.notice(topic, item, Instant.now().plusSeconds(5)));
		assertThat(receiver.takeRequest(10, TimeUnit.SECONDS)).isNotNull();
		digests.send(AlertMode.DAILY, Instant.now().plusSeconds(60));
		sender.deliverDue(Instant.now().plus(Duration.ofDays(1)));

		assertThat(receiver.getRequestCount()).isEqualTo(1);
		assertThat(messages(topic)).extracting(m -> m.get("channel") + "/" + m.get("kind"))
			.containsExactlyInAnyOrder("IN_APP/immediate", "WEBHOOK/immediate");
	}

	@Test
	void aDigestSendsOneMessagePerRecipientWithTheItemsOfItsPeriod() throws Exception {
		answer(200);
		long topic = fixtures.topic("Tổng hợp");
		fixtures.setRules(topic,
				AlertFixtures.rule("HOURLY", null, List.of("IN_APP", "WEBHOOK"), List.of("chuyenvien", "truongban"), hookUrl()));
		for (String title : List.of("Tin một", "Tin hai", "Tin ba")) {
			alerts.matched(fixtures.notice(topic, fixtures.item(title), Instant.now()));
		}
		assertThat(messages(topic)).as("nothing before the hour").isEmpty();

		int written = digests.send(AlertMode.HOURLY, Instant.now());
		RecordedRequest request = receiver.takeRequest(10, TimeUnit.SECONDS);
		int again = digests.send(AlertMode.HOURLY, Instant.now().plusSeconds(3600));

		assertThat(written).isGreaterThanOrEqualTo(3);
		assertThat(again).isZero();
		assertThat(messages(topic)).extracting(m -> m.get("channel") + "/" + m.get("recipient") + "/" + m.get("kind") + "/"
				+ m.get("item_count"))
			.containsExactlyInAnyOrder("IN_APP/chuyenvien/digest/3", "IN_APP/truongban/digest/3",
					"WEBHOOK/" + hookUrl() + "/digest/3");
		JsonNode json = AlertMessages.JSON.readTree(request.getBody().toByteArray());
		assertThat(json.get("kind").asString()).isEqualTo("digest");
		assertThat(json.get("items")).extracting(i -> i.get("title").asString()).containsExactly("Tin một", "Tin hai", "Tin ba");
	}

	@Test
	void moreMatchesInAnHourThanTheThresholdMakeOneSpikeAlertStatingTheCount() throws Exception {
		answer(200, 200);
		long topic = fixtures.topic("Đột biến");
		fixtures.setRules(topic, AlertFixtures.rule("DAILY", 3, List.of("IN_APP", "WEBHOOK"), List.of("chuyenvien"), hookUrl()));
		Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(3));

		for (int i = 0; i < 6; i++) {
			alerts.matched(fixtures.notice(topic, fixtures.item("Tin lan truyền " + i), hour.plus(Duration.ofMinutes(5 * i))));
		}
		alerts.matched(fixtures.notice(topic, fixtures.item("Tin giờ sau"), hour.plus(Duration.ofMinutes(70))));
		RecordedRequest request = receiver.takeRequest(10, TimeUnit.SECONDS);
		sender.deliverDue(Instant.now().plus(Duration.ofDays(1)));

		assertThat(receiver.getRequestCount()).isEqualTo(1);
		assertThat(messages(topic)).extracting(m -> m.get("channel") + "/" + m.get("kind") + "/" + m.get("item_count"))
			.containsExactlyInAnyOrder("IN_APP/spike/4", "WEBHOOK/spike/4");
		JsonNode json = AlertMessages.JSON.readTree(request.getBody().toByteArray());
		assertThat(json.get("kind").asString()).isEqualTo("spike");
		assertThat(json.get("count").asInt()).isEqualTo(4);
		assertThat(Instant.parse(json.get("window").get("from").asString())).isEqualTo(hour);
		assertThat(json.get("items")).hasSize(4);
	}

	@Test
	void theMatcherIsAnsweredFastAndManyMatchesAllBecomeNotifications() {
		long topic = fixtures.topic("Nhiều tin");
		long quiet = fixtures.topic("Không có quy tắc");
		fixtures.setRules(topic, AlertFixtures.rule("IMMEDIATE", null, List.of("IN_APP"), List.of("chuyenvien"), null));
		List<TopicMatchNotice> warmUp = notices(topic, 200);
		List<TopicMatchNotice> measured = notices(topic, 1000);
		List<TopicMatchNotice> batched = notices(topic, 1000);
		List<TopicMatchNotice> withoutRules = notices(quiet, 1000);

		warmUp.forEach(alerts::matched);
		double withRule = perSecond(measured);
		long started = System.nanoTime();
		for (int from = 0; from < batched.size(); from += 100) {
			alerts.matched(batched.subList(from, from + 100));
		}
		double inBatches = batched.size() / ((System.nanoTime() - started) / 1e9);
		double withoutRule = perSecond(withoutRules);

		System.out.printf("Alerts.matched: %.0f notices/s one by one and %.0f/s in batches of 100 for a topic with one"
				+ " immediate in-app rule, %.0f/s for a topic without rules (1,000 each after 200 to warm up)%n", withRule,
				inBatches, withoutRule);
		assertThat(jdbc.queryForObject("select count(*) from monitor_alert_message where topic_id = ?", Integer.class, topic))
			.isEqualTo(2200);
		assertThat(jdbc.queryForObject("select count(*) from monitor_alert_match where topic_id = ?", Integer.class, quiet))
			.isZero();
	}

	private List<TopicMatchNotice> notices(long topic, int count) {
		List<TopicMatchNotice> notices = new java.util.ArrayList<>();
		for (int i = 0; i < count; i++) {
			notices.add(fixtures.notice(topic, fixtures.item("Tin số " + i), Instant.now()));
		}
		return notices;
	}

	private double perSecond(List<TopicMatchNotice> notices) {
		long started = System.nanoTime();
		notices.forEach(alerts::matched);
		return notices.size() / ((System.nanoTime() - started) / 1e9);
	}

	private Map<String, Object> message(long id) {
		return jdbc.queryForMap("select * from monitor_alert_message where id = ?", id).entrySet()
			.stream()
			.collect(java.util.stream.Collectors.toMap(e -> e.getKey().toLowerCase(), e -> e.getValue() == null ? "" : e.getValue()));
	}

	private List<Map<String, Object>> messages(long topicId) {
		return jdbc.queryForList("select id from monitor_alert_message where topic_id = ? order by id", Long.class, topicId)
			.stream()
			.map(this::message)
			.toList();
	}

	static String hmac(String secret, byte[] body) throws Exception {
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
		return HexFormat.of().formatHex(mac.doFinal(body));
	}

}
