package vn.tuyengiao.response.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tuyengiao.ReceivedMail;
import vn.tuyengiao.response.Cases;

/** With SMTP configured, the leaders get the escalation of an overdue case by e-mail: a real SMTP server on loopback. */
@SpringBootTest
@WithUserDetails("chuyenvien")
class CaseMailTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort()).withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
		registry.add("tuyengiao.report.reminder-cron", () -> "-");
		registry.add("tuyengiao.base-url", () -> "https://tuyengiao.bac-kan.example");
	}

	@Autowired
	Cases cases;

	@Autowired
	CaseDeadlines deadlines;

	@Test
	void theLeaderIsWrittenToWhenACaseIsOverdueWithALinkToIt() throws Exception {
		Cases.Case late = cases.open(new Cases.NewCase("Tin giả về dịch tả lợn", "Dịch tả lợn lây sang người.", null,
				List.of(), "HIGH", null, "2023Q3"));

		deadlines.escalateDue(late.dueAt().plus(Duration.ofMinutes(1)));

		assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
		MimeMessage toLeader = Arrays.stream(smtp.getReceivedMessages())
			.filter(m -> ReceivedMail.recipient(m).equals("truongban@bac-kan.example"))
			.filter(m -> ReceivedMail.body(m).contains("Tin giả về dịch tả lợn"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no e-mail to the leader about the case"));
		assertThat(toLeader.getSubject()).isEqualTo("[Tuyên giáo số] Vụ việc quá hạn kết luận");
		assertThat(ReceivedMail.body(toLeader)).contains("https://tuyengiao.bac-kan.example/response/cases/" + late.id());
		assertThat(Arrays.stream(smtp.getReceivedMessages()).map(ReceivedMail::recipient))
			.as("the specialist who handles it is not a leader").doesNotContain("chuyenvien@bac-kan.example");
	}

}
