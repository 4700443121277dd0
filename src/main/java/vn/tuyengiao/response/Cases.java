package vn.tuyengiao.response;

import java.time.Instant;
import java.util.List;

/** Cases (vụ việc) of false or toxic information and their workflow. */
public interface Cases {

	/**
	 * A new case: what it is called, the claim in one sentence, the items it is about, and the period whose
	 * report counts it (a quarter such as {@code 2023Q2}; the current quarter when absent).
	 */
	record NewCase(String title, String claim, String summary, List<Long> itemIds, String severity, Long ownerUnitId,
			String period) {
	}

	record Transition(CaseStatus from, CaseStatus to, String note, String actor, Instant at) {
	}

	record Case(long id, String title, String claim, String summary, CaseStatus status, CaseStatus verdict,
			String severity, long ownerUnitId, String period, String assignee, String createdBy, Instant createdAt, Instant updatedAt,
			Instant closedAt, long version, List<Long> itemIds, List<CaseStatus> allowedNext, List<Transition> timeline) {
	}

	Case open(NewCase request);

	Case get(long id);

	/** The cases of the caller's units, newest first. */
	List<Case> visible();

	/** Moves a case; an illegal move is refused as a conflict (NEW → CLOSED: a case closes only after a verdict). */
	Case move(long id, CaseStatus to, String note);

}
