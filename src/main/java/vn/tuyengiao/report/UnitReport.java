package vn.tuyengiao.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A unit's report for a period as readers see it.
 *
 * @param values indicator code → the value as typed
 * @param narratives section code → text (paragraphs separated by blank lines, bullets starting "- ")
 * @param version send it back with an edit: an edit made on a stale copy is refused, never silently applied
 */
public record UnitReport(long id, long unitId, String unitName, String period, String formCode, LocalDate dueDate,
		ReportStatus status, Instant submittedAt, Instant acceptedAt, Map<String, String> values,
		Map<String, String> narratives, List<Event> history, long version) {

	/** A step of the workflow, with the comment a return or a reopening requires. */
	public record Event(Instant at, String actor, String action, String comment) {
	}

}
