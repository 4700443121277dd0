package vn.tuyengiao.notices.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Sends each queued e-mail after the transaction that asked for it commits, on the application's task executor, and
 * deletes its row in the listener's own transaction. A refusal (server down, address refused) is thrown on, so the
 * row stays and the registry keeps the event as failed for {@link MailRetries}; a row already gone was sent by an
 * earlier attempt. A message queued before SMTP was switched off is dropped.
 */
@Component
class MailSending {

	static final String SUBJECT_PREFIX = "[Tuyên giáo số] ";

	static final String AUTOMATIC = "\n\n(Thư tự động, vui lòng không trả lời.)";

	private static final Logger log = LoggerFactory.getLogger(MailSending.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final JdbcTemplate jdbc;

	private final NoticeSettings settings;

	MailSending(ObjectProvider<JavaMailSender> sender, JdbcTemplate jdbc, NoticeSettings settings) {
		this.sender = sender;
		this.jdbc = jdbc;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void send(MailRequested request) {
		List<SimpleMailMessage> queued = jdbc.query("select recipient, subject, body from notices_mail where id = ?",
				(rs, n) -> {
					SimpleMailMessage message = new SimpleMailMessage();
					message.setFrom(settings.mailFrom());
					message.setTo(rs.getString(1));
					message.setSubject(SUBJECT_PREFIX + rs.getString(2));
					message.setText(rs.getString(3) + AUTOMATIC);
					return message;
				}, request.mailId());
		if (queued.isEmpty()) {
			return;
		}
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			log.info("E-mail to {} dropped: spring.mail.host is no longer set", request.to());
		}
		else {
			mail.send(queued.get(0));
		}
		jdbc.update("delete from notices_mail where id = ?", request.mailId());
	}

}
