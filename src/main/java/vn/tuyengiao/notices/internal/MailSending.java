package vn.tuyengiao.notices.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tuyengiao.notices.MailRequested;

/**
 * Sends each requested e-mail after the transaction that asked for it commits, on the application's task executor.
 * A refusal (server down, address refused) is thrown on, so the registry keeps the message as failed and
 * {@link MailRetries} hands it back later; a message asked for before SMTP was switched off is dropped.
 */
@Component
class MailSending {

	static final String SUBJECT_PREFIX = "[Tuyên giáo số] ";

	static final String AUTOMATIC = "\n\n(Thư tự động, vui lòng không trả lời.)";

	private static final Logger log = LoggerFactory.getLogger(MailSending.class);

	private final ObjectProvider<JavaMailSender> sender;

	private final NoticeSettings settings;

	MailSending(ObjectProvider<JavaMailSender> sender, NoticeSettings settings) {
		this.sender = sender;
		this.settings = settings;
	}

	@ApplicationModuleListener
	void send(MailRequested request) {
		JavaMailSender mail = sender.getIfAvailable();
		if (mail == null) {
			log.info("E-mail to {} dropped: spring.mail.host is no longer set", request.to());
			return;
		}
		SimpleMailMessage message = new SimpleMailMessage();
		message.setFrom(settings.mailFrom());
		message.setTo(request.to());
		message.setSubject(SUBJECT_PREFIX + request.subject());
		message.setText(request.text() + AUTOMATIC);
		mail.send(message);
	}

}
