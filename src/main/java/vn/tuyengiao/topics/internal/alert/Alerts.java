package vn.tuyengiao.topics.internal.alert;

import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.topics.internal.alert.AlertRule.Target;
import vn.tuyengiao.topics.internal.alert.AlertRules.TopicAlerting;

/**
 * Alerts of saved topics (cảnh báo theo chủ đề): every stored match reaches {@link AlertIntake} through the event
 * publication registry and its alerts are recorded here; {@link #matched} records at once, in one short
 * transaction of its own. E-mails and webhooks go out asynchronously ({@code AlertSender}), digests
 * at their hour ({@code AlertDigests}).
 * Nobody is told twice about an item: each topic, channel, recipient and item is claimed once in
 * {@code monitor_alert_delivery}, by an immediate rule before a digest, and stays claimed across restarts.
 */
@Component
public class Alerts {

	/** How many of a spike hour's items its alert lists; the count covers them all. */
	static final int SPIKE_ITEMS = 20;

	private final AlertRules rules;

	private final AlertMessages messages;

	private final AlertSender sender;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	Alerts(AlertRules rules, AlertMessages messages, AlertSender sender, JdbcTemplate jdbc,
			PlatformTransactionManager transactions) {
		this.rules = rules;
		this.messages = messages;
		this.sender = sender;
		this.jdbc = jdbc;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	/**
	 * A topic matched an item and the match is committed: records the alerts due (in-app notifications at
	 * once, immediate e-mails and webhooks queued, digest items kept for their hour, a spike alert when the
	 * hour's count passes a rule's threshold) and returns without waiting for any delivery. Telling it the
	 * same match again changes nothing. A topic without rules costs one cached look-up.
	 */
	public void matched(TopicMatchNotice notice) {
		matched(List.of(notice));
	}

	/**
	 * Several committed matches at once (a batch of items), recorded in one transaction: the way to tell
	 * many, as it costs one commit instead of one per match. Otherwise as {@link #matched(TopicMatchNotice)}.
	 */
	public void matched(java.util.Collection<TopicMatchNotice> notices) {
		Boolean queued;
		try {
			queued = transaction.execute(status -> record(notices));
		}
		catch (DuplicateKeyException raced) {
			// the same match told twice at the same moment: the other one won, this pass finds it claimed
			queued = transaction.execute(status -> record(notices));
		}
		if (Boolean.TRUE.equals(queued)) {
			sender.wake();
		}
	}

	/**
	 * Records the alerts of matches in the caller's transaction ({@link AlertIntake}'s); true when messages wait
	 * for the sender.
	 */
	boolean record(java.util.Collection<TopicMatchNotice> notices) {
		java.util.Map<Long, TopicAlerting> topics = new java.util.HashMap<>();
		Set<List<Long>> seen = new HashSet<>();
		boolean queued = false;
		for (TopicMatchNotice notice : notices) {
			TopicAlerting alerting = topics.computeIfAbsent(notice.topicId(), rules::alerting);
			if (!alerting.rules().isEmpty() && seen.add(List.of(notice.topicId(), notice.itemId()))) {
				queued |= record(alerting, notice);
			}
		}
		return queued;
	}

	private boolean record(TopicAlerting alerting, TopicMatchNotice notice) {
		Instant now = clock.instant();
		MatchedItem item = MatchedItem.of(notice);
		boolean fresh = remember(notice);
		boolean queued = false;
		// several rules may name the same recipient: the first (immediate before digest) claims, the rest are
		// skipped here rather than by asking the database the same question twice in one transaction
		Set<Target> claimed = new HashSet<>();
		for (AlertRule rule : alerting.rules()) {
			for (Target target : rule.targets()) {
				String subject = "item:" + notice.itemId();
				if (claimed.add(target) && claim(rule, target, subject, notice.itemId(), now)
						&& rule.mode() == AlertMode.IMMEDIATE) {
					long message = messages.create(alerting.topic(), rule, target, AlertMessages.IMMEDIATE, List.of(item), null, now);
					link(rule, target, subject, message);
					queued |= target.channel() != AlertChannel.IN_APP;
				}
			}
		}
		if (fresh) {
			queued |= spikes(alerting, notice, now);
		}
		return queued;
	}

	private boolean spikes(TopicAlerting alerting, TopicMatchNotice notice, Instant now) {
		Instant from = notice.matchedAt().truncatedTo(ChronoUnit.HOURS);
		Integer count = null;
		boolean queued = false;
		Set<Target> claimed = new HashSet<>();
		for (AlertRule rule : alerting.rules()) {
			if (rule.spikeThreshold() == null) {
				continue;
			}
			if (count == null) {
				count = jdbc.queryForObject("select count(*) from monitor_alert_match where topic_id = ? and matched_at >= ?"
						+ " and matched_at < ?", Integer.class, notice.topicId(), AlertMessages.utc(from),
						AlertMessages.utc(from.plus(1, ChronoUnit.HOURS)));
			}
			if (count <= rule.spikeThreshold()) {
				continue;
			}
			String subject = "spike:" + from;
			for (Target target : rule.targets()) {
				if (claimed.add(target) && claim(rule, target, subject, null, now)) {
					List<MatchedItem> items = hourItems(notice.topicId(), from);
					long message = messages.create(alerting.topic(), rule, target, AlertMessages.SPIKE, items,
							new AlertMessages.Spike(count, from), now);
					link(rule, target, subject, message);
					queued |= target.channel() != AlertChannel.IN_APP;
				}
			}
		}
		return queued;
	}

	private List<MatchedItem> hourItems(long topicId, Instant from) {
		JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
		limited.setMaxRows(SPIKE_ITEMS);
		return limited.query("select item_id, title, url, outlet, highlights, matched_at from monitor_alert_match"
				+ " where topic_id = ? and matched_at >= ? and matched_at < ? order by matched_at desc, item_id desc",
				AlertDigests::matchedItem, topicId, AlertMessages.utc(from), AlertMessages.utc(from.plus(1, ChronoUnit.HOURS)));
	}

	/** Keeps what alerts need to say about the item; false when this match was already told. */
	private boolean remember(TopicMatchNotice notice) {
		return jdbc.update("insert into monitor_alert_match (topic_id, item_id, title, url, outlet, highlights, matched_at)"
				+ " select ?, ?, ?, ?, ?, ?, ? where not exists"
				+ " (select 1 from monitor_alert_match where topic_id = ? and item_id = ?)", notice.topicId(), notice.itemId(),
				AlertMessages.cut(notice.itemTitle(), 1000), AlertMessages.cut(notice.itemUrl(), 2000),
				AlertMessages.cut(notice.outlet(), 200), AlertMessages.cut(String.join("\n", notice.highlights()), 8000),
				AlertMessages.utc(notice.matchedAt()), notice.topicId(), notice.itemId()) == 1;
	}

	/** Claims a subject for a recipient on a channel of the topic; false when it was claimed before. */
	private boolean claim(AlertRule rule, Target target, String subject, Long itemId, Instant now) {
		return jdbc.update("insert into monitor_alert_delivery (topic_id, channel, recipient, subject, item_id, rule_id, created_at)"
				+ " select ?, ?, ?, ?, ?, ?, ? where not exists (select 1 from monitor_alert_delivery"
				+ " where topic_id = ? and channel = ? and recipient = ? and subject = ?)", rule.topicId(),
				target.channel().name(), target.recipient(), subject,
				new SqlParameterValue(Types.BIGINT, itemId), rule.id(), AlertMessages.utc(now), rule.topicId(),
				target.channel().name(), target.recipient(), subject) == 1;
	}

	private void link(AlertRule rule, Target target, String subject, long message) {
		jdbc.update("update monitor_alert_delivery set message_id = ? where topic_id = ? and channel = ? and recipient = ?"
				+ " and subject = ?", message, rule.topicId(), target.channel().name(), target.recipient(), subject);
	}

}
