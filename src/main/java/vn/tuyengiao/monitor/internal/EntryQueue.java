package vn.tuyengiao.monitor.internal;

import java.util.List;

import vn.tuyengiao.monitor.FetchCounts;
import vn.tuyengiao.monitor.SourceKind;

/**
 * The boundary between the reading stages (fetch, parse, extract) and the storing stages (normalise, store,
 * index, then {@code ItemIngested} for the analysis stage). In one process it hands a batch straight to
 * the store and answers with what it did; in the cluster profile a Kafka topic sits here and the store stage
 * runs as its consumer on any machine. Delivery is at least once: a batch handed over twice stores nothing
 * twice, because every item is keyed by its canonical URL.
 */
interface EntryQueue {

	/**
	 * Hands over the entries of one reading. Returns what the store did when it ran in this process, or
	 * counts with only {@code fetched} set when the batch was queued for another.
	 */
	FetchCounts submit(EntryBatch batch);

	/**
	 * The entries of one reading of a source, with the entries that could not be read; small and
	 * self-contained so it can be serialised onto a topic. {@code awaited}: someone waits for it (an analyst
	 * pressed "read now" or uploaded a file) and will search next, so its items must be searchable when the
	 * store returns; a scheduled reading's items may become searchable up to a second later, which lets the
	 * index take many readings in one write.
	 */
	record EntryBatch(long sourceId, String outlet, SourceKind kind, long readingId, List<IncomingItem> entries,
			List<SourceReader.Problem> problems, boolean awaited) {
	}

}
