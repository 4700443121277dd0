package vn.tuyengiao.report.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Reminders;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportStatus;

/**
 * In-app reminders of the quarterly cycle: to a unit's reporters, its reports that are late, due within
 * a week, or returned; to the reviewers above, the reports waiting for them.
 */
@Component
class ReportReminders implements Reminders {

	static final int DUE_SOON_DAYS = 7;

	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final UnitReportRepository reports;

	private final AccessScope scope;

	private final OrgUnits units;

	ReportReminders(UnitReportRepository reports, AccessScope scope, OrgUnits units) {
		this.reports = reports;
		this.scope = scope;
		this.units = units;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Reminder> forCurrentUser() {
		CurrentUser user = scope.currentIfAny().orElse(null);
		if (user == null || user.coveredUnitIds().isEmpty()) {
			return List.of();
		}
		LocalDate today = VietnamTime.today();
		Map<Long, String> names = units.all().stream().collect(Collectors.toMap(OrgUnit::id, OrgUnit::name));
		List<Reminder> reminders = new ArrayList<>();
		int awaiting = 0;
		for (UnitReportEntity report : reports.findByUnitIdInAndStatusIn(user.coveredUnitIds(),
				List.of(ReportStatus.DRAFT, ReportStatus.RETURNED, ReportStatus.SUBMITTED))) {
			String what = "Báo cáo " + Period.parse(report.periodCode()).vietnameseName() + " của "
					+ names.getOrDefault(report.unitId(), "?");
			String link = "/reports/" + report.id();
			if (report.status() == ReportStatus.SUBMITTED) {
				if (scope.holdsAbove(RoleGroup.BOARD_STAFF, report.unitId())) {
					awaiting++;
				}
				continue;
			}
			if (!scope.holds(RoleGroup.REPORT_EDITORS, report.unitId())) {
				continue;
			}
			if (report.status() == ReportStatus.RETURNED) {
				reminders.add(new Reminder("warning", what + " bị trả lại, cần sửa và gửi lại.", link));
			}
			else if (report.dueDate().isBefore(today)) {
				reminders.add(new Reminder("danger", what + " đã quá hạn gửi (" + report.dueDate().format(DAY) + ").", link));
			}
			else if (!report.dueDate().isAfter(today.plusDays(DUE_SOON_DAYS))) {
				reminders.add(new Reminder("warning", what + " đến hạn gửi ngày " + report.dueDate().format(DAY) + ".", link));
			}
		}
		if (awaiting > 0) {
			reminders.add(0, new Reminder("info", awaiting + " báo cáo đang chờ tiếp nhận.", "/reports"));
		}
		return reminders;
	}

}
