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
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import jakarta.annotation.PreDestroy;

import vn.tuyengiao.monitor.ItemIngested;

/**
 * The stage after storing (issue 6): every new or changed item is matched against the saved topics, and what
 * the analysis makes of it is kept in {@code monitor_item_analysis} against the text it was made from.
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

	private final Clock clock = Clock.systemUTC();

	private volatile Thread worker;

	ItemAnalysis(ItemRepository items, TopicMatcher matcher, TopicMatches matches, JdbcTemplate jdbc) {
		this.items = items;
		this.matcher = matcher;
		this.matches = matches;
		this.jdbc = jdbc;
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

	/** Analyses items now, in the calling thread. */
	void analyse(List<Long> ids) {
		Map<Long, ItemEntity> loaded = new LinkedHashMap<>();
		items.findAllById(ids).forEach(item -> loaded.put(item.id(), item));
		if (loaded.isEmpty()) {
			return;
		}
		List<TopicMatcher.Candidate> candidates = new ArrayList<>();
		for (ItemEntity item : loaded.values()) {
			candidates.add(candidate(item, ""));
		}
		Map<Long, List<TopicMatcher.Hit>> hitsByItem = new LinkedHashMap<>();
		for (TopicMatcher.Hit hit : matcher.match(candidates)) {
			hitsByItem.computeIfAbsent(hit.itemId(), id -> new ArrayList<>()).add(hit);
		}
		Instant now = clock.instant();
		for (TopicMatcher.Candidate candidate : candidates) {
			List<TopicMatcher.Hit> hits = hitsByItem.getOrDefault(candidate.itemId(), List.of());
			if (!hits.isEmpty()) {
				TopicHighlights highlights = new TopicHighlights(candidate, matcher.analyzer(), matcher.anyExact());
				for (TopicMatcher.Hit hit : hits) {
					var query = matcher.query(hit.topicId());
					matches.add(hit.topicId(), hit.itemId(), query == null ? List.of() : highlights.passages(query), now);
				}
			}
			record(loaded.get(candidate.itemId()), now);
		}
	}

	/** What the analysis made of the item's text, kept against that text. */
	private void record(ItemEntity item, Instant now) {
		int updated = jdbc.update("update monitor_item_analysis set content_hash = ?, analysed_at = ? where item_id = ?",
				item.contentHash(), Timestamp.from(now), item.id());
		if (updated == 0) {
			try {
				jdbc.update("insert into monitor_item_analysis (item_id, content_hash, analysed_at) values (?, ?, ?)",
						item.id(), item.contentHash(), Timestamp.from(now));
			}
			catch (org.springframework.dao.DuplicateKeyException raced) {
				// analysed at the same moment elsewhere: the same result
			}
		}
	}

	static TopicMatcher.Candidate candidate(ItemEntity item, String places) {
		return new TopicMatcher.Candidate(item.id(), item.title(), item.body(), item.outlet(), places);
	}

}
