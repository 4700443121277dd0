package vn.tuyengiao.access;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who is asking and what they may see; the one place other modules check organisational scope. The question
 * every module asks is one of role and unit together: does the caller hold a role of a {@link RoleGroup}
 * somewhere ({@link #require(RoleGroup)}), on this unit or a unit above it ({@link #require(RoleGroup, long)},
 * {@link #holds}), strictly above it ({@link #holdsAbove}), and which units do those roles reach
 * ({@link #unitsWith(RoleGroup)}).
 */
public interface AccessScope {

	/** The signed-in user; throws when nobody is signed in (which the security chain prevents). */
	CurrentUser current();

	Optional<CurrentUser> currentIfAny();

	/**
	 * Throws {@link UnitOutOfScope} unless the user holds a role of the group on some unit: what a module checks
	 * before reading a request, so that a refused caller gets 403 whatever they send.
	 */
	default CurrentUser require(RoleGroup group) {
		CurrentUser user = current();
		if (!user.holds(group)) {
			throw UnitOutOfScope.anywhere(user);
		}
		return user;
	}

	/** Throws {@link UnitOutOfScope} unless the user holds a role of the group on the unit or a unit above it. */
	default void require(RoleGroup group, long unitId) {
		if (!holds(group, unitId)) {
			throw new UnitOutOfScope(unitId);
		}
	}

	/** Throws {@link UnitOutOfScope} unless the user holds a role of the group on a unit strictly above this one. */
	default void requireAbove(RoleGroup group, long unitId) {
		if (!holdsAbove(group, unitId)) {
			throw new UnitOutOfScope(unitId);
		}
	}

	/** Whether the user holds a role of the group on the unit or a unit above it. */
	boolean holds(RoleGroup group, long unitId);

	/**
	 * Whether the user holds a role of the group on a unit strictly above this one: the province reviews a
	 * district's report, the district does not review its own.
	 */
	boolean holdsAbove(RoleGroup group, long unitId);

	/**
	 * The units the group's roles reach: each unit on which the user holds one of them, with its subtree. What a
	 * user reads of a unit-owned thing is decided by role and unit together, so a viewer in one district and a
	 * reporter in another reads the monitoring of the first only.
	 */
	Set<Long> unitsWith(RoleGroup group);

	/**
	 * The unit of the user's first grant of a role of the group: where a new thing belongs when its creator names
	 * no unit. Throws {@link UnitOutOfScope} when there is none.
	 */
	default long firstUnitWith(RoleGroup group) {
		CurrentUser user = current();
		return user.grants()
			.stream()
			.filter(grant -> group.includes(grant.role()))
			.map(RoleGrant::unitId)
			.findFirst()
			.orElseThrow(() -> UnitOutOfScope.anywhere(user));
	}

	/**
	 * For a filter in front of a module's pages and API: refuses (403) a signed-in user who holds no role of the
	 * group, before anything of the request is read. Nobody signed in passes: the security chain answers them.
	 */
	default void refuseOutside(RoleGroup group) {
		currentIfAny().filter(user -> !user.holds(group)).ifPresent(user -> {
			throw new AccessDeniedException(user.username() + " holds no role of " + group);
		});
	}

	/** Throws {@link UnitOutOfScope} unless the current user's roles, whichever they are, cover the unit. */
	default void requireCovers(long unitId) {
		if (!current().covers(unitId)) {
			throw new UnitOutOfScope(unitId);
		}
	}

}
