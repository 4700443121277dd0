package vn.tuyengiao.report.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.DomainProblem.FieldProblem;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.ReportAccepted;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.ReportStatus;
import vn.tuyengiao.report.ReportSubmitted;
import vn.tuyengiao.report.UnitReport;

/** A report's way up: the unit submits it, the board above returns or accepts it, and may reopen it. */
@Component
class ReportReview {

	private final UnitReportRecords records;

	private final ReportCatalogueService catalogue;

	private final ReportOutliers outliers;

	private final AuditLog audit;

	private final ApplicationEventPublisher publisher;

	private final ConsolidatedRecords consolidated;

	ReportReview(UnitReportRecords records, ReportCatalogueService catalogue, ReportOutliers outliers, AuditLog audit,
			ApplicationEventPublisher publisher, ConsolidatedRecords consolidated) {
		this.records = records;
		this.catalogue = catalogue;
		this.outliers = outliers;
		this.audit = audit;
		this.publisher = publisher;
		this.consolidated = consolidated;
	}

	@Transactional
	UnitReport submit(long reportId, long version, boolean confirmOutliers) {
		UnitReportEntity report = records.editable(reportId, version);
		ReportForm form = catalogue.form(report.formId());
		List<FieldProblem> problems = new ArrayList<>();
		for (Indicator indicator : form.indicators()) {
			UnitReportEntity.StoredValue stored = report.values().get(indicator.id());
			if (stored == null) {
				if (indicator.required()) {
					problems.add(new FieldProblem("values." + indicator.code(), "value.required", indicator.name(), indicator.code()));
				}
				continue;
			}
			IndicatorValues.Reading reading = IndicatorValues.read(indicator, stored.raw());
			if (!reading.ok()) {
				problems.add(reading.problem());
			}
		}
		if (!problems.isEmpty()) {
			throw UnitReportRecords.invalid(problems);
		}
		if (!confirmOutliers) {
			outliers.requireConfirmed(report, form);
		}
		Instant now = records.now();
		report.submitted(now);
		stepped(report, now, "SUBMITTED", null, "Gửi báo cáo " + records.describe(report));
		publisher.publishEvent(new ReportSubmitted(report.id(), report.unitId(), report.periodCode()));
		return records.view(report, form);
	}

	@Transactional
	UnitReport returnForCorrection(long reportId, String comment, long version) {
		UnitReportEntity report = records.inStatus(reportId, version, ReportStatus.SUBMITTED);
		String why = required(comment, "comment", "report.return.comment-required");
		report.returned();
		stepped(report, records.now(), "RETURNED", why, "Trả lại báo cáo " + records.describe(report) + ": " + why);
		return records.view(report);
	}

	@Transactional
	UnitReport accept(long reportId, long version) {
		UnitReportEntity report = records.inStatus(reportId, version, ReportStatus.SUBMITTED);
		Instant now = records.now();
		report.accepted(now);
		stepped(report, now, "ACCEPTED", null, "Tiếp nhận báo cáo " + records.describe(report));
		publisher.publishEvent(new ReportAccepted(report.id(), report.unitId(), report.periodCode()));
		return records.view(report);
	}

	@Transactional
	UnitReport reopen(long reportId, String reason, long version) {
		UnitReportEntity report = records.inStatus(reportId, version, ReportStatus.ACCEPTED);
		String why = required(reason, "reason", "report.reopen.reason-required");
		report.reopened();
		// The issued documents above it keep their stored files; the audit says which ones it stood behind.
		String issued = consolidated.issuedAbove(report.unitId(), report.periodCode());
		stepped(report, records.now(), "REOPENED", why, "Mở lại báo cáo đã tiếp nhận " + records.describe(report)
				+ (issued.isEmpty() ? "" : ", đã tổng hợp vào văn bản đã ban hành " + issued + " (văn bản giữ nguyên)")
				+ ". Lý do: " + why);
		return records.view(report);
	}

	/** Writes a step of the report's way: the report itself, its history and the audit. */
	private void stepped(UnitReportEntity report, Instant at, String action, String comment, String audited) {
		records.store(report, at);
		records.event(report, action, comment);
		audit.record(AuditAction.UPDATE, UnitReportRecords.subject(report), report.unitId(), audited);
	}

	/** The stripped text the reviewer must give, refused when blank. */
	private static String required(String text, String field, String messageKey) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput(field, messageKey);
		}
		return text.strip();
	}

}
