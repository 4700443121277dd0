package vn.tuyengiao.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.DomainProblem.FieldProblem;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportCycle.ValueCheck;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.UnitReport;

/** A unit's side of the cycle: the report assigned to it, its values and narratives saved and autosaved. */
@Component
class ReportFiling {

	private final UnitReportRepository reports;

	private final UnitReportRecords records;

	private final ReportCatalogueService catalogue;

	private final ReportOutliers outliers;

	private final OrgUnits units;

	private final AuditLog audit;

	ReportFiling(UnitReportRepository reports, UnitReportRecords records, ReportCatalogueService catalogue,
			ReportOutliers outliers, OrgUnits units, AuditLog audit) {
		this.reports = reports;
		this.records = records;
		this.catalogue = catalogue;
		this.outliers = outliers;
		this.units = units;
		this.audit = audit;
	}

	@Transactional
	List<UnitReport> assign(String formCode, String periodCode, Set<Long> unitIds, LocalDate dueDate) {
		Period period = Period.parse(periodCode);
		ReportForm form = catalogue.form(formCode);
		List<UnitReport> assigned = new ArrayList<>();
		for (Long unitId : unitIds) {
			OrgUnit unit = units.find(unitId).orElseThrow(() -> new InvalidInput("unitIds", "org.not-found", unitId));
			UnitReportEntity report = reports.findByFormIdAndUnitIdAndPeriodCode(form.id(), unitId, period.code())
				.orElseGet(() -> {
					UnitReportEntity created = reports.save(new UnitReportEntity(form.id(), unitId, period.code(),
							dueDate, records.now(), records.actor()));
					audit.record(AuditAction.CREATE, UnitReportRecords.subject(created), unitId, "Giao báo cáo "
							+ form.code() + " kỳ " + period.vietnameseName() + " cho " + unit.name() + ", hạn " + dueDate);
					return created;
				});
			assigned.add(records.view(report, form));
		}
		return assigned;
	}

	@Transactional
	UnitReport save(long reportId, Map<String, String> values, Map<String, String> narratives, long version) {
		UnitReportEntity report = records.editable(reportId, version);
		ReportForm form = catalogue.form(report.formId());
		Map<String, Indicator> byCode = byCode(form);
		List<FieldProblem> problems = new ArrayList<>();
		Map<Long, IndicatorValues.Reading> readings = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : (values == null ? Map.<String, String>of() : values).entrySet()) {
			Indicator indicator = byCode.get(entry.getKey());
			if (indicator == null) {
				problems.add(new FieldProblem("values." + entry.getKey(), "value.unknown-indicator", entry.getKey()));
				continue;
			}
			IndicatorValues.Reading reading = IndicatorValues.read(indicator, entry.getValue());
			if (reading.ok()) {
				readings.put(indicator.id(), reading);
			}
			else {
				problems.add(reading.problem());
			}
		}
		Map<String, ReportForm.Section> sections = form.sections().stream()
			.collect(Collectors.toMap(ReportForm.Section::code, Function.identity()));
		if (narratives != null) {
			narratives.keySet().stream().filter(code -> !sections.containsKey(code))
				.forEach(code -> problems.add(new FieldProblem("narratives." + code, "narrative.unknown-section", code)));
		}
		if (!problems.isEmpty()) {
			throw UnitReportRecords.invalid(problems);
		}
		(values == null ? Map.<String, String>of() : values).forEach((code, raw) -> {
			Indicator indicator = byCode.get(code);
			report.setValue(indicator.id(), raw, readings.get(indicator.id()).number());
		});
		if (narratives != null) {
			narratives.forEach((code, text) -> report.setNarrative(sections.get(code).id(), text));
		}
		records.store(report);
		audit.record(AuditAction.UPDATE, UnitReportRecords.subject(report), report.unitId(), "Lưu báo cáo "
				+ records.describe(report) + " (" + (values == null ? 0 : values.size()) + " giá trị, "
				+ (narratives == null ? 0 : narratives.size()) + " phần thuyết minh)");
		return records.view(report, form);
	}

	@Transactional
	ValueCheck saveDraftValue(long reportId, String indicatorCode, String value, long version) {
		UnitReportEntity report = records.autosavable(reportId, version);
		ReportForm form = catalogue.form(report.formId());
		Indicator indicator = Optional.ofNullable(byCode(form).get(indicatorCode))
			.orElseThrow(() -> new InvalidInput("indicator", "value.unknown-indicator", indicatorCode));
		IndicatorValues.Reading reading = IndicatorValues.read(indicator, value);
		// Kept even when wrong: what the user typed is never lost; submitting is what refuses it.
		report.setValue(indicator.id(), value, reading.number());
		records.store(report);
		audit.record(AuditAction.UPDATE, UnitReportRecords.subject(report), report.unitId(),
				"Lưu nháp " + indicatorCode + " = \"" + (value == null ? "" : value.strip()) + "\"");
		FieldProblem warning = reading.ok() ? outliers.outlier(report, indicator, reading.number()) : null;
		return new ValueCheck(indicatorCode, reading.problem(), warning, report.version());
	}

	@Transactional
	long saveDraftNarrative(long reportId, String sectionCode, String text, long version) {
		UnitReportEntity report = records.autosavable(reportId, version);
		ReportForm.Section section = catalogue.form(report.formId()).sections().stream()
			.filter(s -> s.code().equals(sectionCode))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("section", "narrative.unknown-section", sectionCode));
		report.setNarrative(section.id(), text);
		records.store(report);
		audit.record(AuditAction.UPDATE, UnitReportRecords.subject(report), report.unitId(), "Lưu nháp thuyết minh mục "
				+ sectionCode + " (" + (text == null ? 0 : text.strip().length()) + " ký tự)");
		return report.version();
	}

	@Transactional
	UnitReport recordFiled(long reportId, Map<String, String> values, Map<String, String> narratives,
			Instant submittedAt, Instant acceptedAt) {
		save(reportId, values, narratives, records.load(reportId).version());
		UnitReportEntity report = reports.findById(reportId).orElseThrow();
		report.submitted(submittedAt);
		records.event(report, "SUBMITTED", "Nhập từ báo cáo gửi ngoài hệ thống", submittedAt);
		if (acceptedAt != null) {
			report.accepted(acceptedAt);
			records.event(report, "ACCEPTED", null, acceptedAt);
		}
		records.store(report);
		audit.record(AuditAction.UPDATE, UnitReportRecords.subject(report), report.unitId(),
				"Nhập báo cáo đã gửi ngoài hệ thống: " + records.describe(report) + ", gửi lúc " + submittedAt
						+ (acceptedAt == null ? "" : ", tiếp nhận lúc " + acceptedAt));
		return records.view(report);
	}

	private static Map<String, Indicator> byCode(ReportForm form) {
		return form.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
	}

}
