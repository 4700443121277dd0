package vn.tuyengiao.response.internal;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import vn.tuyengiao.response.CaseStatus;

/**
 * The workflow cases follow: {@link CaseStatus#next()} by default, and for any status the moves an operator sets
 * in {@code tuyengiao.response.workflow.<STATUS>} (for instance {@code tuyengiao.response.workflow.NEW=VERIFYING,FALSE}
 * to let an obvious fake be judged at once). One rule no setting can lift: a case is closed only after a verdict,
 * so no status before a verdict may move to CLOSED. A setting that breaks it, or names an unknown status, stops
 * the start with a message saying which.
 */
@Component
class CaseWorkflow {

	static final String PREFIX = "tuyengiao.response.workflow.";

	private final Map<CaseStatus, Set<CaseStatus>> moves = new EnumMap<>(CaseStatus.class);

	CaseWorkflow(Environment environment) {
		for (CaseStatus status : CaseStatus.values()) {
			String configured = environment.getProperty(PREFIX + status.name());
			moves.put(status, configured == null ? status.next() : parse(status, configured));
		}
	}

	/** The statuses a case in this status may move to. */
	Set<CaseStatus> next(CaseStatus status) {
		return moves.get(status);
	}

	boolean allows(CaseStatus from, CaseStatus to) {
		return moves.get(from).contains(to);
	}

	private static Set<CaseStatus> parse(CaseStatus from, String configured) {
		Set<CaseStatus> to = EnumSet.noneOf(CaseStatus.class);
		for (String part : configured.split(",")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				to.add(CaseStatus.valueOf(part.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				throw new WorkflowMisconfigured(PREFIX + from + " names an unknown status '" + part.strip() + "'; the statuses are "
						+ java.util.Arrays.toString(CaseStatus.values()), ex);
			}
		}
		if ((from == CaseStatus.NEW || from == CaseStatus.VERIFYING) && to.contains(CaseStatus.CLOSED)) {
			throw new WorkflowMisconfigured(PREFIX + from + " may not move to CLOSED: a case is closed only after a verdict");
		}
		return to;
	}

}
