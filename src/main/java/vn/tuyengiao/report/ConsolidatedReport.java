package vn.tuyengiao.report;

import java.time.LocalDate;
import java.util.List;

/**
 * The consolidated report (báo cáo tổng hợp) of a unit for a period, built from its subunits' accepted
 * reports: per section the text the specialist edits (first compiled from the units' narratives, each
 * with its unit's name), what other modules contributed, and the indicator table with totals by each
 * indicator's aggregation rule.
 *
 * @param status {@code DRAFT} while it is edited, {@code APPROVED} once the leader approved it and it got its number
 * @param missingUnits the units (by name) expected to report for the period whose report is not accepted:
 *        not filed, not yet reviewed or returned; approving while there are any needs an explicit confirmation
 * @param documentNumber the number in the document register, e.g. 12 in "Số 12-BC/BTGTU"; {@code null} until approved
 * @param revision 1 for the report first issued; a changed issued report is the next revision, with a new number
 */
public record ConsolidatedReport(long id, long unitId, String unitName, String period, String status, String summary,
		List<Section> sections, IndicatorMatrix table, int acceptedReports, int expectedReports,
		List<String> missingUnits, Integer documentNumber, String documentSymbol, LocalDate issuedOn, int revision,
		long version) {

	public boolean approved() {
		return "APPROVED".equals(status);
	}

	public record Section(String code, String title, boolean workArea, String text,
			List<ReportContribution.ContributedSection> contributions) {
	}

	/** Indicators down, reporting units across, and the total by the indicator's aggregation rule. */
	public record IndicatorMatrix(List<String> units, List<Row> rows) {

		public record Row(String code, String name, String unitOfMeasure, Aggregation aggregation, List<String> values,
				String total) {
		}

	}

}
