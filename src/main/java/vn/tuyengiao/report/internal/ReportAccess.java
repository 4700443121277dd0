package vn.tuyengiao.report.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.UnitOutOfScope;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.report.ReportCycle;
import vn.tuyengiao.report.UnitReport;

/**
 * Who may do what with a unit's report: read it if you hold a reading role (every role but collaborator)
 * on the unit or a unit above; fill and submit it as its reporter (or a specialist or leader of the unit);
 * return, accept or reopen it (with a reason) from a unit above (the province reviews the districts, a
 * district does not review itself).
 */
@Component
class ReportAccess {

	static final Role[] EDITORS = { Role.REPORTER, Role.SPECIALIST, Role.LEADER };

	static final Role[] REVIEWERS = { Role.SPECIALIST, Role.LEADER };

	/** The roles that read reports: all but the collaborator's, whatever unit it is granted on. */
	static final Set<Role> READERS = java.util.EnumSet.complementOf(java.util.EnumSet.of(Role.COLLABORATOR));

	private static final Role[] READING = READERS.toArray(Role[]::new);

	private final ReportCycle cycle;

	private final AccessScope scope;

	private final vn.tuyengiao.org.OrgUnits units;

	ReportAccess(ReportCycle cycle, AccessScope scope, vn.tuyengiao.org.OrgUnits units) {
		this.cycle = cycle;
		this.scope = scope;
		this.units = units;
	}

	UnitReport readable(long reportId) {
		UnitReport report = cycle.find(reportId).orElseThrow(() -> new NotFound("report.not-found", reportId));
		require(scope.hasRoleOn(report.unitId(), READING), report.unitId());
		return report;
	}

	UnitReport editable(long reportId) {
		UnitReport report = readable(reportId);
		require(scope.hasRoleOn(report.unitId(), EDITORS), report.unitId());
		return report;
	}

	UnitReport reviewable(long reportId) {
		UnitReport report = readable(reportId);
		require(scope.hasRoleAbove(report.unitId(), REVIEWERS), report.unitId());
		return report;
	}

	UnitReport reopenable(long reportId) {
		UnitReport report = readable(reportId);
		require(canReopen(report), report.unitId());
		return report;
	}

	boolean canEdit(UnitReport report) {
		return scope.hasRoleOn(report.unitId(), EDITORS);
	}

	boolean canReview(UnitReport report) {
		return scope.hasRoleAbove(report.unitId(), REVIEWERS);
	}

	boolean canReopen(UnitReport report) {
		return scope.hasRoleAbove(report.unitId(), REVIEWERS);
	}

	void requireMayAssign(Set<Long> unitIds) {
		for (long unitId : unitIds) {
			require(scope.hasRoleAbove(unitId, Role.ADMIN, Role.SPECIALIST, Role.LEADER), unitId);
		}
	}

	/**
	 * The unit whose consolidated report is meant: the one named, if the caller may see it, else the
	 * topmost unit the caller's roles cover (the province board for its staff).
	 */
	long consolidatingUnit(Long unitId) {
		if (unitId != null) {
			require(scope.hasRoleOn(unitId, READING), unitId);
			return unitId;
		}
		Set<Long> readable = visibleUnits();
		return units.all()
			.stream()
			.filter(u -> readable.contains(u.id()) && (u.parentId() == null || !readable.contains(u.parentId())))
			.map(vn.tuyengiao.org.OrgUnit::id)
			.findFirst()
			.orElseThrow(() -> new UnitOutOfScope(0));
	}

	/** As {@link #consolidatingUnit(Long)}, for a change that needs one of the roles on that unit. */
	long consolidatingUnit(Long unitId, Role... roles) {
		long unit = consolidatingUnit(unitId);
		require(scope.hasRoleOn(unit, roles), unit);
		return unit;
	}

	boolean hasRoleOn(long unitId, Role... roles) {
		return scope.hasRoleOn(unitId, roles);
	}

	/** The units whose reports the caller reads: the subtrees of their grants of a reading role. */
	Set<Long> visibleUnits() {
		return scope.current()
			.grants()
			.stream()
			.filter(grant -> READERS.contains(grant.role()))
			.flatMap(grant -> units.subtreeOf(grant.unitId()).stream())
			.collect(java.util.stream.Collectors.toSet());
	}

	private static void require(boolean allowed, long unitId) {
		if (!allowed) {
			throw new UnitOutOfScope(unitId);
		}
	}

}
