package vn.tuyengiao.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.DomainProblem.FieldProblem;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.report.Completeness;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportAccepted;
import vn.tuyengiao.report.ReportCycle;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.ReportStatus;
import vn.tuyengiao.report.ReportSubmitted;
import vn.tuyengiao.report.UnitReport;
import vn.tuyengiao.report.ValueType;

/** Unit reports through draft → submitted → returned → accepted; every step is audited. */
@Service
class ReportCycleService implements ReportCycle {

	/** How many earlier periods a value is compared with, and how far from their average is "far". */
	static final int OUTLIER_HISTORY = 4;

	static final BigDecimal OUTLIER_FACTOR = BigDecimal.valueOf(3);

	private final UnitReportRepository reports;

	private final UnitReportEventRepository events;

	private final ReportCatalogueService catalogue;

	private final OrgUnits units;

	private final AccessScope scope;

	private final AuditLog audit;

	private final ApplicationEventPublisher publisher;

	private final ConsolidationService consolidation;

	private final Clock clock = Clock.systemUTC();

	ReportCycleService(UnitReportRepository reports, UnitReportEventRepository events,
			ReportCatalogueService catalogue, OrgUnits units, AccessScope scope, AuditLog audit,
			ApplicationEventPublisher publisher, ConsolidationService consolidation) {
		this.reports = reports;
		this.events = events;
		this.catalogue = catalogue;
		this.units = units;
		this.scope = scope;
		this.audit = audit;
		this.publisher = publisher;
		this.consolidation = consolidation;
	}

	@Override
	@Transactional
	public List<UnitReport> assign(String formCode, String periodCode, Set<Long> unitIds, LocalDate dueDate) {
		Period period = Period.parse(periodCode);
		ReportForm form = catalogue.form(formCode);
		List<UnitReport> assigned = new ArrayList<>();
		for (Long unitId : unitIds) {
			OrgUnit unit = units.find(unitId).orElseThrow(() -> new InvalidInput("unitIds", "org.not-found", unitId));
			UnitReportEntity report = reports.findByFormIdAndUnitIdAndPeriodCode(form.id(), unitId, period.code())
				.orElseGet(() -> {
					UnitReportEntity created = reports.save(new UnitReportEntity(form.id(), unitId, period.code(),
							dueDate, clock.instant(), actor()));
					audit.record(AuditAction.CREATE, subject(created), unitId, "Giao báo cáo " + form.code() + " kỳ "
							+ period.vietnameseName() + " cho " + unit.name() + ", hạn " + dueDate);
					return created;
				});
			assigned.add(view(report, form));
		}
		return assigned;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UnitReport> find(long reportId) {
		return reports.findById(reportId).map(report -> view(report, catalogue.form(report.formId())));
	}

	@Override
	@Transactional(readOnly = true)
	public List<UnitReport> ofPeriod(String periodCode, Set<Long> unitIds) {
		Period period = Period.parse(periodCode);
		Map<Long, ReportForm> forms = new HashMap<>();
		Map<Long, String> names = unitNames();
		return reports.findByPeriodCodeAndUnitIdIn(period.code(), unitIds)
			.stream()
			.sorted(Comparator.comparing((UnitReportEntity r) -> names.getOrDefault(r.unitId(), "")))
			.map(report -> view(report, forms.computeIfAbsent(report.formId(), catalogue::form)))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Period> periods() {
		return reports.findPeriodCodes()
			.stream()
			.map(Period::parse)
			.sorted(Comparator.comparing(Period::start).reversed().thenComparing(Period::end))
			.toList();
	}

	@Override
	@Transactional
	public UnitReport save(long reportId, Map<String, String> values, Map<String, String> narratives, long version) {
		UnitReportEntity report = editable(reportId, version);
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
			throw invalid(problems);
		}
		(values == null ? Map.<String, String>of() : values).forEach((code, raw) -> {
			Indicator indicator = byCode.get(code);
			report.setValue(indicator.id(), raw, readings.get(indicator.id()).number());
		});
		if (narratives != null) {
			narratives.forEach((code, text) -> report.setNarrative(sections.get(code).id(), text));
		}
		report.touch(clock.instant(), actor());
		reports.saveAndFlush(report);
		audit.record(AuditAction.UPDATE, subject(report), report.unitId(), "Lưu báo cáo " + describe(report)
				+ " (" + (values == null ? 0 : values.size()) + " giá trị, " + (narratives == null ? 0 : narratives.size()) + " phần thuyết minh)");
		return view(report, form);
	}

	@Override
	@Transactional
	public ValueCheck saveDraftValue(long reportId, String indicatorCode, String value, long version) {
		UnitReportEntity report = autosavable(reportId, version);
		ReportForm form = catalogue.form(report.formId());
		Indicator indicator = Optional.ofNullable(byCode(form).get(indicatorCode))
			.orElseThrow(() -> new InvalidInput("indicator", "value.unknown-indicator", indicatorCode));
		IndicatorValues.Reading reading = IndicatorValues.read(indicator, value);
		// Kept even when wrong: what the user typed is never lost; submitting is what refuses it.
		report.setValue(indicator.id(), value, reading.number());
		report.touch(clock.instant(), actor());
		reports.saveAndFlush(report);
		audit.record(AuditAction.UPDATE, subject(report), report.unitId(),
				"Lưu nháp " + indicatorCode + " = \"" + (value == null ? "" : value.strip()) + "\"");
		FieldProblem warning = reading.ok() ? outlier(report, indicator, reading.number()) : null;
		return new ValueCheck(indicatorCode, reading.problem(), warning, report.version());
	}

	@Override
	@Transactional
	public long saveDraftNarrative(long reportId, String sectionCode, String text, long version) {
		UnitReportEntity report = autosavable(reportId, version);
		ReportForm.Section section = catalogue.form(report.formId()).sections().stream()
			.filter(s -> s.code().equals(sectionCode))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("section", "narrative.unknown-section", sectionCode));
		report.setNarrative(section.id(), text);
		report.touch(clock.instant(), actor());
		reports.saveAndFlush(report);
		audit.record(AuditAction.UPDATE, subject(report), report.unitId(), "Lưu nháp thuyết minh mục " + sectionCode
				+ " (" + (text == null ? 0 : text.strip().length()) + " ký tự)");
		return report.version();
	}

