package vn.tuyengiao.topics.internal.alert;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.topics.internal.alert.AlertRule.Target;
import vn.tuyengiao.topics.internal.alert.AlertRules.Topic;

/**
 * Digests (tin tổng hợp): every hour, and every day at 07:00 Vietnam time, each digest rule sends one
 * message per channel and recipient listing the items it claimed and has not yet sent. The hourly round
 * also sends what a rule claimed as a digest before it was switched to immediate.
 */
@Component
class AlertDigests {

	private final AlertRules rules;

	private final AlertMessages messages;

	private final AlertSender sender;

	private final AlertSettings settings;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	AlertDigests(AlertRules rules, AlertMessages messages, AlertSender sender, AlertSettings settings, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this.rules = rules;
		this.messages = messages;
		this.sender = sender;
		this.settings = settings;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
	}

	@Scheduled(cron = "${tuyengiao.monitor.alerts.hourly-cron:0 0 * * * *}", zone = VietnamTime.ZONE_NAME)
	void hourly() {
		send(AlertMode.HOURLY, clock.instant());
		send(AlertMode.IMMEDIATE, clock.instant());
	}

	@Scheduled(cron = "${tuyengiao.monitor.alerts.daily-cron:0 0 7 * * *}", zone = VietnamTime.ZONE_NAME)
	void daily() {
		send(AlertMode.DAILY, clock.instant());
	}

	/**
	 * Writes the digests of every rule of this mode with the items claimed up to {@code now}, each rule in a
	 * transaction of its own, and wakes the sender.
	 *
	 * @return how many messages were written
	 */
	synchronized int send(AlertMode mode, Instant now) {
		int written = 0;
		for (AlertRule rule : rules.withMode(mode)) {
			try {
				Integer count = transaction.execute(status -> digest(rule, now));
				written += count == null ? 0 : count;
			}
			catch (IllegalStateException ex) {
				// written by another node: nothing is lost, its items are in that digest
			}
		}
		if (written > 0) {
			sender.wake();
		}
		return written;
	}

	private record Pending(long deliveryId, Target target, MatchedItem item) {
	}

	private int digest(AlertRule rule, Instant now) {
		List<Pending> pending = jdbc.query("select d.id, d.channel, d.recipient, m.item_id, m.title, m.url, m.outlet,"
				+ " m.highlights, m.matched_at from monitor_alert_delivery d join monitor_alert_match m"
				+ " on m.topic_id = d.topic_id and m.item_id = d.item_id where d.rule_id = ? and d.message_id is null"
				+ " and d.created_at <= ? order by d.channel, d.recipient, m.matched_at, m.item_id",
				(rs, n) -> new Pending(rs.getLong(1), new Target(AlertChannel.valueOf(rs.getString(2)), rs.getString(3)),
						readItem(rs, 4)), rule.id(), AlertMessages.utc(now));
		if (pending.isEmpty()) {
			return 0;
		}
		Optional<Topic> topic = rules.topic(rule.topicId());
		if (topic.isEmpty()) {
			return 0;
		}
		Map<Target, List<Pending>> byTarget = new LinkedHashMap<>();
		pending.forEach(p -> byTarget.computeIfAbsent(p.target(), t -> new ArrayList<>()).add(p));
		int written = 0;
		for (Map.Entry<Target, List<Pending>> entry : byTarget.entrySet()) {
			List<Pending> all = entry.getValue();
			for (int from = 0; from < all.size(); from += settings.maxItemsPerMessage()) {
				List<Pending> part = all.subList(from, Math.min(all.size(), from + settings.maxItemsPerMessage()));
				long message = messages.create(topic.get(), rule, entry.getKey(), AlertMessages.DIGEST,
						part.stream().map(Pending::item).toList(), null, now);
				for (Pending p : part) {
					if (jdbc.update("update monitor_alert_delivery set message_id = ? where id = ? and message_id is null",
							message, p.deliveryId()) == 0) {
						// another node wrote this digest meanwhile: undo this one rather than tell twice
						throw new IllegalStateException("digest of rule " + rule.id() + " written concurrently");
					}
				}
				written++;
			}
		}
		return written;
	}

	static MatchedItem matchedItem(ResultSet rs, int row) throws SQLException {
		return readItem(rs, 1);
	}

	/** An item from the columns item_id, title, url, outlet, highlights, matched_at starting at {@code first}. */
	static MatchedItem readItem(ResultSet rs, int first) throws SQLException {
		String highlights = rs.getString(first + 4);
		return new MatchedItem(rs.getLong(first), rs.getString(first + 1), rs.getString(first + 2), rs.getString(first + 3),
				highlights == null || highlights.isEmpty() ? List.of() : List.of(highlights.split("\n")),
				rs.getObject(first + 5, java.time.OffsetDateTime.class).toInstant());
	}

}
