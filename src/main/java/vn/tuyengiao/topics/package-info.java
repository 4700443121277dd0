/**
 * Saved topics (chủ đề theo dõi) and their alerts: a query in a Lucene-like language read the Vietnamese way
 * ({@code TopicQueryParser}), owned by a unit, tried on the last 30 days before it is saved; every analysed item is
 * matched against all active topics at once through an anchor map ({@code TopicMatcher}, {@code TopicCheck});
 * each match keeps its marked passages; alerts go in-app, by e-mail and by signed webhook, at once or as hourly
 * and daily digests, with spikes ({@code internal.alert}). Topics read the item index through
 * {@link vn.tuyengiao.monitor.ItemIndex}, so a topic finds what search finds.
 * <p>
 * Hand-offs, both {@code @ApplicationModuleListener}s on the event publication registry: {@code ItemAnalysed} →
 * {@code TopicMatching} stores the new matches and publishes {@link vn.tuyengiao.topics.TopicMatched} in the same
 * transaction → {@code AlertIntake} records the alerts. Nobody is alerted twice about an item: each topic, channel,
 * recipient and item is claimed once. An in-app alert is posted to the notice centre ({@link vn.tuyengiao.notices})
 * in the same transaction, once per alert message, and read there; {@code /monitor/alerts} lists the user's alerts
 * with their items. Webhooks are sent at least once with retries by {@code AlertSender} (its own outbox,
 * {@code monitor_alert_message}, because calls to outside systems are retried on their own schedule); e-mails pass
 * through the same outbox to the platform's one mail sender ({@link vn.tuyengiao.notices.Mail}), which retries them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chủ đề theo dõi và cảnh báo (topics)",
		allowedDependencies = { "access", "analysis", "audit", "monitor", "notices", "platform", "text" })
package vn.tuyengiao.topics;
