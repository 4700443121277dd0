package vn.tuyengiao.monitor.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;

import vn.tuyengiao.classify.Classifiers;
import vn.tuyengiao.classify.Verdict;
import vn.tuyengiao.monitor.ItemAnalysed;
import vn.tuyengiao.monitor.ItemIngested;
import vn.tuyengiao.monitor.internal.alert.AlertQueue;
import vn.tuyengiao.monitor.internal.alert.TopicMatchNotice;
import vn.tuyengiao.monitor.internal.story.Stories;
import vn.tuyengiao.places.Place;
import vn.tuyengiao.places.Places;

/**
 * The stage after storing: every new or changed item is read for the places it is about, its
 * sentiment, toxicity and work area, joined to its story, matched against the saved topics (alerts follow) and
 * given its risk flag; what the analysis makes of it is kept in {@code monitor_item_analysis} against the text
 * it was made from.
 * <p>
 * Items arrive through {@link ItemIngested} once their reading has committed and are analysed in batches by
 * one worker thread (Monitor matches a batch in one pass), so a reading is never slowed by its analysis. A
 * sweep every minute queues the items whose analysis is missing or older than their text — those stored while
 * the platform was stopped, or whose event was lost — so every item is analysed at least once, and analysing
 * one twice changes nothing (matches are kept once per topic and item).
 */
@Component
class ItemAnalysis {

	private static final Logger log = LoggerFactory.getLogger(ItemAnalysis.class);

	/** Items analysed together: one presearch and one in-memory index per batch. */
	static final int BATCH = 64;

	private final BlockingQueue<Long> queue = new LinkedBlockingQueue<>();

	/** Queued and not yet analysed: the sweep does not queue them twice. */
	private final Set<Long> pending = ConcurrentHashMap.newKeySet();

	private final ItemRepository items;

	private final TopicMatcher matcher;

	private final TopicMatches matches;

	private final JdbcTemplate jdbc;

	private final Places places;

	private final Classifiers classifiers;

	private final Stories stories;

	private final AlertQueue alerts;

	private final TransactionTemplate transaction;

	private final int analysedChars;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	private volatile Thread worker;

	ItemAnalysis(ItemRepository items, TopicMatcher matcher, TopicMatches matches, JdbcTemplate jdbc, Places places,
			Classifiers classifiers, Stories stories, AlertQueue alerts, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, SearchSettings search) {
		this.items = items;
		this.matcher = matcher;
		this.matches = matches;
		this.jdbc = jdbc;
		this.places = places;
		this.classifiers = classifiers;
		this.stories = stories;
		this.alerts = alerts;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.analysedChars = search.maxAnalysedChars();
	}

	/** After the item's reading committed; also without a transaction (a test's direct publication). */
	@TransactionalEventListener(fallbackExecution = true)
	void ingested(ItemIngested event) {
		enqueue(event.itemId());
	}

	private void enqueue(long itemId) {
		if (pending.add(itemId)) {
			queue.add(itemId);
		}
	}

	/** Starts the worker once the topics are registered ({@link Topics#registerAll} runs before at the same order). */
	@EventListener(ApplicationReadyEvent.class)
	@Order(Ordered.LOWEST_PRECEDENCE)
	synchronized void start() {
		if (worker != null) {
			return;
		}
		Thread thread = new Thread(this::work, "item-analysis");
		thread.setDaemon(true);
		worker = thread;
		thread.start();
		sweep();
	}

	@PreDestroy
	synchronized void stop() {
		Thread thread = worker;
		worker = null;
		if (thread != null) {
			thread.interrupt();
		}
	}

	/** Queues the items whose analysis is missing or was made from an earlier text. */
	@Scheduled(fixedDelayString = "${tuyengiao.monitor.analysis.sweep:60s}", initialDelayString = "${tuyengiao.monitor.analysis.sweep:60s}")
	void sweep() {
		List<Long> stale = jdbc.queryForList("""
				select i.id from monitor_item i left join monitor_item_analysis a on a.item_id = i.id
				where a.item_id is null or a.content_hash <> i.content_hash
				order by i.id fetch first 5000 rows only""", Long.class);
		stale.forEach(this::enqueue);
		if (!stale.isEmpty()) {
			log.info("{} items queued for analysis", stale.size());
		}
	}

