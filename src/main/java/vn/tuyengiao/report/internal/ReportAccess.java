package vn.tuyengiao.report.internal;

import java.util.Set;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.access.UnitOutOfScope;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.report.ReportCycle;
import vn.tuyengiao.report.UnitReport;

/**
 * Who may do what with a unit's report: read it with a role of {@link RoleGroup#CYCLE_READERS} (every role but
 * collaborator) on the unit or a unit above; fill and submit it with one of {@link RoleGroup#REPORT_EDITORS} (its
 * reporter, or a specialist or leader of the unit); return, accept or reopen it (with a reason) as
 * {@link RoleGroup#BOARD_STAFF} of a unit above (the province reviews the districts, a district does not review
 * itself); assign a form to units as {@link RoleGroup#HANDLERS} of a unit above them.
 */
@Component
class ReportAccess {

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
		scope.require(RoleGroup.CYCLE_READERS, report.unitId());
		return report;
	}

	UnitReport editable(long reportId) {
		UnitReport report = readable(reportId);
		scope.require(RoleGroup.REPORT_EDITORS, report.unitId());
		return report;
	}

	UnitReport reviewable(long reportId) {
		UnitReport report = readable(reportId);
		scope.requireAbove(RoleGroup.BOARD_STAFF, report.unitId());
		return report;
	}

	UnitReport reopenable(long reportId) {
		return reviewable(reportId);
	}

	boolean canEdit(UnitReport report) {
		return scope.holds(RoleGroup.REPORT_EDITORS, report.unitId());
	}

	boolean canReview(UnitReport report) {
		return scope.holdsAbove(RoleGroup.BOARD_STAFF, report.unitId());
	}

	boolean canReopen(UnitReport report) {
		return canReview(report);
	}

	void requireMayAssign(Set<Long> unitIds) {
		for (long unitId : unitIds) {
			scope.requireAbove(RoleGroup.HANDLERS, unitId);
		}
	}

	/**
	 * The unit whose consolidated report is meant: the one named, if the caller may see it, else the
	 * topmost unit the caller's roles cover (the province board for its staff).
	 */
	long consolidatingUnit(Long unitId) {
		if (unitId != null) {
			scope.require(RoleGroup.CYCLE_READERS, unitId);
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

	/** As {@link #consolidatingUnit(Long)}, for a change that needs a role of the group on that unit. */
	long consolidatingUnit(Long unitId, RoleGroup group) {
		long unit = consolidatingUnit(unitId);
		scope.require(group, unit);
		return unit;
	}

	boolean holds(RoleGroup group, long unitId) {
		return scope.holds(group, unitId);
	}

	/** The units whose reports the caller reads: the subtrees of their grants of a reading role. */
	Set<Long> visibleUnits() {
		return scope.unitsWith(RoleGroup.CYCLE_READERS);
	}

}
