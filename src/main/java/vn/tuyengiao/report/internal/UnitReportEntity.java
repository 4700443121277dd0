package vn.tuyengiao.report.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

import vn.tuyengiao.report.ReportStatus;

/** A unit's report for one period and form. Values are kept as typed, and as numbers when they are. */
@Entity
@Table(name = "unit_report")
class UnitReportEntity extends UnitPeriodRecord {

	@Column(name = "form_id", nullable = false)
	private long formId;

	@Column(name = "due_date", nullable = false)
	private LocalDate dueDate;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private ReportStatus status = ReportStatus.DRAFT;

	@Column(name = "first_submitted_at")
	private Instant firstSubmittedAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "accepted_at")
	private Instant acceptedAt;

	@ElementCollection
	@CollectionTable(name = "unit_report_value", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "indicator_id")
	private Map<Long, StoredValue> values = new HashMap<>();

	@ElementCollection
	@CollectionTable(name = "unit_report_narrative", joinColumns = @JoinColumn(name = "report_id"))
	@MapKeyColumn(name = "section_id")
	@Column(name = "body", nullable = false, length = 200000)
	private Map<Long, String> narratives = new HashMap<>();

	protected UnitReportEntity() {
	}

	UnitReportEntity(long formId, long unitId, String periodCode, LocalDate dueDate, Instant now, String actor) {
		super(unitId, periodCode, now, actor);
		this.formId = formId;
		this.dueDate = dueDate;
	}

	long formId() {
		return formId;
	}

	LocalDate dueDate() {
		return dueDate;
	}

	ReportStatus status() {
		return status;
	}

	Instant firstSubmittedAt() {
		return firstSubmittedAt;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	Instant acceptedAt() {
		return acceptedAt;
	}

	Map<Long, StoredValue> values() {
		return values;
	}

	Map<Long, String> narratives() {
		return narratives;
	}

	boolean editable() {
		return status == ReportStatus.DRAFT || status == ReportStatus.RETURNED;
	}

	void setValue(long indicatorId, String raw, BigDecimal number) {
		if (raw == null || raw.isBlank()) {
			values.remove(indicatorId);
		}
		else {
			values.put(indicatorId, new StoredValue(raw.strip(), number));
		}
	}

	void setNarrative(long sectionId, String text) {
		if (text == null || text.isBlank()) {
			narratives.remove(sectionId);
		}
		else {
			narratives.put(sectionId, text.strip());
		}
	}

	void submitted(Instant now) {
		status = ReportStatus.SUBMITTED;
		submittedAt = now;
		if (firstSubmittedAt == null) {
			firstSubmittedAt = now;
		}
	}

	void returned() {
		status = ReportStatus.RETURNED;
	}

	void accepted(Instant now) {
		status = ReportStatus.ACCEPTED;
		acceptedAt = now;
	}

	void reopened() {
		status = ReportStatus.DRAFT;
		acceptedAt = null;
	}

	@Embeddable
	static class StoredValue {

		@Column(name = "raw_value", nullable = false, length = 2000)
		private String raw;

		@Column(name = "numeric_value", precision = 24, scale = 6)
		private BigDecimal number;

		protected StoredValue() {
		}

		StoredValue(String raw, BigDecimal number) {
			this.raw = raw;
			this.number = number;
		}

		String raw() {
			return raw;
		}

		BigDecimal number() {
			return number;
		}

	}

}