	private void work() {
		List<Long> batch = new ArrayList<>(BATCH);
		while (worker == Thread.currentThread()) {
			try {
				Long first = queue.poll(1, TimeUnit.SECONDS);
				if (first == null) {
					continue;
				}
				batch.add(first);
				queue.drainTo(batch, BATCH - 1);
				analyse(batch);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			catch (RuntimeException ex) {
				// the sweep brings these items back; one bad batch must not stop the stage
				log.warn("Analysis of items {} failed; they will be tried again", batch, ex);
			}
			finally {
				batch.forEach(pending::remove);
				batch.clear();
			}
		}
	}

	/** What one item's analysis found, before it is stored. */
	private record Found(ItemEntity item, String text, List<ItemAnalysisView.Place> places, Verdict<?> sentiment,
			Verdict<?> toxicity, Verdict<String> workArea, long storyId) {
	}

	/** Analyses items now, in the calling thread. */
	void analyse(List<Long> ids) {
		Map<Long, ItemEntity> loaded = new LinkedHashMap<>();
		items.findAllById(ids).forEach(item -> loaded.put(item.id(), item));
		if (loaded.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		Map<Long, Found> found = new LinkedHashMap<>();
		List<TopicMatcher.Candidate> candidates = new ArrayList<>();
		for (ItemEntity item : loaded.values()) {
			// every stage reads the text only up to the bound search analyses: one huge item cannot hold up the others
			String body = analysedBody(item, analysedChars);
			List<Place> about = places.about(item.title(), body);
			String text = item.title() + "\n\n" + body;
			// a story's first item is the earliest published, so a copy read before its original does not pass for it
			long story = stories.assign(item.id(), item.title(), body, item.outlet(),
					item.publishedAt() != null ? item.publishedAt() : item.firstSeenAt());
			found.put(item.id(), new Found(item, text,
					about.stream().map(p -> new ItemAnalysisView.Place(p.code(), p.name(), p.level().id())).toList(),
					classifiers.sentiment(text), classifiers.toxicity(text), classifiers.workArea(text), story));
			candidates.add(candidate(item, placeNames(about), analysedChars));
		}
		Map<Long, List<TopicMatcher.Hit>> hitsByItem = new LinkedHashMap<>();
		for (TopicMatcher.Hit hit : matcher.match(candidates)) {
			hitsByItem.computeIfAbsent(hit.itemId(), id -> new ArrayList<>()).add(hit);
		}
		boolean alerting = false;
		for (TopicMatcher.Candidate candidate : candidates) {
			ItemEntity item = loaded.get(candidate.itemId());
			List<TopicMatcher.Hit> hits = hitsByItem.getOrDefault(candidate.itemId(), List.of());
			if (!hits.isEmpty()) {
				alerting |= store(item, candidate, hits, now);
			}
			record(found.get(item.id()), now);
		}
		if (alerting) {
			alerts.drain();
		}
	}

	/**
	 * Stores an item's matches and queues their alerts in one transaction: a failure after it delays an alert,
	 * never drops it. Only matches stored now are queued, so a reanalysis alerts nobody twice.
	 */
	private boolean store(ItemEntity item, TopicMatcher.Candidate candidate, List<TopicMatcher.Hit> hits, Instant now) {
		TopicHighlights highlights = new TopicHighlights(candidate, matcher.analyzer(), matcher.anyExact());
		Boolean stored = transaction.execute(status -> {
			boolean any = false;
			for (TopicMatcher.Hit hit : hits) {
				var query = matcher.query(hit.topicId());
				List<String> passages = query == null ? List.of() : highlights.passages(query);
				if (matches.add(hit.topicId(), hit.itemId(), passages, now)) {
					alerts.queue(new TopicMatchNotice(hit.topicId(), item.id(), item.title(), item.url(), item.outlet(),
							passages, now));
					any = true;
				}
			}
			return any;
		});
		return Boolean.TRUE.equals(stored);
	}

	/** The names of the places, for topics that name a locality ({@code locality:"Chợ Mới"}). */
	private static String placeNames(List<Place> about) {
		StringBuilder names = new StringBuilder();
		for (Place place : about) {
			names.append(place.name()).append('\n').append(place.shortName()).append('\n');
		}
		return names.toString();
	}

	/** What the analysis made of the item's text, kept against that text; the risk flag is read last. */
	private void record(Found found, Instant now) {
		ItemEntity item = found.item();
		ItemAnalysisView.Risk risk = RiskFlag.of(riskInputs(found));
		Object[] values = { item.contentHash(), Timestamp.from(now), ItemAnalysisView.storePlaces(found.places()),
				label(found.sentiment()), label(found.toxicity()), found.workArea().label(), found.storyId(), risk.score(),
				String.join("\n", risk.reasons()), item.id() };
		int updated = jdbc.update("""
				update monitor_item_analysis set content_hash = ?, analysed_at = ?, places = ?, sentiment = ?,
				  toxicity = ?, work_area = ?, story_id = ?, risk_score = ?, risk_reasons = ? where item_id = ?""", values);
		if (updated == 0) {
			try {
				jdbc.update("""
						insert into monitor_item_analysis (content_hash, analysed_at, places, sentiment, toxicity, work_area,
						  story_id, risk_score, risk_reasons, item_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
			}
			catch (org.springframework.dao.DuplicateKeyException raced) {
				// analysed at the same moment elsewhere: the same result
			}
		}
		events.publishEvent(new ItemAnalysed(item.id(), found.storyId(), item.title(), item.url(), item.outlet(), risk.score(),
				found.text()));
	}

	private RiskFlag.Inputs riskInputs(Found found) {
		ItemEntity item = found.item();
		Map<String, Object> source = jdbc.queryForMap("""
				select count(*) as items, coalesce(sum(case when a.risk_score >= ? then 1 else 0 end), 0) as flagged
				from monitor_item i join monitor_item_analysis a on a.item_id = i.id
				where i.source_id = ? and i.id <> ?""", RiskFlag.FLAGGED, item.sourceId(), item.id());
		int sourceItems = ((Number) source.get("items")).intValue();
		int flagged = ((Number) source.get("flagged")).intValue();
		Map<String, Object> story = jdbc.queryForMap("""
				select count(*) as items, count(distinct i.outlet) as outlets
				from monitor_item_analysis a join monitor_item i on i.id = a.item_id
				where a.story_id = ? and a.item_id <> ?""", found.storyId(), item.id());
		int storyItems = ((Number) story.get("items")).intValue() + 1;
		int storyOutlets = ((Number) story.get("outlets")).intValue() + 1;
		return new RiskFlag.Inputs(item.title(), analysedBody(item, analysedChars), label(found.toxicity()), found.toxicity().reasons(),
				label(found.sentiment()), item.kind(), sourceItems == 0 ? 0 : (double) flagged / sourceItems, sourceItems,
				storyOutlets, storyItems);
	}

	private static String label(Verdict<?> verdict) {
		return verdict == null || verdict.label() == null ? null : verdict.label().toString();
	}

	/** An item as the matcher reads it: its text up to the bound the search analyses, so topics find what search finds. */
	static TopicMatcher.Candidate candidate(ItemEntity item, String places, int analysedChars) {
		return new TopicMatcher.Candidate(item.id(), item.title(), analysedBody(item, analysedChars), item.outlet(), places);
	}

	/** The body up to the bound of analysed text, the title counted in it. */
	static String analysedBody(ItemEntity item, int analysedChars) {
		return SearchSettings.prefix(item.body(), Math.max(0, analysedChars - item.title().length() - 2));
	}

}
