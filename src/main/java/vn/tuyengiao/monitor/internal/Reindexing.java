package vn.tuyengiao.monitor.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.index.IndexReader;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;

/**
 * Rebuilds the search index of items from {@code monitor_item} in the background, one rebuild at a time:
 * after an analyzer change, or when the index was lost. Hibernate Search's mass indexer runs on its own
 * threads; a monitor counts the documents written so the page can show a progress bar. Searches go on while
 * it runs and see the index fill up again.
 * <p>
 * Between rebuilds, {@link IndexCheck} indexes the items the index missed (a process killed between the
 * database commit and the index write): every item at start-up, in the background, then every
 * {@code tuyengiao.monitor.search.index-check} the items changed since the previous check.
 */
@Component
class Reindexing {

	private static final Logger log = LoggerFactory.getLogger(Reindexing.class);

	/** How far back of the previous check's start the next one looks. */
	private static final Duration CHECK_MARGIN = Duration.ofMinutes(10);

	enum State {
		IDLE, RUNNING, DONE, FAILED
	}

	/** Where the rebuild is: documents written out of the items to index. */
	record Status(State state, long done, long total, Instant startedAt, Instant finishedAt, String error) {

		/** Percent done, for the progress bar; a finished rebuild is 100 even with no items. */
		public int percent() {
			if (state == State.DONE) {
				return 100;
			}
			return total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
		}

		public boolean running() {
			return state == State.RUNNING;
		}

	}

	private final EntityManagerFactory entityManagerFactory;

	private final AuditLog audit;

	private final Clock clock = Clock.systemUTC();

	private final AtomicLong done = new AtomicLong();

	private final AtomicLong total = new AtomicLong();

	private volatile State state = State.IDLE;

	private volatile Instant startedAt;

	private volatile Instant finishedAt;

	private volatile String error;

	private final ItemRepository items;

	private final IndexCheck check;

	/** Where the next periodic check starts: the previous one's start, less a margin; null until one ran. */
	private volatile Instant checkFrom;

	private final Object checking = new Object();

	Reindexing(EntityManagerFactory entityManagerFactory, AuditLog audit, ItemRepository items, IndexCheck check) {
		this.entityManagerFactory = entityManagerFactory;
		this.items = items;
		this.audit = audit;
		this.check = check;
	}

	/** Starts a rebuild unless one is running; either way answers with the current status. */
	synchronized Status start(String who) {
		if (state == State.RUNNING) {
			return status();
		}
		done.set(0);
		total.set(0);
		error = null;
		finishedAt = null;
		startedAt = clock.instant();
		state = State.RUNNING;
		audit.record(AuditAction.UPDATE, "search-index:item", null, "Xây dựng lại chỉ mục tìm kiếm tin (" + who + ")");
		Search.mapping(entityManagerFactory).scope(ItemEntity.class).massIndexer()
			.threadsToLoadObjects(1)
			.mergeSegmentsOnFinish(true) // one segment: the fastest index to search
			.monitor(new Progress())
			.start()
			.whenComplete((ignored, failure) -> finished(failure));
		return status();
	}

	/**
	 * At start-up, an index that holds nothing while the database holds items (the index directory was lost,
	 * or a new version of the platform indexes items differently and names its index anew) is rebuilt
	 * without waiting for an administrator: search would otherwise find nothing.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void rebuildAnEmptyIndex() {
		boolean indexEmpty;
		try (IndexReader reader = Search.mapping(entityManagerFactory).scope(ItemEntity.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			indexEmpty = reader.numDocs() == 0;
		}
		catch (IOException ex) {
			throw new ItemIndexUnreadable(ex);
		}
		if (indexEmpty && items.count() > 0) {
			log.info("The item index is empty but the database holds items: rebuilding it");
			start("hệ thống, khi khởi động");
			return;
		}
		Thread full = new Thread(() -> {
			try {
				checkIndex(null);
			}
			catch (RuntimeException ex) {
				log.warn("The start-up check of the item index failed; the periodic check goes on", ex);
			}
		}, "index-check");
		full.setDaemon(true);
		full.start();
	}

	/**
	 * Indexes the items the index lacks: the changed ones since the last check, or all at the first check.
	 * Skipped while a rebuild runs, which indexes every item anyway.
	 */
	@Scheduled(fixedDelayString = "${tuyengiao.monitor.search.index-check:5m}",
			initialDelayString = "${tuyengiao.monitor.search.index-check:5m}")
	void checkRecentItems() {
		checkIndex(checkFrom);
	}

	/**
	 * Checks the items changed at or after {@code since} (all when null) and indexes those missing.
	 *
	 * @return how many were missing
	 */
	int checkIndex(Instant since) {
		synchronized (checking) { // one check at a time, without holding up a rebuild's start or end
			if (state == State.RUNNING) {
				return 0;
			}
			Instant started = clock.instant();
			IndexCheck.Outcome outcome = check.repair(since);
			// an item's updated_at is set before its transaction commits: the margin covers the slowest commit
			checkFrom = started.minus(CHECK_MARGIN);
			if (outcome.repaired() > 0) {
				log.warn("{} stored items were missing from the search index (or held there at an older version);"
						+ " indexed them", outcome.repaired());
			}
			long took = Duration.between(started, clock.instant()).toMillis();
			if (since == null) {
				log.info("Checked all {} items against the search index in {} ms", outcome.checked(), took);
			}
			else {
				log.debug("Checked {} recently changed items against the search index in {} ms", outcome.checked(), took);
			}
			return outcome.repaired();
		}
	}

	Status status() {
		return new Status(state, done.get(), total.get(), startedAt, finishedAt, error);
	}

	private synchronized void finished(Throwable failure) {
		finishedAt = clock.instant();
		if (failure != null) {
			log.warn("Rebuilding the item index failed", failure);
			error = failure.getMessage();
			state = State.FAILED;
		}
		else {
			log.info("Rebuilt the item index: {} documents", done.get());
			state = State.DONE;
		}
	}

	/** Counts what the mass indexer reports: the items to index, then each document written. */
	private final class Progress implements MassIndexingMonitor {

		@Override
		public void addToTotalCount(long count) {
			total.addAndGet(count);
		}

		@Override
		public void documentsAdded(long count) {
			done.addAndGet(count);
		}

		@Override
		public void documentsBuilt(long count) {
		}

		@Override
		public void entitiesLoaded(long count) {
		}

		@Override
		public void indexingCompleted() {
		}

	}

}
