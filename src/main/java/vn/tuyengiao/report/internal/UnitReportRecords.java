package vn.tuyengiao.report.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.DomainProblem.FieldProblem;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.ReportStatus;
import vn.tuyengiao.report.UnitReport;

/**
 * What every step of a unit report's workflow shares: loading it with the checks that guard a change
 * (version, status), writing its history, who is acting, and the view handed out.
 */
@Component
class UnitReportRecords {

	private final UnitReportRepository reports;

	private final UnitReportEventRepository events;

	private final ReportCatalogueService catalogue;

	private final OrgUnits units;

	private final AccessScope scope;

	private final Clock clock = Clock.systemUTC();

	UnitReportRecords(UnitReportRepository reports, UnitReportEventRepository events, ReportCatalogueService catalogue,
			OrgUnits units, AccessScope scope) {
		this.reports = reports;
		this.events = events;
		this.catalogue = catalogue;
		this.units = units;
		this.scope = scope;
	}

	Instant now() {
		return clock.instant();
	}

	UnitReportEntity load(long reportId) {
		return reports.findById(reportId).orElseThrow(() -> new NotFound("report.not-found", reportId));
	}

	/** Stamps the change with its time and actor and writes it. */
	void store(UnitReportEntity report) {
		store(report, now());
	}

	void store(UnitReportEntity report, Instant at) {
		report.touch(at, actor());
		reports.saveAndFlush(report);
	}

	UnitReportEntity editable(long reportId, long version) {
		UnitReportEntity report = load(reportId);
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
	UnitReportEntity autosavable(long reportId, long version) {
		UnitReportEntity report = reports.findForUpdate(reportId).orElseThrow(() -> new NotFound("report.not-found", reportId));
		if (report.version() != version && !actor().equals(report.updatedBy())) {
			throw new Conflict("version", "problem.stale-edit");
		}
		if (!report.editable()) {
			throw new Conflict(null, "report.not-editable");
		}
		return report;
	}

	UnitReportEntity inStatus(long reportId, long version, ReportStatus expected) {
		UnitReportEntity report = load(reportId);
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

	void event(UnitReportEntity report, String action, String comment) {
		event(report, action, comment, now());
	}

	void event(UnitReportEntity report, String action, String comment, Instant at) {
		events.save(new UnitReportEventEntity(report.id(), at, actor(), action, comment));
	}

	String actor() {
		return scope.currentIfAny().map(CurrentUser::username).orElse("system");
	}

	UnitReport view(UnitReportEntity report) {
		return view(report, catalogue.form(report.formId()));
	}

	UnitReport view(UnitReportEntity report, ReportForm form) {
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

	static String subject(UnitReportEntity report) {
		return "unit-report:" + report.id();
	}

	String describe(UnitReportEntity report) {
		return Period.parse(report.periodCode()).vietnameseName() + " của "
				+ units.find(report.unitId()).map(OrgUnit::name).orElse("đơn vị " + report.unitId());
	}

	static InvalidInput invalid(List<FieldProblem> problems) {
		String codes = problems.stream().map(p -> p.field().replaceFirst("^values\\.|^narratives\\.", ""))
			.collect(Collectors.joining(", "));
		return new InvalidInput(problems, "report.values-invalid", problems.size(), codes);
	}

}
