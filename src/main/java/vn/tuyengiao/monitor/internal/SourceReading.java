package vn.tuyengiao.monitor.internal;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.monitor.FetchCounts;
import vn.tuyengiao.platform.InvalidInput;

/**
 * One reading of a source. It is at least once: the source's next reading is scheduled only after its entries
 * are stored, so a reading cut short (the platform stopped) is simply done again, and the store's idempotent key
 * (the canonical URL) makes the second pass create nothing twice.
 */
@Component
class SourceReading {

	private static final Logger log = LoggerFactory.getLogger(SourceReading.class);

	private final SourceRepository sources;

	private final SourceReader reader;

	private final Intake intake;

	private final EntryQueue queue;

	private final TransactionTemplate transaction;

	private final Clock clock = Clock.systemUTC();

	SourceReading(SourceRepository sources, SourceReader reader, Intake intake, EntryQueue queue,
			PlatformTransactionManager transactions) {
		this.sources = sources;
		this.reader = reader;
		this.intake = intake;
		this.queue = queue;
		this.transaction = new TransactionTemplate(transactions);
	}

	/**
	 * Reads a source (on demand or on schedule): fetch, parse, store each entry, record the outcome.
	 * {@code awaited}: see {@link EntryQueue.EntryBatch}.
	 */
	FetchCounts read(SourceEntity source, boolean awaited) {
		FetchRecordEntity reading = intake.begin(source.id());
		try {
			SourceReader.ReadResult result = reader.read(source);
			FetchCounts counts = queue.submit(new EntryQueue.EntryBatch(source.id(), source.outlet(), source.kind(),
					reading.id(), result.entries(), result.problems(), awaited));
			intake.finish(reading, result.notModified() ? FetchRecordEntity.Outcome.NOT_MODIFIED : FetchRecordEntity.Outcome.SUCCESS,
					counts, null);
			transaction.executeWithoutResult(status -> sources.findById(source.id())
				.ifPresent(s -> s.fetched(result.etag(), result.lastModified(), clock.instant())));
			return counts;
		}
		catch (SourceReader.ReadRefused ex) {
			intake.finish(reading, FetchRecordEntity.Outcome.REFUSED, FetchCounts.NONE, ex.getMessage());
			throw new InvalidInput("url", "monitor.source.refused", ex.getMessage());
		}
		catch (SourceReader.ReadFailed ex) {
			log.info("Reading source {} failed: {}", source.id(), ex.getMessage());
			intake.finish(reading, FetchRecordEntity.Outcome.ERROR, FetchCounts.NONE, ex.getMessage());
			transaction.executeWithoutResult(status -> sources.findById(source.id()).ifPresent(s -> s.scheduleAfter(clock.instant())));
			throw new ReadingFailed(ex.getMessage());
		}
	}

}
