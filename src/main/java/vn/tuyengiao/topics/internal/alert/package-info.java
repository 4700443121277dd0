/**
 * Alerts of saved topics (cảnh báo theo chủ đề theo dõi): the matcher calls
 * {@link vn.tuyengiao.topics.internal.alert.Alerts#matched} with a
 * {@link vn.tuyengiao.topics.internal.alert.TopicMatchNotice} once a match is committed; everything else here
 * is package-private.
 * <p>
 * Contract: each topic has a versioned set of rules (immediate or hourly or daily digest, an optional spike
 * threshold per clock hour, channels in-app, e-mail and webhook); a recipient is told about an item at most
 * once per channel, whichever rules name them and across restarts; in-app notifications exist as soon as
 * the match is recorded, e-mails and webhooks are delivered at least once with retries and end as sent or
 * failed. Webhooks are signed with HMAC-SHA256 of the exact body and never reach internal addresses
 * outside {@code tuyengiao.monitor.fetch.allow-hosts}.
 */
package vn.tuyengiao.topics.internal.alert;
