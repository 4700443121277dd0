package vn.tuyengiao.briefing.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tuyengiao.briefing.TaskStatus;

@Entity
@Table(name = "briefing_task")
class TaskEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String title;

	@Column(name = "source_type", nullable = false)
	private String sourceType;

	@Column(name = "conclusion_id")
	private Long conclusionId;

	@Column(name = "source_reference", nullable = false)
	private String sourceReference;

	@Column(name = "lead_unit_id", nullable = false)
	private long leadUnitId;

	@Column(nullable = false)
	private LocalDate deadline;

	@Column(name = "period_code", nullable = false)
	private String periodCode;

	private int progress;

	private boolean started;

	@Column(name = "done_on")
	private LocalDate doneOn;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection
	@CollectionTable(name = "briefing_task_unit", joinColumns = @JoinColumn(name = "task_id"))
	@Column(name = "unit_id")
	private Set<Long> cooperatingUnitIds = new HashSet<>();

	protected TaskEntity() {
	}

	TaskEntity(String title, String sourceType, Long conclusionId, String sourceReference, long leadUnitId,
			Set<Long> cooperatingUnitIds, LocalDate deadline, String periodCode, Instant now) {
		this.title = title;
		this.sourceType = sourceType;
		this.conclusionId = conclusionId;
		this.sourceReference = sourceReference;
		this.leadUnitId = leadUnitId;
		this.cooperatingUnitIds.addAll(cooperatingUnitIds);
		this.deadline = deadline;
		this.periodCode = periodCode;
		this.createdAt = now;
	}

	/** Done when reported at 100%; overdue when the deadline passed before that; otherwise by whether anyone reported. */
	TaskStatus status(LocalDate today) {
		if (doneOn != null) {
			return TaskStatus.DONE;
		}
		if (deadline.isBefore(today)) {
			return TaskStatus.OVERDUE;
		}
		return started ? TaskStatus.IN_PROGRESS : TaskStatus.NOT_STARTED;
	}

	void progress(int percent, LocalDate today) {
		this.progress = percent;
		this.started = true;
		this.doneOn = percent >= 100 ? today : null;
	}

	boolean involves(long unitId) {
		return leadUnitId == unitId || cooperatingUnitIds.contains(unitId);
	}

	Long id() {
		return id;
	}

	String title() {
		return title;
	}

	String sourceType() {
		return sourceType;
	}

	Long conclusionId() {
		return conclusionId;
	}

	String sourceReference() {
		return sourceReference;
	}

	long leadUnitId() {
		return leadUnitId;
	}

	Set<Long> cooperatingUnitIds() {
		return cooperatingUnitIds;
	}

	LocalDate deadline() {
		return deadline;
	}

	String periodCode() {
		return periodCode;
	}

	int progress() {
		return progress;
	}

	LocalDate doneOn() {
		return doneOn;
	}

	long version() {
		return version;
	}

}
