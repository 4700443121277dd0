package vn.tuyengiao.monitor.internal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;

import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.org.OrgUnits;

/**
 * A topic's match and its alerts are never parted: the match and its queued alerts commit together, a failure
 * while recording the alerts leaves them queued to be taken again (at start-up or by the next round), and a
 * webhook that refuses the first call gets the alert on the retry, exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s",
		"tuyengiao.monitor.alerts.retry-delays=1s,2s", "tuyengiao.monitor.alerts.poll-interval=1h" })
class AlertQueueTests {

	@Autowired
	AlertQueue queue;

	@Autowired
	AlertSender sender;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgUnits units;

	@Autowired
	AlertRules rules;

	@Autowired
	PlatformTransactionManager transactions;

	/** The one step between a match and its messages, made to fail once where a test asks. */
	@MockitoSpyBean
	AlertMessages messages;

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

	/** What the matcher does: the match stored and its alerts queued in one transaction. */
	private void match(TopicMatchNotice notice, boolean thenFail) {
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			jdbc.update("insert into monitor_topic_match (topic_id, item_id, matched_at, highlights) values (?, ?, ?, ?)",
					notice.topicId(), notice.itemId(), OffsetDateTime.now(ZoneOffset.UTC), String.join("\n", notice.highlights()));
			queue.queue(notice);
			if (thenFail) {
				throw new IllegalStateException("the matcher failed before committing");
			}
		});
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	@Test
	void anAlertWhoseRecordingFailedIsRecordedLaterAndAWebhookThatRefusedOnceGetsItExactlyOnce() throws Exception {
		receiver.enqueue(new MockResponse.Builder().code(503).build());
		receiver.enqueue(new MockResponse.Builder().code(200).build());
		long topic = fixtures.topic("Hàng đợi cảnh báo");
		fixtures.setRules(topic, AlertFixtures.rule("IMMEDIATE", null, List.of("WEBHOOK", "IN_APP"), List.of("chuyenvien"),
				"http://127.0.0.1:" + receiver.getPort() + "/canh-bao"));
		long item = fixtures.item("Nghe nói sắp đền bù đất ở Chợ Mới");
		doThrow(new TransientDataAccessResourceException("the database went away")).doCallRealMethod()
			.when(messages).create(any(), any(), any(), any(), any(), any(), any());

		match(fixtures.notice(topic, item, Instant.now()), false);
		int first = queue.drain();

		assertThat(first).as("recording failed").isZero();
		assertThat(count("select count(*) from monitor_topic_match where topic_id = ?", topic)).isEqualTo(1);
		assertThat(count("select count(*) from monitor_alert_queue where topic_id = ? and attempts = 1"
				+ " and last_error like '%went away%'", topic)).as("still queued, with why").isEqualTo(1);
		assertThat(count("select count(*) from monitor_alert_message where topic_id = ?", topic)).isZero();

		// after the retry delay, at start-up as after a crash
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300)).until(() -> {
			queue.drainAtStartUp();
			return count("select count(*) from monitor_alert_queue where topic_id = ?", topic) == 0;
		});
		RecordedRequest refused = receiver.takeRequest(10, TimeUnit.SECONDS);
		assertThat(refused).as("the webhook was called and answered 503").isNotNull();
		await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(300))
			.until(() -> sender.deliverDue(Instant.now()) == 1);
		RecordedRequest delivered = receiver.takeRequest(10, TimeUnit.SECONDS);

		assertThat(delivered.getHeaders().get("X-Tuyengiao-Delivery")).isEqualTo(refused.getHeaders().get("X-Tuyengiao-Delivery"));
		assertThat(delivered.getBody()).isEqualTo(refused.getBody());
		queue.drain();
		sender.deliverDue(Instant.now().plus(Duration.ofDays(2)));
		assertThat(receiver.getRequestCount()).as("exactly once").isEqualTo(2);
		assertThat(count("select count(*) from monitor_alert_message where topic_id = ? and channel = 'WEBHOOK'"
				+ " and status = 'SENT'", topic)).isEqualTo(1);
		assertThat(count("select count(*) from monitor_alert_message where topic_id = ? and channel = 'IN_APP'", topic))
			.isEqualTo(1);
	}

	@Test
	void aMatchThatDoesNotCommitQueuesNoAlert() {
		long topic = fixtures.topic("Không lưu");
		fixtures.setRules(topic, AlertFixtures.rule("IMMEDIATE", null, List.of("IN_APP"), List.of("chuyenvien"), null));
		long item = fixtures.item("Tin khớp rồi hỏng");

		assertThatThrownBy(() -> match(fixtures.notice(topic, item, Instant.now()), true)).isInstanceOf(IllegalStateException.class);

		assertThat(count("select count(*) from monitor_topic_match where topic_id = ?", topic)).isZero();
		assertThat(count("select count(*) from monitor_alert_queue where topic_id = ?", topic)).isZero();
		assertThatThrownBy(() -> queue.queue(fixtures.notice(topic, item, Instant.now())))
			.as("only inside the match's transaction").isInstanceOf(IllegalStateException.class);
	}

}
