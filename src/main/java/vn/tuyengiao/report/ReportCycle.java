package vn.tuyengiao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Unit reports through their workflow. Scope and role checks are the web layer's; these methods
 * check the business rules (status, values, versions) and audit every change.
 */
public interface ReportCycle {

	/** Assigns a form to units for a period with a due date: each unit gets an empty draft. Idempotent. */
	List<UnitReport> assign(String formCode, String period, Set<Long> unitIds, LocalDate dueDate);

	Optional<UnitReport> find(long reportId);

	/** Reports of a period for the given units, in unit order. */
	List<UnitReport> ofPeriod(String period, Set<Long> unitIds);

	/** Periods that have reports, newest first. */
	List<Period> periods();

	/**
	 * Saves values and narratives of a draft or returned report. Values are checked against their
	 * indicator's type and bounds: a bad one refuses the whole save, naming each indicator at fault.
	 */
	UnitReport save(long reportId, Map<String, String> values, Map<String, String> narratives, long version);

	/**
	 * Saves one value as typed, without refusing it: the autosave of a page, so nothing typed is lost.
	 * Returns what is wrong with it, if anything, to show next to the field, and the report's new
	 * version. A version made stale by someone else's edit is refused: two people never overwrite each
	 * other (the same person's overlapping autosaves are not a conflict).
	 */
	ValueCheck saveDraftValue(long reportId, String indicatorCode, String value, long version);

	/** The autosave of a narrative section; returns the report's new version. */
	long saveDraftNarrative(long reportId, String sectionCode, String text, long version);

	/**
	 * What is wrong with a value (an i18n key with its arguments), and whether it is far from the unit's
	 * earlier periods.
	 */
	record ValueCheck(String indicatorCode, vn.tuyengiao.platform.DomainProblem.FieldProblem error,
			vn.tuyengiao.platform.DomainProblem.FieldProblem warning, long version) {
	}

	/**
	 * Submits: every value valid, every required one present. Values far from the unit's earlier
	 * periods (over 3× or under a third of their average) must be confirmed.
	 */
	UnitReport submit(long reportId, long version, boolean confirmOutliers);

	/** Sends the report back to the unit with a comment saying what to correct. */
	UnitReport returnForCorrection(long reportId, String comment, long version);

	UnitReport accept(long reportId, long version);

	/** Reopens an accepted report as a draft; the reason is required and audited. */
	UnitReport reopen(long reportId, String reason, long version);

	/**
	 * Records a report that was filed outside the platform (a Word file, last year's paper report)
	 * with the dates it was really submitted and accepted, so that timeliness stays true. Values are
	 * checked as for {@link #save}.
	 */
	UnitReport recordFiled(long reportId, Map<String, String> values, Map<String, String> narratives,
			java.time.Instant submittedAt, java.time.Instant acceptedAt);

	Completeness completeness(String period, Set<Long> unitIds);

	/** Values of the unit's earlier periods that a new value is compared with. */
	List<ValueCheck> outliers(long reportId);

}
