package vn.tuyengiao.topics.internal;

import java.util.function.ToIntFunction;

import org.apache.lucene.index.Term;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.monitor.ItemIndex;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.topics.TopicVolumes;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.lucene.search.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.platform.Paging;

/**
 * Saved topics (chủ đề theo dõi): created and changed by the analysts of a unit, previewed against the last
 * 30 days of items before saving (how many match, and a warning when the query is so broad it would flood
 * its readers), and kept registered with the {@link TopicMatcher} so every new item is matched at once.
 * A new topic starts with the matches of those 30 days.
 */
@Component
class Topics implements TopicVolumes {

	private static final Logger log = LoggerFactory.getLogger(Topics.class);

	/** How far back a preview and a new topic's first matches look. */
	static final Duration BACKTEST = Duration.ofDays(30);

	/** At most this many of the newest items become a new topic's first matches. */
	static final int BACKFILL = 200;

	/** Share of the items above which a query is called broad. */
	static final double BROAD_SHARE = 0.2;

	record TopicView(long id, String name, String query, boolean exactAccents, long ownerUnitId, String createdBy,
			Instant createdAt, boolean active, long version, int matches, int matchesToday) {
	}

	record NewTopic(String name, String query, Boolean exactAccents, Long ownerUnitId) {
	}

	record TopicChange(String name, String query, Boolean exactAccents, Boolean active, Long version) {
	}

	/** What a query finds in the last 30 days, before it is saved. */
	record Preview(int matched, int items, double share, String warning, List<PreviewItem> newest) {
	}

	record PreviewItem(long itemId, String title, String url, String outlet, Instant publishedAt) {
	}

	private final TopicRepository topics;

	private final TopicMatches matches;

	private final TopicMatcher matcher;

	private final ItemIndex index;

	private final Items items;

	private final AccessScope access;

	private final AuditLog audit;

	private final Clock clock = Clock.systemUTC();

	Topics(TopicRepository topics, TopicMatches matches, TopicMatcher matcher, ItemIndex index, Items items,
			AccessScope access, AuditLog audit) {
		this.topics = topics;
		this.matches = matches;
		this.matcher = matcher;
		this.index = index;
		this.items = items;
		this.access = access;
		this.audit = audit;
	}

	/** Registers the active topics once the item index is ready (its statistics shape the queries). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE - 1)
	void registerAll() {
		List<TopicMatcher.Topic> active = index.reading(docFreq -> {
			List<TopicMatcher.Topic> readable = new ArrayList<>();
			for (TopicEntity topic : topics.findByActiveTrue()) {
				try {
					readable.add(new TopicMatcher.Topic(topic.id(), read(topic.query(), topic.exactAccents(), docFreq),
							topic.exactAccents()));
				}
				catch (TopicQueryParser.InvalidTopicQuery ex) {
					log.warn("Topic {} can no longer be read: {}", topic.id(), ex.getMessage());
				}
			}
			return readable;
		});
		matcher.register(active);
		log.info("{} saved topics registered for matching", active.size());
	}

	@Override
	@Transactional(readOnly = true)
	public List<Volume> perDay() {
		access.require(RoleGroup.ANALYSTS);
		return matches.perDay(access.unitsWith(RoleGroup.ANALYSTS));
	}

	@Transactional(readOnly = true)
	List<TopicView> visible() {
		access.require(RoleGroup.ANALYSTS);
		Instant today = clock.instant().minus(Duration.ofDays(1));
		return topics.findByOwnerUnitIdInOrderByNameAsc(access.unitsWith(RoleGroup.ANALYSTS))
			.stream()
			.map(topic -> view(topic, today))
			.toList();
	}

	@Transactional(readOnly = true)
	TopicView get(long id) {
		return view(readable(id), clock.instant().minus(Duration.ofDays(1)));
	}

	/** How the query reads against the last 30 days of items; an invalid query is refused with its position. */
	Preview preview(String query, boolean exactAccents) {
		access.require(RoleGroup.ANALYSTS);
		Query parsed = parse(query, exactAccents);
		ItemIndex.Backtest backtest = index.backtest(parsed, clock.instant().minus(BACKTEST), 10);
		double share = backtest.items() == 0 ? 0 : (double) backtest.matched() / backtest.items();
		String warning = share > BROAD_SHARE && backtest.matched() >= 20
				? "Truy vấn rất rộng: khớp " + Math.round(share * 100) + "% số tin 30 ngày qua (" + backtest.matched()
						+ " tin). Hãy thêm từ bắt buộc (AND) hoặc cụm từ trong ngoặc kép để thu hẹp."
				: null;
		List<PreviewItem> newest = new ArrayList<>();
		for (Long id : backtest.newest()) {
			items.find(id).ifPresent(
					item -> newest.add(new PreviewItem(id, item.title(), item.url(), item.outlet(), item.publishedAt())));
		}
		return new Preview(backtest.matched(), backtest.items(), share, warning, newest);
	}