	@Override
	@Transactional
	public UnitReport submit(long reportId, long version, boolean confirmOutliers) {
		UnitReportEntity report = editable(reportId, version);
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
			throw invalid(problems);
		}
		if (!confirmOutliers) {
			List<FieldProblem> far = outlierProblems(report, form);
			if (!far.isEmpty()) {
				throw new OutliersNeedConfirmation(far);
			}
		}
		Instant now = clock.instant();
		report.submitted(now);
		report.touch(now, actor());
		reports.saveAndFlush(report);
		event(report, "SUBMITTED", null);
		audit.record(AuditAction.UPDATE, subject(report), report.unitId(), "Gửi báo cáo " + describe(report));
		publisher.publishEvent(new ReportSubmitted(report.id(), report.unitId(), report.periodCode()));
		return view(report, form);
	}

	@Override
	@Transactional
	public UnitReport returnForCorrection(long reportId, String comment, long version) {
		UnitReportEntity report = inStatus(reportId, version, ReportStatus.SUBMITTED);
		if (comment == null || comment.isBlank()) {
			throw new InvalidInput("comment", "report.return.comment-required");
		}
		report.returned();
		report.touch(clock.instant(), actor());
		reports.saveAndFlush(report);
		event(report, "RETURNED", comment.strip());
		audit.record(AuditAction.UPDATE, subject(report), report.unitId(),
				"Trả lại báo cáo " + describe(report) + ": " + comment.strip());
		return view(report, catalogue.form(report.formId()));
	}

	@Override
	@Transactional
	public UnitReport accept(long reportId, long version) {
		UnitReportEntity report = inStatus(reportId, version, ReportStatus.SUBMITTED);
		Instant now = clock.instant();
		report.accepted(now);
		report.touch(now, actor());
		reports.saveAndFlush(report);
		event(report, "ACCEPTED", null);
		audit.record(AuditAction.UPDATE, subject(report), report.unitId(), "Tiếp nhận báo cáo " + describe(report));
		publisher.publishEvent(new ReportAccepted(report.id(), report.unitId(), report.periodCode()));
		return view(report, catalogue.form(report.formId()));
	}

	@Override
	@Transactional
	public UnitReport reopen(long reportId, String reason, long version) {
		UnitReportEntity report = inStatus(reportId, version, ReportStatus.ACCEPTED);
		if (reason == null || reason.isBlank()) {
			throw new InvalidInput("reason", "report.reopen.reason-required");
		}
		report.reopened();
		report.touch(clock.instant(), actor());
		reports.saveAndFlush(report);
		event(report, "REOPENED", reason.strip());
		// The issued documents above it keep their stored files; the audit says which ones it stood behind.
		String issued = consolidation.issuedAbove(report.unitId(), report.periodCode());
		audit.record(AuditAction.UPDATE, subject(report), report.unitId(), "Mở lại báo cáo đã tiếp nhận " + describe(report)
				+ (issued.isEmpty() ? "" : ", đã tổng hợp vào văn bản đã ban hành " + issued + " (văn bản giữ nguyên)")
				+ ". Lý do: " + reason.strip());
		return view(report, catalogue.form(report.formId()));
	}

	@Override
	@Transactional
	public UnitReport recordFiled(long reportId, Map<String, String> values, Map<String, String> narratives,
			Instant submittedAt, Instant acceptedAt) {
		UnitReportEntity current = reports.findById(reportId).orElseThrow(() -> new NotFound("report.not-found", reportId));
		save(reportId, values, narratives, current.version());
		UnitReportEntity report = reports.findById(reportId).orElseThrow();
		report.submitted(submittedAt);
		event(report, "SUBMITTED", "Nhập từ báo cáo gửi ngoài hệ thống", submittedAt);
		if (acceptedAt != null) {
			report.accepted(acceptedAt);
			event(report, "ACCEPTED", null, acceptedAt);
		}
		report.touch(clock.instant(), actor());
		reports.saveAndFlush(report);
		audit.record(AuditAction.UPDATE, subject(report), report.unitId(), "Nhập báo cáo đã gửi ngoài hệ thống: "
				+ describe(report) + ", gửi lúc " + submittedAt + (acceptedAt == null ? "" : ", tiếp nhận lúc " + acceptedAt));
		return view(report, catalogue.form(report.formId()));
	}

	@Override
	@Transactional(readOnly = true)
	public Completeness completeness(String periodCode, Set<Long> unitIds) {
		Period period = Period.parse(periodCode);
		Map<Long, String> names = unitNames();
		List<Completeness.UnitLine> lines = reports.findByPeriodCodeAndUnitIdIn(period.code(), unitIds)
			.stream()
			.map(r -> new Completeness.UnitLine(r.unitId(), names.getOrDefault(r.unitId(), "?"), r.id(), r.status(),
					r.dueDate(), r.firstSubmittedAt(), r.firstSubmittedAt() == null ? null
							: !VietnamTime.dayOf(r.firstSubmittedAt()).isAfter(r.dueDate())))
			.sorted(Comparator.comparing(Completeness.UnitLine::unitName))
			.toList();
		int submitted = (int) lines.stream()
			.filter(l -> l.status() == ReportStatus.SUBMITTED || l.status() == ReportStatus.ACCEPTED)
			.count();
		int onTime = (int) lines.stream().filter(l -> Boolean.TRUE.equals(l.onTime())).count();
		int late = (int) lines.stream().filter(l -> Boolean.FALSE.equals(l.onTime())).count();
		return new Completeness(period.code(), lines.size(), submitted, onTime, late, lines.size() - submitted, lines);
	}

	@Override
	@Transactional(readOnly = true)
	public List<ValueCheck> outliers(long reportId) {
		UnitReportEntity report = reports.findById(reportId).orElseThrow(() -> new NotFound("report.not-found", reportId));
		ReportForm form = catalogue.form(report.formId());
		List<ValueCheck> checks = new ArrayList<>();
		for (Indicator indicator : form.indicators()) {
			UnitReportEntity.StoredValue stored = report.values().get(indicator.id());
			if (stored != null && stored.number() != null) {
				FieldProblem warning = outlier(report, indicator, stored.number());
				if (warning != null) {
					checks.add(new ValueCheck(indicator.code(), null, warning, report.version()));
				}
			}
		}
		return checks;
	}

	/** The unit's average for the indicator over its earlier submitted periods, or {@code null}. */
	private BigDecimal earlierAverage(UnitReportEntity report, Indicator indicator) {
		List<String> earlier = new ArrayList<>();
		Period period = Period.parse(report.periodCode());
		for (int i = 0; i < OUTLIER_HISTORY; i++) {
			period = period.previous();
			earlier.add(period.code());
		}
		List<BigDecimal> numbers = reports.findByUnitIdAndFormIdAndPeriodCodeInAndStatusIn(report.unitId(),
				report.formId(), earlier, List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED))
			.stream()
			.map(r -> r.values().get(indicator.id()))
			.filter(v -> v != null && v.number() != null)
			.map(UnitReportEntity.StoredValue::number)
			.toList();
		if (numbers.isEmpty()) {
			return null;
		}
		return numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(numbers.size()), 6, RoundingMode.HALF_UP);
	}

	private FieldProblem outlier(UnitReportEntity report, Indicator indicator, BigDecimal value) {
		if (value == null || indicator.type() == ValueType.YES_NO || indicator.type() == ValueType.TEXT) {
			return null;
		}
		BigDecimal average = earlierAverage(report, indicator);
		if (average == null || average.signum() <= 0) {
			return null;
		}
		boolean far = value.compareTo(average.multiply(OUTLIER_FACTOR)) > 0
				|| value.multiply(OUTLIER_FACTOR).compareTo(average) < 0;
		return far ? new FieldProblem("values." + indicator.code(), "value.outlier", indicator.name(), indicator.code(),
				IndicatorValues.format(value), IndicatorValues.format(average.setScale(1, RoundingMode.HALF_UP))) : null;
	}

	private List<FieldProblem> outlierProblems(UnitReportEntity report, ReportForm form) {
		List<FieldProblem> far = new ArrayList<>();
		for (Indicator indicator : form.indicators()) {
			UnitReportEntity.StoredValue stored = report.values().get(indicator.id());
			if (stored != null) {
				FieldProblem problem = outlier(report, indicator, stored.number());
				if (problem != null) {
					far.add(problem);
				}
			}
		}
		return far;
	}

	private UnitReportEntity editable(long reportId, long version) {
		UnitReportEntity report = reports.findById(reportId).orElseThrow(() -> new NotFound("report.not-found", reportId));
		checkVersion(report, version);
		if (!report.editable()) {
			throw new Conflict(null, "report.not-editable");
		}
		return report;
	}

	/**
	 * An autosave may carry a version that the same person's previous autosave (still on its way when
	 * the next key was typed) has already moved on: that is not someone else's edit, so it is let
	 * through. A change by anyone else in between is refused, as for every edit.
	 */
	private UnitReportEntity autosavable(long reportId, long version) {
		UnitReportEntity report = reports.findForUpdate(reportId).orElseThrow(() -> new NotFound("report.not-found", reportId));
		if (report.version() != version && !actor().equals(report.updatedBy())) {
			throw new Conflict("version", "problem.stale-edit");
		}
		if (!report.editable()) {
			throw new Conflict(null, "report.not-editable");
		}
		return report;
	}

	private UnitReportEntity inStatus(long reportId, long version, ReportStatus expected) {
		UnitReportEntity report = reports.findById(reportId).orElseThrow(() -> new NotFound("report.not-found", reportId));
		checkVersion(report, version);
		if (report.status() != expected) {
			throw new Conflict(null, "report.wrong-status", report.status());
		}
		return report;
	}

	private static void checkVersion(UnitReportEntity report, long version) {
		if (report.version() != version) {
			throw new Conflict("version", "problem.stale-edit");
		}
	}

	private void event(UnitReportEntity report, String action, String comment) {
		event(report, action, comment, clock.instant());
	}

	private void event(UnitReportEntity report, String action, String comment, Instant at) {
		events.save(new UnitReportEventEntity(report.id(), at, actor(), action, comment));
	}

	private String actor() {
		return scope.currentIfAny().map(CurrentUser::username).orElse("system");
	}

	private UnitReport view(UnitReportEntity report, ReportForm form) {
		Map<String, String> values = new LinkedHashMap<>();
		for (Indicator indicator : form.indicators()) {
			UnitReportEntity.StoredValue stored = report.values().get(indicator.id());
			if (stored != null) {
				values.put(indicator.code(), stored.raw());
			}
		}
		Map<String, String> narratives = new LinkedHashMap<>();
		for (ReportForm.Section section : form.sections()) {
			String text = report.narratives().get(section.id());
			if (text != null) {
				narratives.put(section.code(), text);
			}
		}
		String unitName = units.find(report.unitId()).map(OrgUnit::name).orElse("?");
		List<UnitReport.Event> history = report.id() == null ? List.of()
				: events.findByReportIdOrderByAtAscIdAsc(report.id()).stream().map(UnitReportEventEntity::toView).toList();
		return new UnitReport(report.id(), report.unitId(), unitName, report.periodCode(), form.code(), report.dueDate(),
				report.status(), report.submittedAt(), report.acceptedAt(), values, narratives, history, report.version());
	}

	private Map<Long, String> unitNames() {
		return units.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
	}

	private static Map<String, Indicator> byCode(ReportForm form) {
		return form.indicators().stream().collect(Collectors.toMap(Indicator::code, Function.identity()));
	}

	private static String subject(UnitReportEntity report) {
		return "unit-report:" + report.id();
	}

	private String describe(UnitReportEntity report) {
		return Period.parse(report.periodCode()).vietnameseName() + " của "
				+ units.find(report.unitId()).map(OrgUnit::name).orElse("đơn vị " + report.unitId());
	}

	private static InvalidInput invalid(List<FieldProblem> problems) {
		String codes = problems.stream().map(p -> p.field().replaceFirst("^values\\.|^narratives\\.", ""))
			.collect(Collectors.joining(", "));
		return new InvalidInput(problems, "report.values-invalid", problems.size(), codes);
	}

	/** Some values are far from the unit's earlier periods: the user must confirm them before submitting. */
	static class OutliersNeedConfirmation extends DomainProblem {

		OutliersNeedConfirmation(List<FieldProblem> far) {
			super(HttpStatus.UNPROCESSABLE_ENTITY, "report.outliers-unconfirmed", null, far, far.size());
		}

	}

}
