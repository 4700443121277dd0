package vn.tuyengiao.topics.internal.alert;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;

/**
 * The in-app alerts a user was sent, with their items and marked passages, for the alerts page. Whether one was
 * read is the notice centre's to know: each is posted there too, and read there.
 */
@Service
class InAppAlerts {

	static final int MAX_LISTED = 200;

	private final JdbcTemplate jdbc;

	InAppAlerts(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * An in-app alert as its recipient sees it.
	 *
	 * @param kind {@code immediate}, {@code digest} or {@code spike}
	 * @param count the items told about; for a spike, the matches of its hour
	 * @param items each with itemId, title, url, outlet, highlights and matchedAt
	 */
	record InAppAlert(long id, long topicId, String topicName, String kind, String subject, int count, JsonNode items,
			Instant createdAt) {
	}

	/** The user's in-app alerts, newest first. */
	@Transactional(readOnly = true)
	List<InAppAlert> of(String username, int limit) {
		JdbcTemplate limited = new JdbcTemplate(jdbc.getDataSource());
		limited.setMaxRows(Math.max(1, Math.min(limit, MAX_LISTED)));
		return limited.query("select id, topic_id, kind, subject, item_count, body, created_at from monitor_alert_message"
				+ " where channel = 'IN_APP' and recipient = ? order by created_at desc, id desc", (rs, n) -> {
					JsonNode body = AlertMessages.JSON.readTree(rs.getString("body"));
					return new InAppAlert(rs.getLong("id"), rs.getLong("topic_id"), body.path("topic").path("name").asString(),
							rs.getString("kind"), rs.getString("subject"), rs.getInt("item_count"), body.path("items"),
							rs.getObject("created_at", OffsetDateTime.class).toInstant());
				}, username);
	}

}
