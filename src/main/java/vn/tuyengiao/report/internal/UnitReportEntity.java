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
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tuyengiao.report.ReportStatus;

/** A unit's report for one period and form. Values are kept as typed, and as numbers when they are. */
@Entity
@Table(name = "unit_report")
class UnitReportEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "form_id", nullable = false)
	private long formId;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "period_code", nullable = false)
	private String periodCode;

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

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Version
	private long version;

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
		this.formId = formId;
		this.unitId = unitId;
		this.periodCode = periodCode;
		this.dueDate = dueDate;
		touch(now, actor);
	}

	Long id() {
		return id;
	}

	long formId() {
		return formId;
	}

	long unitId() {
		return unitId;
	}

	String periodCode() {
		return periodCode;
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

	long version() {
		return version;
	}

	String updatedBy() {
		return updatedBy;
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

	void touch(Instant now, String actor) {
		this.updatedAt = now;
		this.updatedBy = actor;
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
