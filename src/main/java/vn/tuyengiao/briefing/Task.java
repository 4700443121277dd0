package vn.tuyengiao.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A task (nhiệm vụ) and its follow-up.
 *
 * @param sourceType {@code CONCLUSION}, {@code DIRECTIVE} or {@code PLAN}
 * @param period the period whose report must account for the task
 * @param progress 0–100, from the latest update
 */
public record Task(long id, String title, String sourceType, Long conclusionId, String sourceReference,
		long leadUnitId, String leadUnitName, Set<Long> cooperatingUnitIds, LocalDate deadline, String period,
		int progress, LocalDate doneOn, TaskStatus status, List<Update> updates, long version) {

	public record Update(Instant at, String actor, long unitId, int progress, String note) {
	}

}
