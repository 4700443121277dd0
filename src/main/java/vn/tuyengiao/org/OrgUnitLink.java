package vn.tuyengiao.org;

import java.time.LocalDate;

/** A predecessor → successor link: the predecessor's work continues in the successor from {@code effectiveOn}. */
public record OrgUnitLink(long predecessorId, long successorId, Kind kind, LocalDate effectiveOn) {

	public enum Kind {
		/** Several units became one (sáp nhập, hợp nhất). */
		MERGE,
		/** One unit's work was divided among several (chia tách). */
		SPLIT
	}

}
