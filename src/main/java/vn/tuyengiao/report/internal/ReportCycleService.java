package vn.tuyengiao.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.report.Completeness;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportCycle;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.ReportStatus;
import vn.tuyengiao.report.UnitReport;

/**
 * Unit reports through draft → submitted → returned → accepted; every step is audited. Reading and the period's
 * completeness are here; the unit's filing is {@link ReportFiling}'s, the review above it {@link ReportReview}'s.
 */
@Service
class ReportCycleService implements ReportCycle {

	private final UnitReportRepository reports;

	private final UnitReportRecords records;

	private final ReportCatalogueService catalogue;

	private final OrgUnits units;

	private final ReportFiling filing;

	private final ReportReview review;

	private final ReportOutliers outliers;

	ReportCycleService(UnitReportRepository reports, UnitReportRecords records, ReportCatalogueService catalogue,
			OrgUnits units, ReportFiling filing, ReportReview review, ReportOutliers outliers) {
		this.reports = reports;
		this.records = records;
		this.catalogue = catalogue;
		this.units = units;
		this.filing = filing;
		this.review = review;
		this.outliers = outliers;
	}

	@Override
	public List<UnitReport> assign(String formCode, String periodCode, Set<Long> unitIds, LocalDate dueDate) {
		return filing.assign(formCode, periodCode, unitIds, dueDate);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<UnitReport> find(long reportId) {
		return reports.findById(reportId).map(records::view);
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
			.map(report -> records.view(report, forms.computeIfAbsent(report.formId(), catalogue::form)))
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
	public UnitReport save(long reportId, Map<String, String> values, Map<String, String> narratives, long version) {
		return filing.save(reportId, values, narratives, version);
	}

	@Override
	public ValueCheck saveDraftValue(long reportId, String indicatorCode, String value, long version) {
		return filing.saveDraftValue(reportId, indicatorCode, value, version);
	}

	@Override
	public long saveDraftNarrative(long reportId, String sectionCode, String text, long version) {
		return filing.saveDraftNarrative(reportId, sectionCode, text, version);
	}

	@Override
	public UnitReport submit(long reportId, long version, boolean confirmOutliers) {
		return review.submit(reportId, version, confirmOutliers);
	}

	@Override
	public UnitReport returnForCorrection(long reportId, String comment, long version) {
		return review.returnForCorrection(reportId, comment, version);
	}

	@Override
	public UnitReport accept(long reportId, long version) {
		return review.accept(reportId, version);
	}

	@Override
	public UnitReport reopen(long reportId, String reason, long version) {
		return review.reopen(reportId, reason, version);
	}

	@Override
	public UnitReport recordFiled(long reportId, Map<String, String> values, Map<String, String> narratives,
			Instant submittedAt, Instant acceptedAt) {
		return filing.recordFiled(reportId, values, narratives, submittedAt, acceptedAt);
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
		UnitReportEntity report = records.load(reportId);
		return outliers.checks(report, catalogue.form(report.formId()));
	}

	private Map<Long, String> unitNames() {
		return units.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
	}

}
