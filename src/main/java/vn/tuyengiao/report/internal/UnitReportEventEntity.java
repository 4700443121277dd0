package vn.tuyengiao.report.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.tuyengiao.report.UnitReport;

@Entity
@Table(name = "unit_report_event")
class UnitReportEventEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "report_id", nullable = false)
	private long reportId;

	@Column(name = "occurred_at", nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String actor;

	@Column(nullable = false)
	private String action;

	private String comment;

	protected UnitReportEventEntity() {
	}

	UnitReportEventEntity(long reportId, Instant at, String actor, String action, String comment) {
		this.reportId = reportId;
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.comment = comment;
	}

	UnitReport.Event toView() {
		return new UnitReport.Event(at, actor, action, comment);
	}

}
