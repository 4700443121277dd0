package vn.tuyengiao.notices.internal;

import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.notices.Mail;

/**
 * Queues e-mail: the message is a row of {@code notices_mail} and a {@link MailRequested} event naming it, both
 * written with the caller's transaction, so a message is kept exactly when the work that asked for it commits;
 * {@link MailSending} sends it.
 */
@Service
class MailQueue implements Mail {

	private final ObjectProvider<JavaMailSender> sender;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	MailQueue(ObjectProvider<JavaMailSender> sender, JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.sender = sender;
		this.jdbc = jdbc;
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
		String address = to.trim();
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement insert = connection.prepareStatement(
					"insert into notices_mail (recipient, subject, body, created_at) values (?, ?, ?, ?)",
					new String[] { "id" });
			insert.setString(1, address);
			insert.setString(2, subject.length() > 500 ? subject.substring(0, 500) : subject);
			insert.setString(3, text);
			insert.setTimestamp(4, Timestamp.from(clock.instant()));
			return insert;
		}, key);
		events.publishEvent(new MailRequested(key.getKey().longValue(), address));
		return true;
	}

}
