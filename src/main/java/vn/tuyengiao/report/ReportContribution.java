package vn.tuyengiao.report;

import java.util.List;

/**
 * How another module adds its figures to a period's consolidated report: monitoring counts the false
 * information it flagged, response the cases it closed, opinion the collaborators' reports. Implement
 * it as a Spring bean; the consolidation asks every implementation. The dependency points towards
 * report, never from it.
 */
public interface ReportContribution {

	/** What this module has to say about the period for the unit and its subtree; empty when nothing. */
	List<ContributedSection> contribute(Period period, long unitId);

	/**
	 * Figures and text for one work area of the report.
	 *
	 * @param workAreaCode the section it belongs to, e.g. {@code BAO_VE_NEN_TANG}
	 * @param source who contributed it, shown to the specialist
	 */
	record ContributedSection(String workAreaCode, String source, List<Figure> figures, String text) {
	}

	record Figure(String label, String value, String unitOfMeasure) {
	}

}
