package vn.tuyengiao.notices.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.notices.Mail;
import vn.tuyengiao.notices.MailRequested;

/**
 * Queues e-mail as {@link MailRequested} events: the event publication registry writes each with the caller's
 * transaction, so a message is kept exactly when the work that asked for it commits; {@link MailSending} sends it.
 */
@Service
class MailQueue implements Mail {

	private final ObjectProvider<JavaMailSender> sender;

	private final ApplicationEventPublisher events;

	MailQueue(ObjectProvider<JavaMailSender> sender, ApplicationEventPublisher events) {
		this.sender = sender;
		this.events = events;
	}

	@Override
	public boolean configured() {
		return sender.getIfAvailable() != null;
	}

	@Override
	@Transactional
	public boolean send(String to, String subject, String text) {
		if (!configured() || to == null || to.isBlank()) {
			return false;
		}
		events.publishEvent(new MailRequested(to.trim(), subject, text));
		return true;
	}

}
