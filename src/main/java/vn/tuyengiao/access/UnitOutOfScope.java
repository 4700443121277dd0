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

	/**
	 * The user holds no role that would do anywhere; the denial names one of their units (0 when they hold none),
	 * as the audit record of a denial names a unit.
	 */
	public static UnitOutOfScope anywhere(CurrentUser user) {
		return new UnitOutOfScope(user.grantedUnitIds().stream().findFirst().orElse(0L));
	}

	public long unitId() {
		return unitId;
	}

}
