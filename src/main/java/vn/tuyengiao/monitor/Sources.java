package vn.tuyengiao.monitor;

import java.time.Instant;
import java.util.List;

/**
 * The sources (nguồn tin) a unit follows: created and changed by its specialists and leaders, read on their
 * schedule or on demand, each with a health record analysts can read. Like the other modules' APIs it does
 * not check who calls: the pages and the REST API do, through the access module.
 */
public interface Sources {

	/**
	 * A new source. Only {@code name}, {@code type} and {@code url} are required: the outlet defaults to the
	 * name, the kind to {@link SourceKind#OTHER}, the language to {@code vi}, the schedule to every 60
	 * minutes (never for imports). The owning unit is required.
	 */
	record NewSource(String name, SourceType type, String url, String outlet, SourceKind kind, String language,
			Integer intervalMinutes, Long ownerUnitId) {
	}

	/** A change of an existing source, against the version the editor saw. */
	record SourceChange(String name, String url, String outlet, SourceKind kind, String language,
			Integer intervalMinutes, Boolean active, long version) {
	}

	/**
	 * How a source is doing, for analysts: when it last worked and last failed and why, how many items it gave
	 * in the last day against its usual daily volume (a source that goes quiet is flagged), and refusals.
	 */
	record Health(Instant lastSuccessAt, Instant lastErrorAt, String lastError, long itemsLastDay,
			double usualPerDay, boolean quiet, int refusalsLastWeek, List<Reading> recent) {
	}

	/** One reading of the source and what came of it. */
	record Reading(Instant startedAt, Instant finishedAt, String outcome, FetchCounts counts, String message,
			List<String> problems) {
	}

	Source create(NewSource source);

	Source update(long id, SourceChange change);

	/** The sources owned by these units, by name. */
	List<Source> ownedBy(java.util.Collection<Long> unitIds);

	/** The source; {@code NotFound} when there is none. */
	Source get(long id);

	/**
	 * Stores posts exported from another tool (CSV or JSONL, see docs/IMPORTS.md) as items of an
	 * {@link SourceType#IMPORT} source; a malformed row is counted as failed and recorded, the others stored.
	 */
	FetchCounts importFile(long sourceId, String fileName, byte[] content);

	/** Reads the source now and returns when its entries are stored and searchable. */
	FetchCounts fetchNow(long id);

	Health health(long id);

}
