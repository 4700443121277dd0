package vn.tuyengiao.monitor.internal.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The outbox between a topic's match and its alerts ({@code monitor_alert_queue}). The matcher {@link #queue}s a
 * match in the transaction that stores it, so both commit or neither does; {@link #drain} then records the alerts
 * of the queued matches through {@link Alerts} and removes them, in one transaction per batch. When recording
 * fails, the match stays queued and is taken again after the next of {@code tuyengiao.monitor.alerts.retry-delays}
 * (the last one repeating: an alert is delayed, never given up), by the next round every
 * {@code tuyengiao.monitor.alerts.poll-interval} or at start-up, so a crash loses nothing either. Recording a
 * match twice alerts nobody twice: each topic, channel, recipient and item is claimed once.
 */
@Component
public class AlertQueue {

	private static final Logger log = LoggerFactory.getLogger(AlertQueue.class);

	static final int BATCH = 200;

	private final Alerts alerts;

	private final AlertRules rules;

	private final AlertSender sender;

	private final AlertSettings settings;

	private final JdbcTemplate jdbc;

	private final JdbcTemplate batch;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	AlertQueue(Alerts alerts, AlertRules rules, AlertSender sender, AlertSettings settings, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this.alerts = alerts;
		this.rules = rules;
		this.sender = sender;
		this.settings = settings;
		this.jdbc = jdbc;
		this.batch = new JdbcTemplate(jdbc.getDataSource());
		this.batch.setMaxRows(BATCH);
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * Queues the alerts of a match in the caller's transaction, which must be the one storing the match; a topic
	 * without alert rules queues nothing (one cached look-up).
	 */
	public void queue(TopicMatchNotice notice) {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			throw new IllegalStateException("A match's alerts are queued in the transaction that stores the match");
		}
		if (rules.alerting(notice.topicId()).rules().isEmpty()) {
			return;
		}
		jdbc.update("insert into monitor_alert_queue (topic_id, item_id, title, url, outlet, highlights, matched_at,"
				+ " next_attempt_at) select ?, ?, ?, ?, ?, ?, ?, ? where not exists"
				+ " (select 1 from monitor_alert_queue where topic_id = ? and item_id = ?)", notice.topicId(),
				notice.itemId(), AlertMessages.cut(notice.itemTitle(), 1000), AlertMessages.cut(notice.itemUrl(), 2000),
				AlertMessages.cut(notice.outlet(), 200), AlertMessages.cut(String.join("\n", notice.highlights()), 8000),
				AlertMessages.utc(notice.matchedAt()), AlertMessages.utc(notice.matchedAt()), notice.topicId(),
				notice.itemId());
	}

	private record Queued(long id, int attempts, TopicMatchNotice notice) {
	}

	@EventListener(ApplicationReadyEvent.class)
	void drainAtStartUp() {
		drain();
	}

	@Scheduled(fixedDelayString = "${tuyengiao.monitor.alerts.poll-interval:30s}",
			initialDelayString = "${tuyengiao.monitor.alerts.poll-interval:30s}")
	void poll() {
		drain();
	}

	/**
	 * Records the alerts of every queued match that is due and wakes the sender when messages wait for it; one
	 * round at a time in this process.
	 *
	 * @return how many queued matches were recorded
	 */
	public synchronized int drain() {
		Instant now = clock.instant();
		int recorded = 0;
		boolean waiting = false;
		long after = 0;
		while (true) {
			List<Queued> due = batch.query("select id, attempts, topic_id, item_id, title, url, outlet, highlights, matched_at"
					+ " from monitor_alert_queue where next_attempt_at <= ? and id > ? order by id", (rs, n) -> {
						String highlights = rs.getString(8);
						return new Queued(rs.getLong(1), rs.getInt(2), new TopicMatchNotice(rs.getLong(3), rs.getLong(4),
								rs.getString(5), rs.getString(6), rs.getString(7),
								highlights.isEmpty() ? List.of() : List.of(highlights.split("\n")),
								rs.getTimestamp(9).toInstant()));
					}, AlertMessages.utc(now), after);
			if (due.isEmpty()) {
				break;
			}
			after = due.get(due.size() - 1).id();
			try {
				waiting |= record(due);
				recorded += due.size();
				continue;
			}
			catch (RuntimeException ex) {
				if (due.size() == 1) {
					postpone(due.get(0), ex, now);
					continue;
				}
				log.debug("Recording the alerts of {} queued matches failed; recording them one by one", due.size(), ex);
			}
			for (Queued one : due) {
				try {
					waiting |= record(List.of(one));
					recorded++;
				}
				catch (RuntimeException ex) {
					postpone(one, ex, now);
				}
			}
		}
		if (waiting) {
			sender.wake();
		}
		return recorded;
	}

	/** Records the alerts of queued matches and removes them, both or neither. */
	private boolean record(List<Queued> queued) {
		Boolean waiting = transaction.execute(status -> {
			boolean messages = alerts.record(queued.stream().map(Queued::notice).toList());
			jdbc.batchUpdate("delete from monitor_alert_queue where id = ?",
					queued.stream().map(q -> new Object[] { q.id() }).toList());
			return messages;
		});
		return Boolean.TRUE.equals(waiting);
	}

	private void postpone(Queued queued, RuntimeException failure, Instant now) {
		int attempt = queued.attempts() + 1;
		List<Duration> delays = settings.retryDelays();
		Duration delay = delays.isEmpty() ? Duration.ofMinutes(1) : delays.get(Math.min(attempt, delays.size()) - 1);
		log.warn("Alerts of topic {} for item {} not recorded (attempt {}); trying again in {}", queued.notice().topicId(),
				queued.notice().itemId(), attempt, delay, failure);
		jdbc.update("update monitor_alert_queue set attempts = ?, next_attempt_at = ?, last_error = ? where id = ?", attempt,
				AlertMessages.utc(now.plus(delay)), AlertMessages.cut(failure.getClass().getSimpleName() + ": "
						+ failure.getMessage(), 500), queued.id());
	}

}
