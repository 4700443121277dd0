package vn.tuyengiao.monitor.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.tuyengiao.monitor.FetchCounts;

/** One reading of a source (a fetch or an import) and how it ended: the raw material of source health. */
@Entity
@Table(name = "monitor_fetch")
class FetchRecordEntity {

	enum Outcome {
		RUNNING, SUCCESS, NOT_MODIFIED, ERROR, REFUSED
	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "source_id", nullable = false)
	private long sourceId;

	@Column(name = "started_at", nullable = false)
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Outcome outcome;

	private int fetched;

	private int created;

	private int updated;

	private int failed;

	private String message;

	protected FetchRecordEntity() {
	}

	FetchRecordEntity(long sourceId, Instant startedAt) {
		this.sourceId = sourceId;
		this.startedAt = startedAt;
		this.outcome = Outcome.RUNNING;
	}

	void finish(Outcome outcome, FetchCounts counts, String message, Instant now) {
		this.outcome = outcome;
		this.fetched = counts.fetched();
		this.created = counts.created();
		this.updated = counts.updated();
		this.failed = counts.failed();
		this.message = message == null ? null : message.substring(0, Math.min(message.length(), 2000));
		this.finishedAt = now;
	}

	long id() {
		return id;
	}

	long sourceId() {
		return sourceId;
	}

	Instant startedAt() {
		return startedAt;
	}

	Instant finishedAt() {
		return finishedAt;
	}

	Outcome outcome() {
		return outcome;
	}

	String message() {
		return message;
	}

	FetchCounts counts() {
		return new FetchCounts(fetched, created, updated, failed);
	}

}
