package vn.tuyengiao.topics.internal.alert;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.notices.Notices;
import vn.tuyengiao.notices.Notices.NewNotice;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.topics.internal.alert.AlertRule.Target;
import vn.tuyengiao.topics.internal.alert.AlertRules.Topic;

/**
 * Writes the messages of alerts: for the app and for webhooks a JSON document (topic, kind, items with
 * title, URL and highlights, the count and hour of a spike, sentAt); for e-mail a plain Vietnamese text.
 * The body is stored as it will be sent, so every attempt of a webhook carries the same bytes.
 */
@Component
class AlertMessages {

	static final String IMMEDIATE = "immediate";

	static final String DIGEST = "digest";

	static final String SPIKE = "spike";

	/** Highlights are cut to this length in a message: enough to see why, not the whole article. */
	static final int HIGHLIGHT_CHARS = 1000;

	/** How many item titles an in-app notice names; the alerts page lists them all. */
	static final int NOTICE_TITLES = 3;

	/** Where an in-app notice leads: the alerts with their items and marked passages. */
	static final String ALERTS_PAGE = "/monitor/alerts";

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcTemplate jdbc;

	private final MessageSource messages;

	private final Notices notices;

	AlertMessages(JdbcTemplate jdbc, MessageSource messages, Notices notices) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.notices = notices;
	}

	/** The spike of a clock hour: how many items matched in it. */
	record Spike(int count, Instant from) {
	}

	/**
	 * Writes one message and returns its id. An in-app alert is delivered by being written: it is posted to the
	 * notice centre in the caller's transaction, keyed by the message, so its recipient is told once. E-mails and
	 * webhooks wait for the sender, due at once.
	 */
	long create(Topic topic, AlertRule rule, Target target, String kind, List<MatchedItem> items, Spike spike, Instant now) {
		String subject = subject(topic, kind, items, spike);
		String body = target.channel() == AlertChannel.EMAIL ? mailText(topic, subject, items, spike)
				: new String(json(topic, kind, items, spike, now), StandardCharsets.UTF_8);
		boolean delivered = target.channel() == AlertChannel.IN_APP;
		OffsetDateTime at = utc(now);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var statement = connection.prepareStatement("insert into monitor_alert_message (topic_id, rule_id, channel, recipient,"
					+ " kind, subject, body, item_count, status, attempts, next_attempt_at, created_at, sent_at)"
					+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)", new String[] { "id" });
			statement.setLong(1, topic.id());
			statement.setLong(2, rule.id());
			statement.setString(3, target.channel().name());
			statement.setString(4, target.recipient());
			statement.setString(5, kind);
			statement.setString(6, cut(subject, 500));
			statement.setString(7, body);
			statement.setInt(8, spike != null ? spike.count() : items.size());
			statement.setString(9, delivered ? "SENT" : "PENDING");
			statement.setObject(10, delivered ? null : at);
			statement.setObject(11, at);
			statement.setObject(12, delivered ? at : null);
			return statement;
		}, key);
		long id = key.getKey().longValue();
		if (delivered) {
			notices.post(target.recipient(), new NewNotice("topics", kind, subject,
					titles(items, spike != null ? spike.count() : items.size()), ALERTS_PAGE,
					topic.ownerUnitId()).once("alert-message:" + id));
		}
		return id;
	}

	/** The first few item titles, one a line, and how many more of the {@code total} there are. */
	private String titles(List<MatchedItem> items, int total) {
		StringBuilder text = new StringBuilder();
		items.stream().limit(NOTICE_TITLES).forEach(item -> text.append("- ").append(item.title()).append('\n'));
		int shown = Math.min(items.size(), NOTICE_TITLES);
		if (total > shown) {
			text.append(text("monitor.alert.notice.more", total - shown));
		}
		return text.toString().strip();
	}

	String subject(Topic topic, String kind, List<MatchedItem> items, Spike spike) {
		return switch (kind) {
			case SPIKE -> text("monitor.alert.subject.spike", topic.name(), spike.count(), hour(spike.from()));
			case DIGEST -> text("monitor.alert.subject.digest", topic.name(), items.size());
			default -> text("monitor.alert.subject.immediate", topic.name(), items.isEmpty() ? "" : items.get(0).title());
		};
	}

	static String hour(Instant instant) {
		return HOUR.format(instant.atZone(VietnamTime.ZONE));
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, VIETNAMESE);
	}

	private String mailText(Topic topic, String subject, List<MatchedItem> items, Spike spike) {
		StringBuilder text = new StringBuilder(subject).append("\n\n");
		for (MatchedItem item : items) {
			text.append("- ").append(item.title());
			if (!item.outlet().isBlank()) {
				text.append(" (").append(item.outlet()).append(')');
			}
			text.append("\n  ").append(item.url()).append('\n');
			for (String highlight : item.highlights()) {
				// plain text: the marked terms as *term*
				text.append("  > ")
					.append(cut(highlight, HIGHLIGHT_CHARS).replace("<mark>", "*").replace("</mark>", "*").replace('\n', ' '))
					.append('\n');
			}
		}
		return text.append('\n').append(text("monitor.alert.mail.footer", topic.name())).toString();
	}

	static byte[] json(Topic topic, String kind, List<MatchedItem> items, Spike spike, Instant now) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("topic", Map.of("id", topic.id(), "name", topic.name()));
		body.put("kind", kind);
		if (spike != null) {
			body.put("count", spike.count());
			body.put("window", Map.of("from", spike.from().toString(), "to", spike.from().plusSeconds(3600).toString()));
		}
		body.put("items", items.stream().map(item -> {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("itemId", item.itemId());
			entry.put("title", item.title());
			entry.put("url", item.url());
			entry.put("outlet", item.outlet());
			entry.put("highlights", item.highlights().stream().map(h -> cut(h, HIGHLIGHT_CHARS)).toList());
			entry.put("matchedAt", item.matchedAt().toString());
			return entry;
		}).toList());
		body.put("sentAt", now.toString());
		return JSON.writeValueAsBytes(body);
	}

	static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length - 1) + "…";
	}

	static OffsetDateTime utc(Instant instant) {
		return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
	}

}
