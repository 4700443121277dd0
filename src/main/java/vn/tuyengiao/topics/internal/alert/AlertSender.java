package vn.tuyengiao.topics.internal.alert;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.notices.Mail;
import vn.tuyengiao.topics.internal.alert.AlertRules.Topic;

/**
 * Delivers the e-mails and webhook calls that are due, at least once: a message is claimed by counting its
 * attempt before it is sent (so two senders never both take it), marked sent on success, and otherwise
 * tried again after the next of {@code tuyengiao.monitor.alerts.retry-delays} (failures, 5xx, 408, 429,
 * timeouts), or given up and shown as failed. A sender that dies mid-call leaves the message to be taken
 * again after {@link #LEASE}; the receiver recognises the repeat by its {@code X-Tuyengiao-Delivery} id.
 * E-mails go through the platform's one sender ({@link Mail}), which retries them itself once queued.
 */
@Component
class AlertSender implements AutoCloseable {

	/** Longer than any call may take, so a message is taken again only when its sender is gone. */
	static final Duration LEASE = Duration.ofMinutes(10);

	static final int BATCH = 100;

	private static final Logger log = LoggerFactory.getLogger(AlertSender.class);

	private final JdbcTemplate jdbc;

	private final JdbcTemplate batch;

	private final AlertSettings settings;

	private final WebhookClient webhooks;

	private final AlertRules rules;

	private final Accounts accounts;

	private final Mail mail;

	private final Clock clock = Clock.systemUTC();

	private final ExecutorService worker = Executors.newSingleThreadExecutor(task -> {
		Thread thread = new Thread(task, "alert-sender");
		thread.setDaemon(true);
		return thread;
	});

	private final AtomicBoolean wakeQueued = new AtomicBoolean();

	AlertSender(JdbcTemplate jdbc, AlertSettings settings, WebhookClient webhooks, AlertRules rules, Accounts accounts,
			Mail mail) {
		this.jdbc = jdbc;
		this.batch = new JdbcTemplate(jdbc.getDataSource());
		this.batch.setMaxRows(BATCH);
		this.settings = settings;
		this.webhooks = webhooks;
		this.rules = rules;
		this.accounts = accounts;
		this.mail = mail;
	}

	/** Asks for a sending round soon, on the sender's own thread; many asks while one is pending make one round. */
	void wake() {
		if (wakeQueued.compareAndSet(false, true)) {
			worker.execute(() -> {
				wakeQueued.set(false);
				try {
					deliverDue(clock.instant());
				}
				catch (RuntimeException ex) {
					log.warn("Alert sending round failed; the next poll tries again", ex);
				}
			});
		}
	}

	@Scheduled(fixedDelayString = "${tuyengiao.monitor.alerts.poll-interval:30s}", initialDelayString = "${tuyengiao.monitor.alerts.poll-interval:30s}")
	void poll() {
		wake();
	}

	private record Due(long id, int attempts, long topicId, long ruleId, AlertChannel channel, String recipient,
			String subject, String body) {
	}

	/**
	 * Sends every message due at {@code now} (a test passes a later instant to see retries); one round at a
	 * time in this process.
	 *
	 * @return how many were delivered
	 */
	synchronized int deliverDue(Instant now) {
		int delivered = 0;
		for (int round = 0; round < 50; round++) {
			List<Due> due = batch.query("select id, attempts, topic_id, rule_id, channel, recipient, subject, body"
					+ " from monitor_alert_message where status = 'PENDING' and next_attempt_at <= ? order by next_attempt_at, id",
					(rs, n) -> new Due(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getLong(4),
							AlertChannel.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), rs.getString(8)),
					AlertMessages.utc(now));
			for (Due message : due) {
				delivered += attempt(message, now) ? 1 : 0;
			}
			if (due.size() < BATCH) {
				break;
			}
		}
		return delivered;
	}

	private boolean attempt(Due message, Instant now) {
		int attempt = message.attempts() + 1;
		int claimed = jdbc.update("update monitor_alert_message set attempts = ?, next_attempt_at = ? where id = ?"
				+ " and status = 'PENDING' and attempts = ?", attempt, AlertMessages.utc(now.plus(LEASE)), message.id(),
				message.attempts());
		if (claimed == 0) {
			return false;
		}
		WebhookClient.Outcome outcome;
		try {
			outcome = send(message);
		}
		catch (RuntimeException ex) {
			outcome = new WebhookClient.Outcome(false, true, ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
		if (outcome.delivered()) {
			jdbc.update("update monitor_alert_message set status = 'SENT', sent_at = ?, last_error = null, next_attempt_at = null"
					+ " where id = ? and attempts = ?", AlertMessages.utc(now), message.id(), attempt);
			return true;
		}
		String error = AlertMessages.cut(String.valueOf(outcome.error()), 500);
		List<Duration> delays = settings.retryDelays();
		if (!outcome.worthRetrying() || attempt > delays.size()) {
			log.warn("Alert message {} ({} to {}) given up after {} attempts: {}", message.id(), message.channel(),
					message.recipient(), attempt, error);
			jdbc.update("update monitor_alert_message set status = 'FAILED', last_error = ?, next_attempt_at = null"
					+ " where id = ? and attempts = ?", error, message.id(), attempt);
		}
		else {
			jdbc.update("update monitor_alert_message set last_error = ?, next_attempt_at = ? where id = ? and attempts = ?",
					error, AlertMessages.utc(now.plus(delays.get(attempt - 1))), message.id(), attempt);
		}
		return false;
	}

	private WebhookClient.Outcome send(Due message) {
		return switch (message.channel()) {
			case WEBHOOK -> webhook(message);
			case EMAIL -> email(message);
			case IN_APP -> WebhookClient.Outcome.DELIVERED;
		};
	}

	private WebhookClient.Outcome webhook(Due message) {
		Optional<AlertRule> rule = rules.load(message.topicId()).stream().filter(r -> r.id() == message.ruleId()).findFirst();
		if (rule.isEmpty() || rule.get().webhookSecret() == null) {
			return new WebhookClient.Outcome(false, false, "the rule was removed");
		}
		return webhooks.post(message.recipient(), message.id(), message.body().getBytes(StandardCharsets.UTF_8),
				rule.get().webhookSecret());
	}

	/**
	 * Hands an e-mail to the platform's mail sender, which keeps and retries it from then on: queued counts as
	 * delivered here.
	 */
	private WebhookClient.Outcome email(Due message) {
		if (!mail.configured()) {
			return new WebhookClient.Outcome(false, false, "e-mail is not configured (spring.mail.host)");
		}
		Optional<Topic> topic = rules.topic(message.topicId());
		// only to someone who may still read the topic, at the address their account has now
		Optional<Accounts.Contact> contact = topic.isEmpty() ? Optional.empty()
				: accounts.contactsFor(topic.get().ownerUnitId(), RoleGroup.ANALYSTS)
					.stream()
					.filter(c -> c.username().equalsIgnoreCase(message.recipient()))
					.findFirst();
		if (contact.isEmpty() || !mail.send(contact.get().email(), message.subject(), message.body())) {
			return new WebhookClient.Outcome(false, false, "no e-mail address, or no longer a reader of the topic's unit");
		}
		return WebhookClient.Outcome.DELIVERED;
	}

	@Override
	public void close() {
		worker.shutdownNow();
	}

}
