package vn.tuyengiao.access;

import java.util.List;
import java.util.Set;

/**
 * The signed-in user as the rest of the platform sees them.
 *
 * @param grants the roles as granted, each on one unit
 * @param coveredUnitIds every unit the user may see: the granted units and their subtrees
 */
public record CurrentUser(long id, String username, String displayName, List<RoleGrant> grants,
		Set<Long> coveredUnitIds) {

	public boolean covers(long unitId) {
		return coveredUnitIds.contains(unitId);
	}

	public boolean hasRole(Role role) {
		return grants.stream().anyMatch(grant -> grant.role() == role);
	}

	/** Whether the user holds a role of the group on some unit. */
	public boolean holds(RoleGroup group) {
		return grants.stream().anyMatch(grant -> group.includes(grant.role()));
	}

	public boolean isAdmin() {
		return hasRole(Role.ADMIN);
	}

	/** The units on which the user holds a role directly (not the subtree below them). */
	public Set<Long> grantedUnitIds() {
		return grants.stream().map(RoleGrant::unitId).collect(java.util.stream.Collectors.toSet());
	}

}
