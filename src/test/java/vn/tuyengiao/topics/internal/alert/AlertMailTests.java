package vn.tuyengiao.topics.internal.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tuyengiao.org.OrgUnits;

/**
 * With SMTP configured, an immediate e-mail alert reaches a reader of the topic through the platform's mail sender,
 * and nobody outside it: a real SMTP server on loopback.
 */
@SpringBootTest
class AlertMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("tuyengiao.report.reminder-cron", () -> "-");
	}

	@Autowired
	Alerts alerts;

	@Autowired
	AlertRules rules;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	OrgUnits units;

	@Test
	void anEmailAlertReachesAReaderOfTheTopicAndNotSomeoneOutsideIt() throws Exception {
		AlertFixtures fixtures = new AlertFixtures(jdbc, units, rules);
		long topic = fixtures.topic("Thư cảnh báo");
		fixtures.setRules(topic, AlertFixtures.rule("IMMEDIATE", null, List.of("EMAIL"), List.of("chuyenvien", "babe"), null));
		TopicMatchNotice notice = fixtures.notice(topic, fixtures.item("Nghe nói sắp đền bù đất ở Chợ Mới"), Instant.now());

		alerts.matched(notice);

		assertThat(smtp.waitForIncomingEmail(30_000, 1)).as("the e-mail arrives").isTrue();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(jdbc.queryForList(
					"select recipient || ' ' || status from monitor_alert_message where topic_id = ?", String.class, topic))
				.containsExactlyInAnyOrder("chuyenvien SENT", "babe FAILED"));
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("chuyenvien@bac-kan.example");
		assertThat(received[0].getSubject()).startsWith("[Tuyên giáo số] Chủ đề «Thư cảnh báo")
			.endsWith("Nghe nói sắp đền bù đất ở Chợ Mới");
		assertThat((String) received[0].getContent()).contains(notice.itemUrl()).contains("*đền bù*");
	}

}
