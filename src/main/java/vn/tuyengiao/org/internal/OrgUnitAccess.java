package vn.tuyengiao.org.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;

/**
 * The scope rules of the unit pages and API, shared by both: anyone sees the units their roles cover;
 * an admin changes units inside the subtree they administer.
 */
@Component
class OrgUnitAccess {

	private final OrgUnits units;

	private final AccessScope scope;

	OrgUnitAccess(OrgUnits units, AccessScope scope) {
		this.units = units;
		this.scope = scope;
	}

	List<OrgUnit> visible() {
		CurrentUser user = scope.current();
		return units.all().stream().filter(unit -> user.covers(unit.id())).toList();
	}

	OrgUnit visible(long id) {
		scope.requireCovers(id);
		return units.find(id).orElseThrow(() -> new vn.tuyengiao.platform.NotFound("org.not-found", id));
	}

	void requireAdminOf(long id) {
		scope.require(RoleGroup.ADMINISTRATORS, id);
	}

	/**
	 * A unit is created under a parent the user administers. A new top-level unit would be outside
	 * every grant, its creator's included, so there is none once the tree has its root.
	 */
	void requireMayCreateUnder(Long parentId) {
		if (parentId == null) {
			throw new vn.tuyengiao.platform.InvalidInput("parentId", "org.parent.required");
		}
		scope.require(RoleGroup.ADMINISTRATORS, parentId);
	}

	boolean isAdminOf(long id) {
		return scope.holds(RoleGroup.ADMINISTRATORS, id);
	}

}
