package vn.tuyengiao.topics.internal.alert;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import vn.tuyengiao.topics.internal.alert.AlertRules.RuleChange;
import vn.tuyengiao.topics.internal.alert.AlertRules.RuleSetChange;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * Test data for alerts, written with plain SQL as the topic module will write it: a saved topic of the
 * province, items of a test source, the notices the matcher sends, and rules set through the service.
 */
final class AlertFixtures {

	static final String SECRET = "bi-mat-cua-webhook-thu-nghiem";

	private static final AtomicLong SEQUENCE = new AtomicLong(System.nanoTime() % 1_000_000);

	private final JdbcTemplate jdbc;

	private final OrgUnits units;

	private final AlertRules rules;

	private Long sourceId;

	AlertFixtures(JdbcTemplate jdbc, OrgUnits units, AlertRules rules) {
		this.jdbc = jdbc;
		this.units = units;
		this.rules = rules;
	}

	long province() {
		return unit("Tỉnh ủy Bắc Kạn");
	}

	long unit(String nameContains) {
		return units.all().stream().filter(u -> u.name().contains(nameContains)).map(OrgUnit::id).findFirst().orElseThrow();
	}

	/** A saved topic of the province. */
	long topic(String name) {
		return insert("insert into monitor_topic (name, query, owner_unit_id, created_by, created_at) values (?, ?, ?, ?, ?)",
				name + " " + SEQUENCE.incrementAndGet(), "\"đền bù\" AND \"Chợ Mới\"", province(), "chuyenvien", now());
	}

	/** An item of the test source, as ingestion stores it. */
	long item(String title) {
		if (sourceId == null) {
			sourceId = insert("insert into monitor_source (name, outlet, type, kind, url, language, interval_minutes,"
					+ " owner_unit_id, active, created_at) values (?, 'Báo thử', 'RSS', 'PRESS', ?, 'vi', 60, ?, true, ?)",
					"Nguồn cảnh báo " + SEQUENCE.incrementAndGet(), "https://bao.example/rss-" + SEQUENCE.get(), province(), now());
		}
		long n = SEQUENCE.incrementAndGet();
		return insert("insert into monitor_item (url_key, url, source_id, outlet, kind, title, first_seen_at, updated_at,"
				+ " language, body, content_hash) values (?, ?, ?, 'Báo thử', 'PRESS', ?, ?, ?, 'vi', ?, ?)",
				"key-" + n, "https://bao.example/bai/" + n, sourceId, title, now(), now(), title + ". Nội dung bài.", "hash-" + n);
	}

	/** What the matcher tells alerts about a match of this item. */
	TopicMatchNotice notice(long topicId, long itemId, Instant matchedAt) {
		String title = jdbc.queryForObject("select title from monitor_item where id = ?", String.class, itemId);
		String url = jdbc.queryForObject("select url from monitor_item where id = ?", String.class, itemId);
		return new TopicMatchNotice(topicId, itemId, title, url, "Báo thử",
				List.of("Người dân <mark>Chợ Mới</mark> hỏi về <mark>đền bù</mark>"), matchedAt);
	}

	static RuleChange rule(String mode, Integer spike, List<String> channels, List<String> recipients, String webhookUrl) {
		return new RuleChange(null, mode, spike, channels, recipients, webhookUrl, webhookUrl == null ? null : SECRET);
	}

	void setRules(long topicId, RuleChange... changes) {
		AlertRules.Topic topic = rules.topic(topicId).orElseThrow();
		rules.replace(topic, new RuleSetChange(rules.version(topicId), List.of(changes)));
	}

	private static OffsetDateTime now() {
		return OffsetDateTime.now(ZoneOffset.UTC);
	}

	private long insert(String sql, Object... values) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			return statement;
		}, key);
		return key.getKey().longValue();
	}

}
