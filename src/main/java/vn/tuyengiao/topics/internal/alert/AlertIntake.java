package vn.tuyengiao.topics.internal.alert;

import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.topics.TopicMatched;

/**
 * Records the alerts of every stored match ({@link Alerts}): in-app notices at once, e-mails and webhooks for
 * the sender, digest items for their hour. Through the event publication registry: a match stored before a
 * crash is alerted after the restart, and a failure is tried again; recording one match twice alerts nobody twice.
 */
@Component
class AlertIntake {

	private final Alerts alerts;

	private final AlertSender sender;

	private final Items items;

	private final JdbcTemplate jdbc;

	AlertIntake(Alerts alerts, AlertSender sender, Items items, JdbcTemplate jdbc) {
		this.alerts = alerts;
		this.sender = sender;
		this.items = items;
		this.jdbc = jdbc;
	}

	@ApplicationModuleListener
	void on(TopicMatched matched) {
		Items.Content item = items.content(matched.itemId()).orElse(null);
		if (item == null) {
			return;
		}
		String highlights = jdbc.query("select highlights from monitor_topic_match where topic_id = ? and item_id = ?",
				(rs, n) -> rs.getString(1), matched.topicId(), matched.itemId()).stream().findFirst().orElse("");
		TopicMatchNotice notice = new TopicMatchNotice(matched.topicId(), item.id(), item.title(), item.url(),
				item.outlet(), highlights == null || highlights.isEmpty() ? List.of() : List.of(highlights.split("\n")),
				matched.matchedAt());
		if (alerts.record(List.of(notice))) {
			// the sender reads what this transaction wrote
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					sender.wake();
				}
			});
		}
	}

}
