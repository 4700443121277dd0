package vn.tuyengiao.access;

import java.util.Optional;
import java.util.Set;

/** Who is asking and what they may see; the one place other modules check organisational scope. */
public interface AccessScope {

	/** The signed-in user; throws when nobody is signed in (which the security chain prevents). */
	CurrentUser current();

	Optional<CurrentUser> currentIfAny();

	/** Throws {@link UnitOutOfScope} unless the current user's roles cover the unit. */
	default void requireCovers(long unitId) {
		if (!current().covers(unitId)) {
			throw new UnitOutOfScope(unitId);
		}
	}

	/** Throws {@link UnitOutOfScope} unless the user holds {@code role} on the unit or an ancestor of it. */
	void requireRoleOn(Role role, long unitId);

	/** Whether the user holds one of the roles on the unit or an ancestor of it. */
	boolean hasRoleOn(long unitId, Role... roles);

	/**
	 * Whether the user holds one of the roles on a unit strictly above this one: the province reviews a
	 * district's report, the district does not review its own.
	 */
	boolean hasRoleAbove(long unitId, Role... roles);

	/**
	 * The units where one of the roles reaches: each unit on which the user holds one of them, with its subtree.
	 * What a user reads of a unit-owned thing is decided by role and unit together, so a viewer in one district
	 * and a reporter in another reads the monitoring of the first only.
	 */
	Set<Long> unitsWith(Role... roles);

	/** Throws {@link UnitOutOfScope} unless the user holds one of the roles on some unit. */
	default CurrentUser requireAnyRole(Role... roles) {
		CurrentUser user = current();
		if (!user.hasAnyRole(roles)) {
			throw new UnitOutOfScope(user.grantedUnitIds().stream().findFirst().orElse(0L));
		}
		return user;
	}

}
