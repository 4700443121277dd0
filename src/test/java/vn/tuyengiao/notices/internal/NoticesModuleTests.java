package vn.tuyengiao.notices.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tuyengiao.ReceivedMail;
import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.notices.Mail;
import vn.tuyengiao.notices.Notices;
import vn.tuyengiao.org.OrgUnits;

/**
 * The notice centre on its own (with access and the unit tree it asks): a notice posted by mail reaches the
 * recipient's address after the posting transaction commits, a key tells a person once, and a message the mail
 * server could not take is sent when it is back, from the event publication registry. The SMTP server is a real
 * one on loopback, started only when the test wants it up.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "org")
class NoticesModuleTests {

	static final int SMTP_PORT = freePort();

	static final GreenMail smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

	@DynamicPropertySource
	static void mailServer(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> SMTP_PORT);
		registry.add("spring.mail.properties.mail.smtp.connectiontimeout", () -> "2000");
		registry.add("tuyengiao.base-url", () -> "https://tuyengiao.bac-kan.example");
		registry.add("tuyengiao.notices.mail-from", () -> "thongbao@bac-kan.example");
		registry.add("spring.jpa.properties.hibernate.search.enabled", () -> "false");
	}

	@AfterAll
	static void stopSmtp() {
		smtpDown();
	}

	@Autowired
	Notices notices;

	@Autowired
	Accounts accounts;

	@Autowired
	OrgUnits units;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MailRetries retries;

	@Autowired
	Mail mail;

	/** E-mails the registry holds as not sent. */
	private int unsentMails() {
		return jdbc.queryForObject("select count(*) from event_publication where event_type = ? and completion_date is null",
				Integer.class, MailRequested.class.getName());
	}

	/** E-mails the registry holds as failed, to be tried again. */
	private int failedMails() {
		return jdbc.queryForObject("select count(*) from event_publication where event_type = ? and status = 'FAILED'",
				Integer.class, MailRequested.class.getName());
	}

	private static void smtpUp() {
		if (!smtp.isRunning()) {
			smtp.start();
		}
	}

	private static void smtpDown() {
		if (smtp.isRunning()) {
			smtp.stop();
		}
	}

	private long unitWith(String username, String email) {
		long root = units.all().get(0).id();
		if (jdbc.queryForObject("select count(*) from access_user where username = ?", Integer.class, username) == 0) {
			accounts.create(username, "Đồng chí " + username, "mat-khau-dai-du", false, List.of(new RoleGrant(Role.LEADER, root)));
			accounts.setEmail(username, email);
		}
		return root;
	}

	private static Notices.NewNotice escalation(long unitId, String title) {
		return new Notices.NewNotice("response", "ESCALATE", "Vụ việc quá hạn kết luận",
				"Vụ việc \"" + title + "\" đã quá hạn kết luận", "/response/cases/7", unitId).alsoByMail();
	}

	private static List<MimeMessage> to(String address) {
		return Arrays.stream(smtp.getReceivedMessages()).filter(m -> ReceivedMail.recipient(m).equals(address)).toList();
	}

	@Test
	void aNoticeByMailReachesTheRecipientsAddressAfterItsTransactionCommits(Scenario scenario) {
		smtpUp();
		long unit = unitWith("lanhdao1", "lanhdao1@bac-kan.example");

		scenario.stimulate(() -> notices.post("lanhdao1", escalation(unit, "Tin giả về lũ quét")))
			.andWaitForEventOfType(MailRequested.class)
			.matching(mail -> mail.to().equals("lanhdao1@bac-kan.example"))
			.toArriveAndVerify((mail, posted) -> assertThat(posted).isTrue());

		await().atMost(Duration.ofSeconds(10)).until(() -> !to("lanhdao1@bac-kan.example").isEmpty());
		MimeMessage message = to("lanhdao1@bac-kan.example").get(0);
		assertThat(ReceivedMail.subject(message)).isEqualTo("[Tuyên giáo số] Vụ việc quá hạn kết luận");
		assertThat(ReceivedMail.body(message)).contains("Tin giả về lũ quét")
			.contains("https://tuyengiao.bac-kan.example/response/cases/7")
			.contains("Thư tự động");
		await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
				"select count(*) from notices_mail where recipient = 'lanhdao1@bac-kan.example'", Integer.class) == 0);
	}

	@Test
	void aLongDigestIsSentWhole(Scenario scenario) {
		smtpUp();
		String digest = "Tin mới của chủ đề Hồ Ba Bể:\n" + "- Mùa thu nước hồ Ba Bể trong xanh, du khách về Chợ Rã.\n".repeat(400);

		scenario.stimulate(() -> mail.send("bantin@bac-kan.example", "Chủ đề Hồ Ba Bể: 400 tin mới", digest))
			.andWaitForStateChange(() -> to("bantin@bac-kan.example"), received -> !received.isEmpty())
			.andVerify(received -> assertThat(ReceivedMail.body(received.get(0)).replace("\r\n", "\n")).as("lines end in CRLF by SMTP")
				.startsWith(digest));
	}

	@Test
	void aNoticeWithAKeyIsToldToEachHolderOnce(Scenario scenario) {
		long unit = unitWith("lanhdao2", "lanhdao2@bac-kan.example");
		Notices.NewNotice resurfaced = new Notices.NewNotice("response", "RESURFACED", "Thông tin đã kết luận xuất hiện lại",
				"Tin số 5 xuất hiện lại", "/response/cases/8", unit).once("response-case:8:RESURFACED:5");

		scenario.stimulate(() -> notices.postToHolders(resurfaced, Role.LEADER))
			.andWaitForStateChange(() -> jdbc.queryForObject("select count(*) from notices_notice where recipient = 'lanhdao2'"
					+ " and once_key = 'response-case:8:RESURFACED:5'", Integer.class), count -> count > 0)
			.andVerify((count, told) -> {
				assertThat(told).contains("lanhdao2");
				assertThat(notices.postToHolders(resurfaced, Role.LEADER)).as("nobody is told twice").isEmpty();
				assertThat(count).isEqualTo(1);
			});
	}

	@Test
	void aMessageTheServerCouldNotTakeIsSentOnceItIsBack(Scenario scenario) {
		smtpDown();
		long unit = unitWith("lanhdao3", "lanhdao3@bac-kan.example");

		scenario.stimulate(() -> notices.post("lanhdao3", escalation(unit, "Tin đồn mất điện")))
			.andWaitForStateChange(this::failedMails, failed -> failed > 0)
			.andVerify(failed -> assertThat(to("lanhdao3@bac-kan.example")).isEmpty());

		smtpUp();
		retries.retryAt(Instant.now().plus(Duration.ofHours(1)));

		await().atMost(Duration.ofSeconds(10)).until(() -> !to("lanhdao3@bac-kan.example").isEmpty());
		assertThat(ReceivedMail.body(to("lanhdao3@bac-kan.example").get(0))).contains("Tin đồn mất điện");
		await().atMost(Duration.ofSeconds(10)).until(() -> unsentMails() == 0);
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