	@Transactional
	TopicView create(NewTopic request) {
		long owner = request.ownerUnitId() != null ? request.ownerUnitId() : access.firstUnitWith(RoleGroup.HANDLERS);
		access.require(RoleGroup.HANDLERS, owner);
		String name = name(request.name());
		boolean exact = Boolean.TRUE.equals(request.exactAccents());
		Query query = parse(request.query(), exact);
		TopicEntity saved = topics.save(new TopicEntity(name, request.query().strip(), exact, owner,
				access.require(RoleGroup.ANALYSTS).username(), clock.instant()));
		audit.record(AuditAction.CREATE, "topic:" + saved.id(), owner,
				"Tạo chủ đề theo dõi \"" + name + "\": " + saved.query());
		long id = saved.id();
		afterCommit(() -> {
			matcher.register(id, query, exact);
			backfill(id, query, exact);
		});
		return view(saved, clock.instant().minus(Duration.ofDays(1)));
	}

	@Transactional
	TopicView update(long id, TopicChange change) {
		TopicEntity topic = readable(id);
		access.require(RoleGroup.HANDLERS, topic.ownerUnitId());
		if (change.version() != null && change.version() != topic.version()) {
			throw new Conflict("version", "monitor.topic.stale");
		}
		String name = change.name() == null ? topic.name() : name(change.name());
		String text = change.query() == null ? topic.query() : change.query();
		boolean exact = change.exactAccents() == null ? topic.exactAccents() : change.exactAccents();
		boolean active = change.active() == null ? topic.active() : change.active();
		Query query = parse(text, exact);
		topic.change(name, text.strip(), exact, active);
		audit.record(AuditAction.UPDATE, "topic:" + id, topic.ownerUnitId(), "Sửa chủ đề theo dõi \"" + name + "\": "
				+ text.strip() + (active ? "" : " (ngừng theo dõi)"));
		afterCommit(() -> {
			if (active) {
				matcher.register(id, query, exact);
			}
			else {
				matcher.remove(id);
			}
		});
		topics.flush();
		return view(topic, clock.instant().minus(Duration.ofDays(1)));
	}

	@Transactional(readOnly = true)
	List<TopicMatches.Match> matches(long id, int page, int size) {
		readable(id);
		Paging paging = new Paging(page, size);
		return matches.forTopic(id, paging.page(), paging.size());
	}

	private TopicEntity readable(long id) {
		access.require(RoleGroup.ANALYSTS);
		TopicEntity topic = topics.findById(id).orElseThrow(() -> new NotFound("monitor.topic.not-found", id));
		if (!access.holds(RoleGroup.ANALYSTS, topic.ownerUnitId())) {
			throw new NotFound("monitor.topic.not-found", id);
		}
		return topic;
	}

	private TopicView view(TopicEntity topic, Instant today) {
		return new TopicView(topic.id(), topic.name(), topic.query(), topic.exactAccents(), topic.ownerUnitId(),
				topic.createdBy(), topic.createdAt(), topic.active(), topic.version(), matches.count(topic.id()),
				matches.countSince(topic.id(), today));
	}

	private static String name(String name) {
		if (name == null || name.isBlank()) {
			throw new InvalidInput("name", "monitor.topic.name-required");
		}
		if (name.strip().length() > 200) {
			throw new InvalidInput("name", "monitor.topic.name-too-long");
		}
		return name.strip();
	}

	private Query parse(String query, boolean exactAccents) {
		if (query != null && query.length() > 4000) {
			throw new InvalidInput("query", "monitor.topic.query-too-long");
		}
		try {
			return index.reading(docFreq -> read(query, exactAccents, docFreq));
		}
		catch (TopicQueryParser.InvalidTopicQuery ex) {
			throw (InvalidInput) new InvalidInput("query", "monitor.topic.invalid-query", ex.getMessage())
				.with("position", ex.position());
		}
	}

	/** A topic's query read with the item index's statistics (they decide which syllables are one word). */
	private Query read(String query, boolean exactAccents, ToIntFunction<Term> docFreq) {
		return TopicQueryParser.read(query, index.folded(), index.exact(), exactAccents, docFreq);
	}

	/** A new topic's first matches: the newest items of the last 30 days that it finds. */
	private void backfill(long topicId, Query query, boolean exact) {
		ItemIndex.Backtest found = index.backtest(query, clock.instant().minus(BACKTEST), BACKFILL);
		if (found.newest().isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		for (Long id : found.newest()) {
			items.content(id).ifPresent(item -> {
				TopicMatcher.Candidate candidate = TopicMatcher.Candidate.of(item, List.of());
				List<String> passages = new TopicHighlights(candidate, matcher.analyzer(), exact).passages(query);
				matches.add(topicId, item, passages, now);
			});
		}
	}

	private static void afterCommit(Runnable action) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			action.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				action.run();
			}
		});
	}

}
