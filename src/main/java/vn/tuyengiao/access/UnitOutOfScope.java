package vn.tuyengiao.access;

import org.springframework.security.access.AccessDeniedException;

/**
 * The user asked for a unit outside every subtree they hold a role on. Answered 403 and audited by the
 * security layer, like every other denial.
 */
public class UnitOutOfScope extends AccessDeniedException {

	private final long unitId;

	public UnitOutOfScope(long unitId) {
		super("Unit " + unitId + " is outside the user's scope");
		this.unitId = unitId;
	}

	public long unitId() {
		return unitId;
	}

}
