package vn.tuyengiao.report.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.ReportStatus;

/** What a consolidated report is made of: the accepted reports of the units below it, read in one go. */
@Component
class ConsolidationSources {

	private final UnitReportRepository reports;

	private final ReportCatalogueService catalogue;

	private final OrgUnits units;

	ConsolidationSources(UnitReportRepository reports, ReportCatalogueService catalogue, OrgUnits units) {
		this.reports = reports;
		this.catalogue = catalogue;
		this.units = units;
	}

	/** The accepted reports below the unit, their form, and the units that filed them. */
	record Sources(ReportForm form, List<Filed> reports, Map<Long, OrgUnit> units, long expected, List<Long> notAccepted) {

		/** The units expected to report whose report is not accepted, by name. */
		List<String> missingUnits() {
			return notAccepted.stream().map(id -> units.get(id).name()).sorted().toList();
		}

	}

	/** An accepted report as consolidation needs it: values by indicator id, narratives by section id. */
	record Filed(long reportId, long unitId, long formId, Map<Long, UnitReportEntity.StoredValue> values,
			Map<Long, String> narratives) {
	}

	Sources of(Period period, long unitId, boolean withNarratives) {
		Set<Long> below = new HashSet<>(units.subtreeOf(unitId));
		below.remove(unitId);
		Map<Long, OrgUnit> byId = units.all().stream().collect(Collectors.toMap(OrgUnit::id, u -> u));
		if (below.isEmpty()) {
			return new Sources(null, List.of(), byId, 0, List.of());
		}
		Map<Long, Filed> filed = new HashMap<>();
		for (Object[] row : reports.accepted(period.code(), below, ReportStatus.ACCEPTED)) {
			filed.put((Long) row[0], new Filed((Long) row[0], (Long) row[1], (Long) row[2], new HashMap<>(), new HashMap<>()));
		}
		for (Object[] row : reports.acceptedValues(period.code(), below, ReportStatus.ACCEPTED)) {
			filed.get((Long) row[0]).values()
				.put((Long) row[3], new UnitReportEntity.StoredValue((String) row[5], (BigDecimal) row[4]));
		}
		if (withNarratives) {
			for (Object[] row : reports.acceptedNarratives(period.code(), below, ReportStatus.ACCEPTED)) {
				filed.get((Long) row[0]).narratives().put((Long) row[1], (String) row[2]);
			}
		}
		List<Filed> sorted = filed.values()
			.stream()
			.sorted(Comparator.comparing((Filed r) -> byId.get(r.unitId()).name()))
			.toList();
		ReportForm form = sorted.isEmpty() ? null : catalogue.form(sorted.get(0).formId());
		long expected = reports.countByPeriodCodeAndUnitIdIn(period.code(), below);
		return new Sources(form, sorted, byId, expected, reports.unitsNotIn(period.code(), below, ReportStatus.ACCEPTED));
	}

	/** Each section's text: the units' narratives one after another, each starting with the unit's name. */
	static Map<String, String> compile(Sources sources) {
		Map<String, String> texts = new LinkedHashMap<>();
		if (sources.form() == null) {
			return texts;
		}
		for (ReportForm.Section section : sources.form().sections()) {
			List<String> parts = new ArrayList<>();
			for (Filed report : sources.reports()) {
				String text = report.narratives().get(section.id());
				if (text != null && !text.isBlank()) {
					parts.add(sources.units().get(report.unitId()).shortName() + ": " + text.strip());
				}
			}
			if (!parts.isEmpty()) {
				texts.put(section.code(), String.join("\n\n", parts));
			}
		}
		return texts;
	}

}
