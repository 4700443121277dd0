package vn.tuyengiao.topics.internal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.topics.internal.alert.AlertRules.RuleSetChange;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Conflict;

/**
 * Alerts through the real migrations and database (H2, and PostgreSQL in the build's second run): the
 * claims that keep anyone from being told twice, digests, spikes by clock hour, the sender's bookkeeping
 * and the versioned rules.
 */
@DatabaseTest
class AlertsRepositoryTests {

	@Autowired
	Alerts alerts;

	@Autowired
	AlertDigests digests;

	@Autowired
	AlertSender sender;

	@Autowired
	AlertRules rules;

	@Autowired
	Notifications notifications;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgUnits units;

	AlertFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new AlertFixtures(jdbc, units, rules);
	}

	@Test
	void aMatchToldAgainIsNotAlertedAgainByAnyRuleOfTheTopic() {
		long topic = fixtures.topic("Nhắc lại");
		fixtures.setRules(topic, AlertFixtures.rule("HOURLY", null, List.of("IN_APP"), List.of("truongban"), null),
				AlertFixtures.rule("IMMEDIATE", null, List.of("IN_APP"), List.of("truongban"), null));
		long item = fixtures.item("Tin nhắc lại");

		alerts.matched(fixtures.notice(topic, item, Instant.now()));
		alerts.matched(fixtures.notice(topic, item, Instant.now()));
		digests.send(AlertMode.HOURLY, Instant.now().plusSeconds(60));

		assertThat(count("monitor_alert_message", topic)).isEqualTo(1);
		assertThat(count("monitor_alert_delivery", topic)).isEqualTo(1);
		assertThat(notifications.of("truongban", true, 50)).filteredOn(n -> n.topicId() == topic)
			.singleElement()
			.satisfies(n -> assertThat(n.kind()).isEqualTo("immediate"));
	}

	@Test
	void aDigestListsItsItemsOnceInTheOrderTheyMatched() {
		long topic = fixtures.topic("Tổng hợp ngày");
		fixtures.setRules(topic, AlertFixtures.rule("DAILY", null, List.of("IN_APP"), List.of("chuyenvien"), null));
		Instant start = Instant.now().minus(Duration.ofHours(5));
		for (int i = 0; i < 3; i++) {
			alerts.matched(fixtures.notice(topic, fixtures.item("Tin ngày " + i), start.plus(Duration.ofHours(i))));
		}

		int first = digests.send(AlertMode.DAILY, Instant.now().plusSeconds(1));
		int second = digests.send(AlertMode.DAILY, Instant.now().plusSeconds(86_400));

		assertThat(first).isGreaterThanOrEqualTo(1);
		assertThat(second).isZero();
		assertThat(notifications.of("chuyenvien", false, 200)).filteredOn(n -> n.topicId() == topic)
			.singleElement()
			.satisfies(n -> {
				assertThat(n.kind()).isEqualTo("digest");
				assertThat(n.count()).isEqualTo(3);
				assertThat(n.items()).extracting(i -> i.get("title").asString()).containsExactly("Tin ngày 0", "Tin ngày 1", "Tin ngày 2");
			});
	}

	@Test
	void aSpikeIsCountedWithinOneClockHourAndToldOnce() {
		long topic = fixtures.topic("Đột biến giờ");
		fixtures.setRules(topic, AlertFixtures.rule("DAILY", 2, List.of("IN_APP"), List.of("chuyenvien"), null));
		Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(10));

		for (int minute : new int[] { 50, 55, 59, 61, 62 }) {
			alerts.matched(fixtures.notice(topic, fixtures.item("Tin phút " + minute), hour.plus(Duration.ofMinutes(minute))));
		}
		for (int minute : new int[] { 10, 20, 30 }) {
			alerts.matched(fixtures.notice(topic, fixtures.item("Tin giờ sau " + minute),
					hour.plus(Duration.ofMinutes(120 + minute))));
		}

		assertThat(notifications.of("chuyenvien", true, 200)).filteredOn(n -> n.topicId() == topic)
			.extracting(n -> n.kind() + "/" + n.count())
			.containsExactlyInAnyOrder("spike/3", "spike/3");
	}

	@Test
	void aBatchOfMatchesCountsItsSpikeAndTellsARepeatedMatchOnce() {
		long topic = fixtures.topic("Lô tin");
		fixtures.setRules(topic, AlertFixtures.rule("IMMEDIATE", 2, List.of("IN_APP"), List.of("chuyenvien"), null));
		Instant hour = Instant.now().truncatedTo(ChronoUnit.HOURS).minus(Duration.ofHours(20));
		List<TopicMatchNotice> batch = new java.util.ArrayList<>();
		for (int minute : new int[] { 1, 2, 3, 4 }) {
			batch.add(fixtures.notice(topic, fixtures.item("Tin lô " + minute), hour.plus(Duration.ofMinutes(minute))));
		}
		batch.add(batch.get(0));

		alerts.matched(batch);

		assertThat(notifications.of("chuyenvien", true, 200)).filteredOn(n -> n.topicId() == topic)
			.extracting(n -> n.kind() + "/" + n.count())
			.containsExactlyInAnyOrder("immediate/1", "immediate/1", "immediate/1", "immediate/1", "spike/3");
	}

	@Test
	void anEmailThatCannotBeSentIsShownAsFailedWithTheReason() {
		long topic = fixtures.topic("Thư");
		fixtures.setRules(topic, AlertFixtures.rule("IMMEDIATE", null, List.of("EMAIL"), List.of("chuyenvien"), null));

		alerts.matched(fixtures.notice(topic, fixtures.item("Tin gửi thư"), Instant.now()));
		sender.deliverDue(Instant.now().plusSeconds(1));

		assertThat(jdbc.queryForList("select status || ' ' || last_error from monitor_alert_message where topic_id = ?",
				String.class, topic)).singleElement().asString().startsWith("FAILED e-mail is not configured");
	}

	@Test
	void rulesChangedByAnotherEditorSinceTheyWereReadAreRefused() {
		long topic = fixtures.topic("Phiên bản");
		AlertRules.Topic saved = rules.topic(topic).orElseThrow();
		RuleSetChange change = new RuleSetChange(0L,
				List.of(AlertFixtures.rule("IMMEDIATE", null, List.of("IN_APP"), List.of("chuyenvien"), null)));

		rules.replace(saved, change);

		assertThatThrownBy(() -> rules.replace(saved, change)).isInstanceOf(Conflict.class);
		assertThat(rules.version(topic)).isEqualTo(1);
		assertThat(rules.load(topic)).singleElement().satisfies(r -> assertThat(r.recipients()).containsExactly("chuyenvien"));
	}

	@Test
	void aNotificationIsMarkedReadOnlyByItsRecipient() {
		long topic = fixtures.topic("Đã đọc");
		fixtures.setRules(topic, AlertFixtures.rule("IMMEDIATE", null, List.of("IN_APP"), List.of("truongban"), null));
		alerts.matched(fixtures.notice(topic, fixtures.item("Tin đọc rồi"), Instant.now()));
		long id = notifications.of("truongban", true, 200).stream().filter(n -> n.topicId() == topic).findFirst().orElseThrow().id();

		assertThatThrownBy(() -> notifications.markRead(id, "chuyenvien")).isInstanceOf(vn.tuyengiao.platform.NotFound.class);
		notifications.markRead(id, "truongban");

		assertThat(notifications.of("truongban", true, 200)).noneMatch(n -> n.topicId() == topic);
		assertThat(notifications.unread("truongban")).noneMatch(u -> u.topicId() == topic);
	}

	private int count(String table, long topicId) {
		return jdbc.queryForObject("select count(*) from " + table + " where topic_id = ?", Integer.class, topicId);
	}

}
