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
 * Who may do what with a unit's report: read it if the unit is in your scope; fill and submit it as
 * its reporter (or a specialist or leader of the unit); return, accept or reopen it from a unit above
 * (the province reviews the districts, a district does not review itself).
 */
@Component
class ReportAccess {

	static final Role[] EDITORS = { Role.REPORTER, Role.SPECIALIST, Role.LEADER };

	static final Role[] REVIEWERS = { Role.SPECIALIST, Role.LEADER };

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
		scope.requireCovers(report.unitId());
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
		require(scope.hasRoleAbove(report.unitId(), Role.LEADER), report.unitId());
		return report;
	}

	boolean canEdit(UnitReport report) {
		return scope.hasRoleOn(report.unitId(), EDITORS);
	}

	boolean canReview(UnitReport report) {
		return scope.hasRoleAbove(report.unitId(), REVIEWERS);
	}

	boolean canReopen(UnitReport report) {
		return scope.hasRoleAbove(report.unitId(), Role.LEADER);
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
			scope.requireCovers(unitId);
			return unitId;
		}
		var user = scope.current();
		return units.all()
			.stream()
			.filter(u -> user.covers(u.id()) && (u.parentId() == null || !user.covers(u.parentId())))
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

	Set<Long> visibleUnits() {
		return scope.current().coveredUnitIds();
	}

	private static void require(boolean allowed, long unitId) {
		if (!allowed) {
			throw new UnitOutOfScope(unitId);
		}
	}

}
