/**
 * Alerts of saved topics (cảnh báo theo chủ đề theo dõi): the matcher calls
 * {@link vn.tuyengiao.topics.internal.alert.Alerts#matched} with a
 * {@link vn.tuyengiao.topics.internal.alert.TopicMatchNotice} once a match is committed; everything else here
 * is package-private.
 * <p>
 * Contract: each topic has a versioned set of rules (immediate or hourly or daily digest, an optional spike
 * threshold per clock hour, channels in-app, e-mail and webhook); a recipient is told about an item at most
 * once per channel, whichever rules name them and across restarts; an in-app alert is posted to the notice
 * centre in the transaction that records it (key {@code alert-message:<id>}, so it is told once) and read there,
 * its items listed at {@code /monitor/alerts}; webhooks are delivered at least once with retries and end as sent
 * or failed; e-mails are handed to the platform's mail sender (sent once queued; failed when SMTP is not
 * configured, or the recipient has no address or no longer reads the topic's unit). Webhooks are signed with
 * HMAC-SHA256 of the exact body and never reach internal addresses outside
 * {@code tuyengiao.monitor.fetch.allow-hosts}.
 */
package vn.tuyengiao.topics.internal.alert;
