package vn.tuyengiao.monitor.internal;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.access.UnitOutOfScope;

/**
 * Who may do what in monitoring. Items are public content, so any analyst (specialist, leader, viewer,
 * administrator) may search all of them; sources belong to a unit, and only its specialists, leaders and
 * administrators (or those of a unit above) create, change and read them on demand. Reporters and
 * collaborators do not monitor.
 */
@Component
class MonitorAccess {

	static final Role[] READERS = { Role.SPECIALIST, Role.LEADER, Role.VIEWER, Role.ADMIN };

	static final Role[] MANAGERS = { Role.SPECIALIST, Role.LEADER, Role.ADMIN };

	private final AccessScope scope;

	MonitorAccess(AccessScope scope) {
		this.scope = scope;
	}

	CurrentUser requireReader() {
		CurrentUser user = scope.current();
		for (Role role : READERS) {
			if (user.hasRole(role)) {
				return user;
			}
		}
		throw new UnitOutOfScope(user.grantedUnitIds().stream().findFirst().orElse(0L));
	}

	void requireManager(long unitId) {
		if (!scope.hasRoleOn(unitId, MANAGERS)) {
			throw new UnitOutOfScope(unitId);
		}
	}

	/** Whether the caller may change and read on demand the sources of this unit. */
	boolean manages(long unitId) {
		return scope.hasRoleOn(unitId, MANAGERS);
	}

	/** Rebuilding the search index is the administrators' job. */
	CurrentUser requireAdmin() {
		CurrentUser user = scope.current();
		if (!user.isAdmin()) {
			throw new UnitOutOfScope(user.grantedUnitIds().stream().findFirst().orElse(0L));
		}
		return user;
	}

	/** The unit a new source belongs to when the caller names none: the first one they manage sources for. */
	long defaultOwnerUnit() {
		CurrentUser user = scope.current();
		for (RoleGrant grant : user.grants()) {
			for (Role role : MANAGERS) {
				if (grant.role() == role) {
					return grant.unitId();
				}
			}
		}
		throw new UnitOutOfScope(user.grantedUnitIds().stream().findFirst().orElse(0L));
	}

	/** The source, if the caller reads monitoring and the source's unit is theirs; else it does not exist for them. */
	vn.tuyengiao.monitor.Source readable(vn.tuyengiao.monitor.Source source) {
		CurrentUser user = requireReader();
		if (!user.covers(source.ownerUnitId())) {
			throw new vn.tuyengiao.platform.NotFound("monitor.source.not-found", source.id());
		}
		return source;
	}

}
