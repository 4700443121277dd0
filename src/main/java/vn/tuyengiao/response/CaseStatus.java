package vn.tuyengiao.response;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a case (vụ việc) stands. The default workflow: a new case is verified (đang xác minh), ends in a
 * verdict — false (sai sự thật), misleading (sai lệch), true (đúng sự thật) or unverifiable (không xác minh
 * được) — then is responded to (đang xử lý, phản bác) or closed. A case is closed only after a verdict.
 */
public enum CaseStatus {

	NEW, VERIFYING, FALSE, MISLEADING, TRUE, UNVERIFIABLE, RESPONDING, CLOSED;

	private static final Set<CaseStatus> VERDICTS = EnumSet.of(FALSE, MISLEADING, TRUE, UNVERIFIABLE);

	/** Whether this status is a verdict on the claim. */
	public boolean isVerdict() {
		return VERDICTS.contains(this);
	}

	/** The statuses a case in this status may move to. */
	public Set<CaseStatus> next() {
		return switch (this) {
			case NEW -> EnumSet.of(VERIFYING);
			case VERIFYING -> EnumSet.copyOf(VERDICTS);
			case FALSE, MISLEADING, TRUE, UNVERIFIABLE -> EnumSet.of(RESPONDING, CLOSED, VERIFYING);
			case RESPONDING -> EnumSet.of(CLOSED);
			case CLOSED -> EnumSet.of(VERIFYING);
		};
	}

	public boolean canMoveTo(CaseStatus to) {
		return next().contains(to);
	}

}
