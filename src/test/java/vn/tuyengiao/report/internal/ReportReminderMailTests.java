package vn.tuyengiao.report.internal;

import java.time.LocalDate;
import java.util.Set;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.ReportCycle;

import static org.assertj.core.api.Assertions.assertThat;

/** With SMTP configured, a unit's reporter gets one e-mail listing the reports due soon: a real SMTP server on loopback. */
@SpringBootTest
class ReportReminderMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("tuyengiao.report.reminder-cron", () -> "-");
	}

	@Autowired
	ReportReminderMail reminders;

	@Autowired
	ReportCycle cycle;

	@Autowired
	OrgUnits units;

	@Autowired
	vn.tuyengiao.access.Accounts accounts;

	@Test
	void aReporterIsRemindedOnceOfTheReportsDueSoon() throws Exception {
		long naRi = units.all().stream().filter(u -> u.shortName().equals("Na Rì")).map(OrgUnit::id).findFirst().orElseThrow();
		accounts.create("narireporter", "Cán bộ Na Rì", "mat-khau-dai", false,
				java.util.List.of(new vn.tuyengiao.access.RoleGrant(vn.tuyengiao.access.Role.REPORTER, naRi)));
		accounts.setEmail("narireporter", "narireporter@bac-kan.example");
		LocalDate today = LocalDate.of(2031, 3, 23);
		cycle.assign("BC-QUY", "2031Q1", Set.of(naRi), LocalDate.of(2031, 3, 25));
		cycle.assign("BC-QUY", "2031Q2", Set.of(naRi), LocalDate.of(2031, 6, 25));

		int sent = reminders.send(today);

		assertThat(smtp.waitForIncomingEmail(10_000, sent)).as("sent after the list is committed").isTrue();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(sent);
		assertThat(received).anySatisfy(message -> {
			assertThat(message.getAllRecipients()[0].toString()).isEqualTo("narireporter@bac-kan.example");
			String body = (String) message.getContent();
			assertThat(message.getSubject()).isEqualTo("[Tuyên giáo số] Nhắc gửi báo cáo định kỳ");
			assertThat(body).contains("quý I năm 2031").doesNotContain("quý II năm 2031");
		});
	}

}
