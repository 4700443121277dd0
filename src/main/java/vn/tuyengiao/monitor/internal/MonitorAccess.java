package vn.tuyengiao.monitor.internal;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.access.UnitOutOfScope;

/**
 * Who may do what in monitoring. Items are public content, so any analyst (specialist, leader, viewer,
 * administrator) may search all of them; sources and topics belong to a unit: its analysts (or those of a unit
 * above) read them, and only its specialists, leaders and administrators create, change and read them on
 * demand. Rights come from role and unit together: a monitoring role on one unit and a reporter's grant on
 * another let the user read the first unit's sources only. Reporters and collaborators do not monitor.
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
		return scope.requireAnyRole(READERS);
	}

	/**
	 * The units whose sources and topics the caller reads: those where they hold a monitoring role, with the
	 * units below. A grant of another role (a reporter's) adds nothing.
	 */
	java.util.Set<Long> readableUnits() {
		return scope.unitsWith(READERS);
	}

	/** Whether the caller holds a monitoring role on the unit or a unit above it. */
	boolean reads(long unitId) {
		return scope.hasRoleOn(unitId, READERS);
	}

	/** Throws unless the caller may manage sources somewhere: checked before a request's body is read. */
	CurrentUser requireManagerSomewhere() {
		return scope.requireAnyRole(MANAGERS);
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
		requireReader();
		if (!reads(source.ownerUnitId())) {
			throw new vn.tuyengiao.platform.NotFound("monitor.source.not-found", source.id());
		}
		return source;
	}

}
