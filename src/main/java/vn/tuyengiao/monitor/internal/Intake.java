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

	/** Stores the entries one by one: a bad entry is recorded against the reading, the others go in. */
	FetchCounts store(EntryQueue.EntryBatch batch) {
		List<IncomingItem> entries = batch.entries();
		List<SourceReader.Problem> readProblems = batch.problems();
		int created = 0;
		int updated = 0;
		List<SourceReader.Problem> failed = new ArrayList<>(readProblems);
		for (IncomingItem entry : entries) {
			try {
				switch (store.store(batch.sourceId(), batch.outlet(), batch.kind(), entry)) {
					case CREATED -> created++;
					case UPDATED -> updated++;
					case UNCHANGED -> {
					}
				}
			}
			catch (RuntimeException ex) {
				log.warn("Entry {} of source {} not stored", entry.reference(), batch.sourceId(), ex);
				failed.add(new SourceReader.Problem(entry.reference(), "Không lưu được mục này: " + ex.getClass().getSimpleName()));
			}
		}
		transaction.executeWithoutResult(status -> failed
			.forEach(problem -> problems.save(new EntryProblemEntity(batch.readingId(), problem.reference(), problem.reason()))));
		return new FetchCounts(entries.size() + readProblems.size(), created, updated, failed.size());
	}

	void finish(FetchRecordEntity reading, FetchRecordEntity.Outcome outcome, FetchCounts counts, String message) {
		transaction.executeWithoutResult(status -> readings.findById(reading.id())
			.ifPresent(r -> r.finish(outcome, counts, message, clock.instant())));
	}

}
