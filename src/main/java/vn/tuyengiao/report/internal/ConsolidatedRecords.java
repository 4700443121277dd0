package vn.tuyengiao.report.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportContribution;
import vn.tuyengiao.report.ReportForm;

/**
 * What compiling and issuing a consolidated report share: loading it with the checks that guard a change, who is
 * acting, its document symbol and number, and the view handed out (with the other modules' contributed figures).
 */
@Component
class ConsolidatedRecords {

	/** The document type in the number, as in "Số 12-BC/BTGTU". */
	static final String REPORT_TYPE = "BC";

	private final ConsolidatedRepository consolidated;

	private final ReportCatalogueService catalogue;

	private final OrgUnits units;

	private final AccessScope scope;

	private final List<ReportContribution> contributions;

	private final ReportTime clock;

	ConsolidatedRecords(ConsolidatedRepository consolidated, ReportCatalogueService catalogue, OrgUnits units,
			AccessScope scope, List<ReportContribution> contributions, ReportTime clock) {
		this.consolidated = consolidated;
		this.catalogue = catalogue;
		this.units = units;
		this.scope = scope;
		this.contributions = contributions;
		this.clock = clock;
	}

	/** The report of the period, draft or issued; {@code NotFound} saying to compile it when there is none. */
	ConsolidatedEntity existing(Period period, long unitId) {
		return consolidated.findByUnitIdAndPeriodCode(unitId, period.code()).orElseThrow(() -> noDraft(period));
	}

	/** The draft of the period at the version the user saw. */
	ConsolidatedEntity draft(Period period, long unitId, long version) {
		ConsolidatedEntity entity = existing(period, unitId);
		checkVersion(entity, version);
		if (entity.approved()) {
			throw new Conflict(null, "consolidated.approved");
		}
		return entity;
	}

	static void checkVersion(ConsolidatedEntity entity, long version) {
		if (entity.version() != version) {
			throw new Conflict("version", "problem.stale-edit");
		}
	}

	static NotFound noDraft(Period period) {
		return new NotFound("consolidated.no-draft", period.vietnameseName(), period.code());
	}

	/** Stamps the change with its time and actor and writes it. */
	void store(ConsolidatedEntity entity) {
		entity.touch(clock.now(), actor());
		consolidated.saveAndFlush(entity);
	}

	/** The numbers of the issued consolidated reports of the period above the unit, e.g. "Số 12-BC/BTGTU". */
	String issuedAbove(long unitId, String periodCode) {
		return consolidated.findByPeriodCodeAndStatus(periodCode, ConsolidatedEntity.APPROVED)
			.stream()
			.filter(c -> c.unitId() != unitId && units.subtreeOf(c.unitId()).contains(unitId))
			.map(c -> issuedAs(c.documentNumber(), c.unitId()))
			.collect(Collectors.joining(", "));
	}

	/** How an issued report is named, e.g. "Số 12-BC/BTGTU". */
	String issuedAs(Integer number, long unitId) {
		return "Số " + number + "-" + REPORT_TYPE + "/" + symbol(unitId);
	}

	/** The document symbol of the unit, e.g. BTGTU. */
	String symbol(long unitId) {
		return units.find(unitId).map(OrgUnit::symbol).orElse("");
	}

	String actor() {
		return scope.currentIfAny().map(CurrentUser::username).orElse("system");
	}

	static String subject(ConsolidatedEntity entity) {
		return "consolidated-report:" + entity.periodCode() + ":" + entity.unitId();
	}

	static String defaultSummary(Period period) {
		return "Kết quả công tác tuyên giáo " + period.vietnameseName() + "; phương hướng, nhiệm vụ "
				+ period.next().vietnameseName();
	}

	ConsolidatedReport view(ConsolidatedEntity entity, Period period, ConsolidationSources.Sources sources) {
		List<ReportContribution.ContributedSection> contributed = contributions.stream()
			.flatMap(c -> c.contribute(period, entity.unitId()).stream())
			.toList();
		List<ConsolidatedReport.Section> sections = new ArrayList<>();
		if (sources.form() != null) {
			Map<Long, String> areaCodes = catalogue.workAreas().stream()
				.collect(Collectors.toMap(w -> w.id(), w -> w.code()));
			for (ReportForm.Section section : sources.form().sections()) {
				String areaCode = section.workAreaId() == null ? null : areaCodes.get(section.workAreaId());
				sections.add(new ConsolidatedReport.Section(section.code(), section.title(), section.workAreaId() != null,
						entity.sections().getOrDefault(section.code(), ""),
						contributed.stream().filter(c -> c.workAreaCode().equals(areaCode)).toList()));
			}
		}
		String unitName = units.find(entity.unitId()).map(OrgUnit::name).orElse("?");
		return new ConsolidatedReport(entity.id(), entity.unitId(), unitName, period.code(), entity.status(),
				entity.summary(), sections, IndicatorMatrices.matrix(sources), sources.reports().size(),
				(int) sources.expected(), sources.missingUnits(), entity.documentNumber(), symbol(entity.unitId()),
				entity.issuedOn(), entity.revision(), entity.version());
	}

}
