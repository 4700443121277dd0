package vn.tuyengiao.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Completeness and timeliness of a period (DHIS2 "reporting rates"), over the units the reader may see.
 *
 * @param expected reports assigned for the period
 * @param submitted reports submitted or accepted (a returned report counts again once resubmitted)
 * @param onTime first submitted on or before the due date
 * @param late first submitted after the due date
 * @param missing not submitted
 */
public record Completeness(String period, int expected, int submitted, int onTime, int late, int missing,
		List<UnitLine> units) {

	/** @param onTime {@code null} while the report has never been submitted */
	public record UnitLine(long unitId, String unitName, long reportId, ReportStatus status, LocalDate dueDate,
			Instant firstSubmittedAt, Boolean onTime) {
	}

}
