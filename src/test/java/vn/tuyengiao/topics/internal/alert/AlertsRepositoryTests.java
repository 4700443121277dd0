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
	InAppAlerts inApp;

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
		assertThat(inApp.of("truongban", 50)).filteredOn(n -> n.topicId() == topic)
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
		assertThat(inApp.of("chuyenvien", 200)).filteredOn(n -> n.topicId() == topic)
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

		assertThat(inApp.of("chuyenvien", 200)).filteredOn(n -> n.topicId() == topic)
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

		assertThat(inApp.of("chuyenvien", 200)).filteredOn(n -> n.topicId() == topic)
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
	void anInAppAlertIsPostedToTheNoticeCentreOfItsRecipientOnlyAboutTheTopicsUnit() {
		long topic = fixtures.topic("Thông báo chung");
		fixtures.setRules(topic, AlertFixtures.rule("IMMEDIATE", null, List.of("IN_APP"), List.of("truongban"), null));
		alerts.matched(fixtures.notice(topic, fixtures.item("Tin vào trung tâm thông báo"), Instant.now()));
		InAppAlerts.InAppAlert alert = inApp.of("truongban", 200).stream().filter(a -> a.topicId() == topic).findFirst()
			.orElseThrow();

		List<java.util.Map<String, Object>> notices = jdbc.queryForList("select recipient, origin, kind, title, message,"
				+ " link, unit_id from notices_notice where once_key = ?", "alert-message:" + alert.id());

		assertThat(notices).singleElement().satisfies(n -> {
			assertThat(n).containsEntry("RECIPIENT", "truongban").containsEntry("ORIGIN", "topics")
				.containsEntry("KIND", "immediate").containsEntry("TITLE", alert.subject())
				.containsEntry("LINK", "/monitor/alerts");
			assertThat((String) n.get("MESSAGE")).contains("Tin vào trung tâm thông báo");
			assertThat(((Number) n.get("UNIT_ID")).longValue()).isEqualTo(fixtures.province());
		});
	}

	@Test
	void aDigestsNoticeNamesAFewOfItsItemsAndHowManyMore() {
		long topic = fixtures.topic("Tổng hợp dài");
		fixtures.setRules(topic, AlertFixtures.rule("HOURLY", null, List.of("IN_APP"), List.of("chuyenvien"), null));
		for (int i = 1; i <= 5; i++) {
			alerts.matched(fixtures.notice(topic, fixtures.item("Tin thứ " + i), Instant.now().minusSeconds(60 - i)));
		}
		digests.send(AlertMode.HOURLY, Instant.now().plusSeconds(1));
		long id = inApp.of("chuyenvien", 200).stream().filter(a -> a.topicId() == topic).findFirst().orElseThrow().id();

		String message = jdbc.queryForObject("select message from notices_notice where recipient = ? and once_key = ?",
				String.class, "chuyenvien", "alert-message:" + id);

		assertThat(message).contains("Tin thứ 1", "Tin thứ 2", "Tin thứ 3").doesNotContain("Tin thứ 4")
			.endsWith("… và 2 tin khác.");
	}

	private int count(String table, long topicId) {
		return jdbc.queryForObject("select count(*) from " + table + " where topic_id = ?", Integer.class, topicId);
	}

}
