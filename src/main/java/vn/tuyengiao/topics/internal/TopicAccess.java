package vn.tuyengiao.topics.internal;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.access.UnitOutOfScope;

/**
 * Who may do what with saved topics (chủ đề theo dõi) and their alerts. As sources in monitoring, topics belong to a unit: its analysts (or those of a unit
 * above) read them, and only its specialists, leaders and administrators create, change and read them on
 * demand. Rights come from role and unit together: a monitoring role on one unit and a reporter's grant on
 * another let the user read the first unit's sources only. Reporters and collaborators do not monitor.
 */
@Component
class TopicAccess {

	static final Role[] READERS = { Role.SPECIALIST, Role.LEADER, Role.VIEWER, Role.ADMIN };

	static final Role[] MANAGERS = { Role.SPECIALIST, Role.LEADER, Role.ADMIN };

	private final AccessScope scope;

	TopicAccess(AccessScope scope) {
		this.scope = scope;
	}

	CurrentUser requireReader() {
		return scope.requireAnyRole(READERS);
	}

	/**
	 * The units whose topics the caller reads: those where they hold a monitoring role, with the
	 * units below. A grant of another role (a reporter's) adds nothing.
	 */
	java.util.Set<Long> readableUnits() {
		return scope.unitsWith(READERS);
	}

	/** Whether the caller holds a monitoring role on the unit or a unit above it. */
	boolean reads(long unitId) {
		return scope.hasRoleOn(unitId, READERS);
	}

	/** Throws unless the caller may manage topics somewhere: checked before a request's body is read. */
	CurrentUser requireManagerSomewhere() {
		return scope.requireAnyRole(MANAGERS);
	}

	void requireManager(long unitId) {
		if (!scope.hasRoleOn(unitId, MANAGERS)) {
			throw new UnitOutOfScope(unitId);
		}
	}

	/** Whether the caller may change the topics of this unit. */
	boolean manages(long unitId) {
		return scope.hasRoleOn(unitId, MANAGERS);
	}

	/** The unit a new topic belongs to when the caller names none: the first one they manage topics for. */
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

}
