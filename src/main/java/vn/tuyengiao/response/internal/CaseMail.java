package vn.tuyengiao.response.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.platform.PlatformSettings;
import vn.tuyengiao.access.RoleGroup;

/**
 * The case notices also by e-mail, only when the operator configures SMTP ({@code spring.mail.host}): a leader who
 * does not open the platform every day still learns that a case is overdue, a specialist that a case was given to
 * them, an owner that a closed claim is back. Sent after the notice commits, from a thread of its own; one address
 * that fails is logged and never stops the work that wrote the notice.
 */
@Component
@ConditionalOnProperty("spring.mail.host")
class CaseMail implements AutoCloseable {

	private static final Logger log = LoggerFactory.getLogger(CaseMail.class);

	private final JavaMailSender mail;

	private final Accounts accounts;

	private final String from;

	private final String baseUrl;

	private final ExecutorService sender = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "case-mail");
		thread.setDaemon(true);
		return thread;
	});

	CaseMail(JavaMailSender mail, Accounts accounts, CaseSettings settings, PlatformSettings platform) {
		this.mail = mail;
		this.accounts = accounts;
		this.from = settings.mailFrom();
		this.baseUrl = platform.baseUrl();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void noticed(CaseNoticed notice) {
		sender.execute(() -> send(notice));
	}

	void send(CaseNoticed notice) {
		String address = accounts.holdersOf(notice.unitId(), RoleGroup.ANALYSTS).stream()
			.filter(contact -> contact.username().equals(notice.recipient()) && contact.email() != null)
			.map(Accounts.Contact::email)
			.findFirst()
			.orElse(null);
		if (address == null) {
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(from);
		message.setTo(address);
		message.setSubject("[Tuyên giáo số] " + switch (notice.kind()) {
			case "ESCALATE" -> "Vụ việc quá hạn kết luận";
			case "ASSIGN" -> "Đồng chí được giao vụ việc";
			case "RESURFACED" -> "Thông tin đã kết luận xuất hiện lại";
			default -> "Thông báo vụ việc";
		});
		message.setText(notice.message() + "\n\nXem vụ việc: " + baseUrl + "/response/cases/" + notice.caseId()
				+ "\n\n(Thư tự động, vui lòng không trả lời.)");
		try {
			mail.send(message);
		}
		catch (MailException ex) {
			log.warn("Case notice to {} not sent: {}", address, ex.getMessage());
		}
	}

	@Override
	public void close() {
		sender.shutdown();
	}

}
