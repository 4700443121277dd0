package vn.tuyengiao.response;

import java.time.Instant;
import java.util.List;

/** Cases (vụ việc) of false or toxic information and their workflow. */
public interface Cases {

	/**
	 * A new case: what it is called, the claim in one sentence, the items and stories it is about, and the period
	 * whose report counts it (a quarter such as {@code 2023Q2}; the current quarter when absent). Work area and
	 * places default to what the analysis found in the linked items; the assignee to the one who opens it.
	 *
	 * @param storyIds stories (chuỗi tin) whose items are all linked, and whose later copies join the case
	 * @param severity LOW, MEDIUM (default) or HIGH: it sets the deadline for a verdict
	 */
	record NewCase(String title, String claim, String summary, List<Long> itemIds, List<Long> storyIds,
			String severity, Long ownerUnitId, String period, String workArea, List<String> places, String assignee) {

		public NewCase(String title, String claim, String summary, List<Long> itemIds, String severity, Long ownerUnitId,
				String period) {
			this(title, claim, summary, itemIds, null, severity, ownerUnitId, period, null, null, null);
		}

	}

	/**
	 * One step of a case's timeline: a move between statuses, or with {@code from} equal to {@code to} an
	 * assignment, an escalation or items joining the case.
	 *
	 * @param kind MOVE, ASSIGN, ESCALATE or LINK
	 */
	record Transition(CaseStatus from, CaseStatus to, String note, String actor, Instant at, String kind) {
	}

	/**
	 * A case as its handlers see it.
	 *
	 * @param verdict the last verdict reached, or null before one
	 * @param dueAt when a verdict is due (set by the severity); {@code overdue} once it passed without one
	 * @param escalatedAt when the passed deadline was escalated to the unit's leaders, or null
	 */
	record Case(long id, String title, String claim, String summary, CaseStatus status, CaseStatus verdict,
			String severity, long ownerUnitId, String period, String workArea, List<String> places, String assignee,
			String createdBy, Instant createdAt, Instant updatedAt, Instant dueAt, boolean overdue, Instant escalatedAt,
			Instant closedAt, long version, List<Long> itemIds, List<Long> storyIds, List<CaseStatus> allowedNext,
			List<Transition> timeline) {
	}

	Case open(NewCase request);

	Case get(long id);

	/** The cases of the caller's units, newest first. */
	List<Case> visible();

	/**
	 * Moves a case; an illegal move is refused as a conflict (NEW → CLOSED: a case closes only after a verdict).
	 *
	 * @param version the version the caller saw, or null not to check it
	 */
	Case move(long id, CaseStatus to, String note, Long version);

	default Case move(long id, CaseStatus to, String note) {
		return move(id, to, note, null);
	}

	/** Links more items (and their stories) to the case; their evidence capture starts. */
	Case link(long id, List<Long> itemIds, String note);

	/** Gives the case to another handler of its unit, who is told in the notice centre. */
	Case assign(long id, String assignee, String note, Long version);

}
