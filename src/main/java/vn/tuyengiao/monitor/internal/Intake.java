package vn.tuyengiao.monitor.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.monitor.FetchCounts;

/**
 * Where read entries come in, from a fetch or an import (through the {@link EntryQueue}): each reading is
 * recorded with its outcome, each entry stored on its own, and each entry that could not be read or stored
 * kept against the reading.
 */
@Component
class Intake {

	private static final Logger log = LoggerFactory.getLogger(Intake.class);

	/** Entries stored in one transaction: one database commit and one index commit for all of them. */
	static final int BATCH = 100;

	private final FetchRecordRepository readings;

	private final EntryProblemRepository problems;

	private final ItemStore store;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	Intake(FetchRecordRepository readings, EntryProblemRepository problems, ItemStore store,
			PlatformTransactionManager transactions) {
		this.readings = readings;
		this.problems = problems;
		this.store = store;
		this.transaction = new TransactionTemplate(transactions);
	}

	FetchRecordEntity begin(long sourceId) {
		return readings.save(new FetchRecordEntity(sourceId, clock.instant()));
	}

	/**
	 * Stores the entries {@value #BATCH} at a time in one transaction each; when a batch fails, its entries are
	 * stored one by one, so a bad entry is recorded against the reading and the others go in.
	 */
	FetchCounts store(EntryQueue.EntryBatch batch) {
		List<IncomingItem> entries = batch.entries();
		int[] counts = new int[ItemStore.Outcome.values().length];
		List<SourceReader.Problem> failed = new ArrayList<>(batch.problems());
		for (int from = 0; from < entries.size(); from += BATCH) {
			List<IncomingItem> chunk = entries.subList(from, Math.min(entries.size(), from + BATCH));
			try {
				store.storeBatch(batch.sourceId(), batch.outlet(), batch.kind(), chunk, batch.awaited())
					.forEach(outcome -> counts[outcome.ordinal()]++);
				continue;
			}
			catch (RuntimeException ex) {
				log.debug("A batch of source {} failed; its entries are stored one by one", batch.sourceId(), ex);
			}
			for (IncomingItem entry : chunk) {
				try {
					counts[store.store(batch.sourceId(), batch.outlet(), batch.kind(), entry).ordinal()]++;
				}
				catch (RuntimeException ex) {
					log.warn("Entry {} of source {} not stored", entry.reference(), batch.sourceId(), ex);
					failed.add(new SourceReader.Problem(entry.reference(), "Không lưu được mục này: " + ex.getClass().getSimpleName()));
				}
			}
		}
		transaction.executeWithoutResult(status -> failed
			.forEach(problem -> problems.save(new EntryProblemEntity(batch.readingId(), problem.reference(), problem.reason()))));
		return new FetchCounts(entries.size() + batch.problems().size(), counts[ItemStore.Outcome.CREATED.ordinal()],
				counts[ItemStore.Outcome.UPDATED.ordinal()], failed.size());
	}

	void finish(FetchRecordEntity reading, FetchRecordEntity.Outcome outcome, FetchCounts counts, String message) {
		transaction.executeWithoutResult(status -> readings.findById(reading.id())
			.ifPresent(r -> r.finish(outcome, counts, message, clock.instant())));
	}

}
