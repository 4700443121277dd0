package vn.tuyengiao.topics.internal.alert;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.monitor.FetchFailed;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.DomainProblem.FieldProblem;
import vn.tuyengiao.platform.InvalidInput;

/**
 * The alert rules of each topic: read (cached briefly for the matcher, which asks for every match),
 * validated and replaced as one versioned set, every change audited.
 */
@Service
class AlertRules {

	static final int MAX_RULES = 10;

	static final int MAX_RECIPIENTS = 50;

	static final int MAX_SPIKE = 100_000;

	/** Long enough to spare the database a read per match, short enough that another node sees a change soon. */
	static final Duration CACHE_TIME = Duration.ofSeconds(30);

	private final JdbcTemplate jdbc;

	private final AuditLog audit;

	private final UserDetailsService users;

	private final WebhookClient webhooks;

	private final Clock clock = Clock.systemUTC();

	private final Map<Long, TopicAlerting> cache = new ConcurrentHashMap<>();

	AlertRules(JdbcTemplate jdbc, AuditLog audit, UserDetailsService users, WebhookClient webhooks) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.users = users;
		this.webhooks = webhooks;
	}

	/** A saved topic (chủ đề theo dõi) as alerts need it. */
	record Topic(long id, String name, long ownerUnitId) {
	}

	/** A topic and its rules, immediate ones first (they claim an item before a digest does). */
	record TopicAlerting(Topic topic, List<AlertRule> rules, Instant loadedAt) {
	}

	Optional<Topic> topic(long id) {
		return jdbc.query("select id, name, owner_unit_id from monitor_topic where id = ?",
				(rs, n) -> new Topic(rs.getLong(1), rs.getString(2), rs.getLong(3)), id).stream().findFirst();
	}

	/** The topic's rules, from a cache of at most {@link #CACHE_TIME}; none for an unknown topic. */
	TopicAlerting alerting(long topicId) {
		Instant now = clock.instant();
		TopicAlerting cached = cache.get(topicId);
		if (cached != null && cached.loadedAt().plus(CACHE_TIME).isAfter(now)) {
			return cached;
		}
		Optional<Topic> topic = topic(topicId);
		List<AlertRule> rules = topic.isEmpty() ? List.of()
				: load(topicId).stream()
					.sorted((a, b) -> Boolean.compare(a.mode() != AlertMode.IMMEDIATE, b.mode() != AlertMode.IMMEDIATE))
					.toList();
		TopicAlerting loaded = new TopicAlerting(topic.orElse(new Topic(topicId, "", 0)), rules, now);
		cache.put(topicId, loaded);
		return loaded;
	}

	List<AlertRule> load(long topicId) {
		return jdbc.query(SELECT_RULE + " where topic_id = ? order by position, id", this::rule, topicId);
	}

	List<AlertRule> withMode(AlertMode mode) {
		return jdbc.query(SELECT_RULE + " where mode = ? order by topic_id, position", this::rule, mode.name());
	}

	long version(long topicId) {
		return jdbc.query("select version from monitor_alert_ruleset where topic_id = ?", (rs, n) -> rs.getLong(1), topicId)
			.stream()
			.findFirst()
			.orElse(0L);
	}

	private static final String SELECT_RULE = "select id, topic_id, mode, spike_threshold, in_app, email, webhook, recipients,"
			+ " webhook_url, webhook_secret from monitor_alert_rule";

	private AlertRule rule(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Set<AlertChannel> channels = EnumSet.noneOf(AlertChannel.class);
		if (rs.getBoolean("in_app")) {
			channels.add(AlertChannel.IN_APP);
		}
		if (rs.getBoolean("email")) {
			channels.add(AlertChannel.EMAIL);
		}
		if (rs.getBoolean("webhook")) {
			channels.add(AlertChannel.WEBHOOK);
		}
		int spike = rs.getInt("spike_threshold");
		Integer threshold = rs.wasNull() ? null : spike;
		String recipients = rs.getString("recipients");
		return new AlertRule(rs.getLong("id"), rs.getLong("topic_id"), AlertMode.valueOf(rs.getString("mode")), threshold,
				channels, recipients.isBlank() ? List.of() : List.of(recipients.split("\n")), rs.getString("webhook_url"),
				rs.getString("webhook_secret"));
	}

	/** The rules as the API shows them: the webhook's secret never leaves, only whether one is set. */
	RuleSetView view(Topic topic) {
		return new RuleSetView(topic.id(), topic.name(), version(topic.id()),
				load(topic.id()).stream().map(RuleView::of).toList());
	}

	/**
	 * Replaces the topic's rules with these, if nobody changed them since {@code version} was read.
	 *
	 * @throws InvalidInput naming each field at fault
	 * @throws Conflict when the rules were changed since
	 */
	@Transactional
	RuleSetView replace(Topic topic, RuleSetChange change) {
		if (change == null || change.version() == null) {
			throw new InvalidInput("version", "monitor.alert.version-required");
		}
		List<RuleChange> requested = change.rules() == null ? List.of() : change.rules();
		Map<Long, AlertRule> existing = load(topic.id()).stream().collect(Collectors.toMap(AlertRule::id, Function.identity()));
		List<FieldProblem> problems = new ArrayList<>();
		if (requested.size() > MAX_RULES) {
			problems.add(new FieldProblem("rules", "monitor.alert.too-many-rules", MAX_RULES));
		}
		List<AlertRule> rules = new ArrayList<>();
		for (int i = 0; i < requested.size() && i < MAX_RULES; i++) {
			rules.add(validate("rules[" + i + "].", requested.get(i), topic, existing, problems));
		}
		if (!problems.isEmpty()) {
			throw new InvalidInput(problems, "monitor.alert.invalid", problems.size());
		}
		bumpVersion(topic.id(), change.version());
		Set<Long> kept = new java.util.HashSet<>();
		for (int position = 0; position < rules.size(); position++) {
			AlertRule rule = rules.get(position);
			if (rule.id() > 0) {
				kept.add(rule.id());
				jdbc.update("update monitor_alert_rule set position = ?, mode = ?, spike_threshold = ?, in_app = ?, email = ?,"
						+ " webhook = ?, recipients = ?, webhook_url = ?, webhook_secret = ? where id = ?",
						ruleValues(position, rule, rule.id()));
			}
			else {
				jdbc.update("insert into monitor_alert_rule (position, mode, spike_threshold, in_app, email, webhook, recipients,"
						+ " webhook_url, webhook_secret, topic_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
						ruleValues(position, rule, topic.id()));
			}
		}
		for (Long gone : existing.keySet()) {
			if (!kept.contains(gone)) {
				jdbc.update("delete from monitor_alert_rule where id = ?", gone);
			}
		}
		audit.record(AuditAction.UPDATE, "monitor-topic:" + topic.id(), topic.ownerUnitId(),
				"Đặt " + rules.size() + " quy tắc cảnh báo cho chủ đề «" + topic.name() + "»"
						+ (rules.isEmpty() ? "" : ": " + rules.stream().map(AlertRules::describe).collect(Collectors.joining("; "))));
		forget(topic.id());
		return view(topic);
	}

	private void forget(long topicId) {
		cache.remove(topicId);
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					cache.remove(topicId);
				}
			});
		}
	}

	private void bumpVersion(long topicId, long seen) {
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		String actor = currentUsername();
		int updated = jdbc.update("update monitor_alert_ruleset set version = version + 1, updated_by = ?, updated_at = ?"
				+ " where topic_id = ? and version = ?", actor, now, topicId, seen);
		if (updated == 1) {
			return;
		}
		if (seen != 0 || version(topicId) != 0) {
			throw new Conflict("version", "monitor.alert.stale");
		}
		try {
			jdbc.update("insert into monitor_alert_ruleset (topic_id, version, updated_by, updated_at) values (?, 1, ?, ?)",
					topicId, actor, now);
		}
		catch (DuplicateKeyException ex) {
			throw new Conflict("version", "monitor.alert.stale");
		}
	}

	private static String currentUsername() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}

	private static Object[] ruleValues(int position, AlertRule rule, long last) {
		return new Object[] { position, rule.mode().name(), rule.spikeThreshold(), rule.channels().contains(AlertChannel.IN_APP),
				rule.channels().contains(AlertChannel.EMAIL), rule.channels().contains(AlertChannel.WEBHOOK),
				String.join("\n", rule.recipients()), rule.webhookUrl(), rule.webhookSecret(), last };
	}

	private static String describe(AlertRule rule) {
		return rule.mode() + (rule.spikeThreshold() == null ? "" : ", đột biến trên " + rule.spikeThreshold() + " tin/giờ")
				+ " qua " + rule.channels().stream().map(Enum::name).collect(Collectors.joining(", "))
				+ (rule.recipients().isEmpty() ? "" : " tới " + String.join(", ", rule.recipients()))
				+ (rule.webhookUrl() == null ? "" : " webhook " + rule.webhookUrl());
	}

	private AlertRule validate(String at, RuleChange change, Topic topic, Map<Long, AlertRule> existing,
			List<FieldProblem> problems) {
		AlertRule before = null;
		if (change.id() != null) {
			before = existing.get(change.id());
			if (before == null) {
				problems.add(new FieldProblem(at + "id", "monitor.alert.rule-unknown", change.id()));
			}
		}
		AlertMode mode = null;
		try {
			mode = AlertMode.valueOf(String.valueOf(change.mode()).strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem(at + "mode", "monitor.alert.mode"));
		}
		if (change.spikeThreshold() != null && (change.spikeThreshold() < 1 || change.spikeThreshold() > MAX_SPIKE)) {
			problems.add(new FieldProblem(at + "spikeThreshold", "monitor.alert.spike", MAX_SPIKE));
		}
		Set<AlertChannel> channels = EnumSet.noneOf(AlertChannel.class);
		for (String name : change.channels() == null ? List.<String>of() : change.channels()) {
			try {
				channels.add(AlertChannel.valueOf(String.valueOf(name).strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				problems.add(new FieldProblem(at + "channels", "monitor.alert.channel-unknown", name));
			}
		}
		if (channels.isEmpty() && (change.channels() == null || change.channels().isEmpty())) {
			problems.add(new FieldProblem(at + "channels", "monitor.alert.channels"));
		}
		List<String> recipients = recipients(at, change.recipients(), problems);
		boolean personal = channels.contains(AlertChannel.IN_APP) || channels.contains(AlertChannel.EMAIL);
		if (personal && recipients.isEmpty()) {
			problems.add(new FieldProblem(at + "recipients", "monitor.alert.recipients-required"));
		}
		String url = null;
		String secret = null;
		if (channels.contains(AlertChannel.WEBHOOK)) {
			url = webhookUrl(at, change.webhookUrl(), problems);
			secret = change.webhookSecret() == null || change.webhookSecret().isEmpty()
					? (before != null ? before.webhookSecret() : null) : change.webhookSecret();
			if (secret == null || secret.length() < 16 || secret.length() > 200) {
				problems.add(new FieldProblem(at + "webhookSecret", "monitor.alert.webhook-secret"));
			}
		}
		return new AlertRule(before == null ? 0 : before.id(), topic.id(), mode, change.spikeThreshold(), channels,
				personal ? recipients : List.of(), url, secret);
	}

	private List<String> recipients(String at, List<String> requested, List<FieldProblem> problems) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : requested == null ? List.<String>of() : requested) {
			if (name != null && !name.isBlank()) {
				names.add(name.strip().toLowerCase(Locale.ROOT));
			}
		}
		if (names.size() > MAX_RECIPIENTS) {
			problems.add(new FieldProblem(at + "recipients", "monitor.alert.too-many-recipients", MAX_RECIPIENTS));
			return List.of();
		}
		List<String> known = new ArrayList<>();
		for (String name : names) {
			try {
				UserDetails user = users.loadUserByUsername(name);
				if (!user.isEnabled()) {
					throw new UsernameNotFoundException(name);
				}
				known.add(user.getUsername());
			}
			catch (UsernameNotFoundException ex) {
				problems.add(new FieldProblem(at + "recipients", "monitor.alert.recipient-unknown", name));
			}
		}
		return known;
	}

	private String webhookUrl(String at, String requested, List<FieldProblem> problems) {
		if (requested == null || requested.isBlank()) {
			problems.add(new FieldProblem(at + "webhookUrl", "monitor.alert.webhook-url-required"));
			return null;
		}
		String url = requested.strip();
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (java.net.URISyntaxException ex) {
			problems.add(new FieldProblem(at + "webhookUrl", "monitor.alert.webhook-url-invalid", url));
			return null;
		}
		if (url.length() > 500) {
			problems.add(new FieldProblem(at + "webhookUrl", "monitor.alert.webhook-url-invalid", url.substring(0, 60) + "…"));
			return null;
		}
		try {
			webhooks.check(uri);
		}
		catch (FetchFailed ex) {
			String key = switch (ex.reason()) {
				case ADDRESS_REFUSED -> "monitor.alert.webhook-refused";
				case UNKNOWN_HOST -> "monitor.alert.webhook-unknown-host";
				default -> "monitor.alert.webhook-url-invalid";
			};
			problems.add(new FieldProblem(at + "webhookUrl", key, ex.reason() == FetchFailed.Reason.ADDRESS_REFUSED
					|| ex.reason() == FetchFailed.Reason.UNKNOWN_HOST ? String.valueOf(uri.getHost()) : url));
			return null;
		}
		return url;
	}

	/** The rules of a topic as the API shows and takes them. */
	record RuleSetView(long topicId, String topicName, long version, List<RuleView> rules) {
	}

	record RuleView(long id, String mode, Integer spikeThreshold, List<String> channels, List<String> recipients,
			String webhookUrl, boolean webhookSecretSet) {

		static RuleView of(AlertRule rule) {
			return new RuleView(rule.id(), rule.mode().name(), rule.spikeThreshold(),
					rule.channels().stream().map(Enum::name).toList(), rule.recipients(), rule.webhookUrl(),
					rule.webhookSecret() != null);
		}

	}

	/**
	 * A new set of rules.
	 *
	 * @param version the version read with the rules; 0 when the topic has none yet
	 */
	record RuleSetChange(Long version, List<RuleChange> rules) {
	}

	/**
	 * One rule as sent: the id of an existing rule to change it (its webhook secret is kept when none is
	 * sent), none for a new one.
	 */
	record RuleChange(Long id, String mode, Integer spikeThreshold, List<String> channels, List<String> recipients,
			String webhookUrl, String webhookSecret) {
	}

}
