package vn.tuyengiao.monitor.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.monitor.Source;
import vn.tuyengiao.platform.NotFound;

/**
 * Who may do what in monitoring. Items are public content, so any analyst ({@link RoleGroup#ANALYSTS}) may search
 * all of them; sources belong to a unit: its analysts (or those of a unit above) read them, and only its
 * {@link RoleGroup#HANDLERS} create, change and read them on demand. Rights come from role and unit together: a
 * monitoring role on one unit and a reporter's grant on another let the user read the first unit's sources only.
 */
@Component
class MonitorAccess {

	private final AccessScope scope;

	MonitorAccess(AccessScope scope) {
		this.scope = scope;
	}

	CurrentUser requireReader() {
		return scope.require(RoleGroup.ANALYSTS);
	}

	/** The units whose sources the caller reads: those where they hold a monitoring role, with the units below. */
	Set<Long> readableUnits() {
		return scope.unitsWith(RoleGroup.ANALYSTS);
	}

	/** Throws unless the caller may manage sources somewhere: checked before a request's body is read. */
	CurrentUser requireManagerSomewhere() {
		return scope.require(RoleGroup.HANDLERS);
	}

	void requireManager(long unitId) {
		scope.require(RoleGroup.HANDLERS, unitId);
	}

	/** Whether the caller may change and read on demand the sources of this unit. */
	boolean manages(long unitId) {
		return scope.holds(RoleGroup.HANDLERS, unitId);
	}

	/** Rebuilding the search index is the administrators' job. */
	CurrentUser requireAdmin() {
		return scope.require(RoleGroup.ADMINISTRATORS);
	}

	/** The unit a new source belongs to when the caller names none: the first one they manage sources for. */
	long defaultOwnerUnit() {
		return scope.firstUnitWith(RoleGroup.HANDLERS);
	}

	/** The source, if the caller reads monitoring and the source's unit is theirs; else it does not exist for them. */
	Source readable(Source source) {
		requireReader();
		if (!scope.holds(RoleGroup.ANALYSTS, source.ownerUnitId())) {
			throw new NotFound("monitor.source.not-found", source.id());
		}
		return source;
	}

}
