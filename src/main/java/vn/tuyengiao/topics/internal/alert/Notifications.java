package vn.tuyengiao.topics.internal.alert;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.NotFound;

/** The in-app notifications (thông báo) of alerts: each user reads their own and marks them read. */
@Service
class Notifications {

	static final int MAX_LISTED = 200;

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final Clock clock = Clock.systemUTC();

	Notifications(JdbcTemplate jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * A notification as its recipient sees it.
	 *
	 * @param kind {@code immediate}, {@code digest} or {@code spike}
	 * @param count the items told about; for a spike, the matches of its hour
	 * @param items each with itemId, title, url, outlet, highlights and matchedAt
	 */
	record Notification(long id, long topicId, String topicName, String kind, String subject, int count, JsonNode items,
			Instant createdAt, boolean read) {
	}

	/** Unread notifications of one topic for the dashboard. */
	record Unread(long topicId, String topicName, int count, boolean spike) {
	}

	@Transactional(readOnly = true)
	List<Notification> of(String username, boolean unreadOnly, int limit) {
		JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
		limited.setMaxRows(Math.max(1, Math.min(limit, MAX_LISTED)));
		return limited.query("select id, topic_id, kind, subject, item_count, body, created_at, read_at from monitor_alert_message"
				+ " where channel = 'IN_APP' and recipient = ?" + (unreadOnly ? " and read_at is null" : "")
				+ " order by created_at desc, id desc", (rs, n) -> {
					JsonNode body = AlertMessages.JSON.readTree(rs.getString("body"));
					return new Notification(rs.getLong("id"), rs.getLong("topic_id"), body.path("topic").path("name").asString(),
							rs.getString("kind"), rs.getString("subject"), rs.getInt("item_count"), body.path("items"),
							rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("read_at") != null);
				}, username);
	}

	@Transactional(readOnly = true)
	List<Unread> unread(String username) {
		return jdbc.query("select topic_id, count(*), sum(case when kind = 'spike' then 1 else 0 end), max(id)"
				+ " from monitor_alert_message where channel = 'IN_APP' and recipient = ? and read_at is null"
				+ " group by topic_id order by max(id) desc", (rs, n) -> new Unread(rs.getLong(1), topicName(rs.getLong(4)),
						rs.getInt(2), rs.getInt(3) > 0), username);
	}

	private String topicName(long messageId) {
		String body = jdbc.queryForObject("select body from monitor_alert_message where id = ?", String.class, messageId);
		return AlertMessages.JSON.readTree(body).path("topic").path("name").asString();
	}

	/**
	 * Marks the user's notification read (again is harmless).
	 *
	 * @throws NotFound when it is not theirs
	 */
	@Transactional
	void markRead(long id, String username) {
		List<Long> topics = jdbc.query("select topic_id from monitor_alert_message where id = ? and channel = 'IN_APP'"
				+ " and recipient = ?", (rs, n) -> rs.getLong(1), id, username);
		if (topics.isEmpty()) {
			throw new NotFound("monitor.alert.notification-not-found", id);
		}
		int changed = jdbc.update("update monitor_alert_message set read_at = ? where id = ? and read_at is null",
				AlertMessages.utc(clock.instant()), id);
		if (changed == 1) {
			audit.record(AuditAction.UPDATE, "monitor-notification:" + id, null,
					"Đánh dấu đã đọc thông báo cảnh báo số " + id + " của chủ đề số " + topics.get(0));
		}
	}

}
