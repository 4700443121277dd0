package vn.tuyengiao.response.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.access.UnitDirectory;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportContribution;
import vn.tuyengiao.response.CaseStatus;

/**
 * The cases of a period in the consolidated report's section on fighting false and toxic information
 * ({@code BAO_VE_NEN_TANG}, section 4 of the template): cases opened, closed, and closed by verdict, over the
 * unit and the units below it.
 */
@Component
class CaseContribution implements ReportContribution {

	static final String WORK_AREA = "BAO_VE_NEN_TANG";

	private final JdbcTemplate jdbc;

	private final UnitDirectory units;

	CaseContribution(JdbcTemplate jdbc, UnitDirectory units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	@Override
	public List<ContributedSection> contribute(Period period, long unitId) {
		Set<Long> subtree = units.subtreeOf(unitId);
		int opened = 0;
		int closed = 0;
		Map<CaseStatus, Integer> verdicts = new EnumMap<>(CaseStatus.class);
		for (Map<String, Object> row : jdbc.queryForList(
				"select owner_unit_id, status, verdict from response_case where period_code = ?", period.code())) {
			if (!subtree.contains(((Number) row.get("owner_unit_id")).longValue())) {
				continue;
			}
			opened++;
			if (CaseStatus.CLOSED.name().equals(row.get("status"))) {
				closed++;
				verdicts.merge(CaseStatus.valueOf((String) row.get("verdict")), 1, Integer::sum);
			}
		}
		if (opened == 0) {
			return List.of();
		}
		List<Figure> figures = new ArrayList<>();
		figures.add(new Figure("Vụ việc thông tin xấu, độc được mở", Integer.toString(opened), "vụ"));
		figures.add(new Figure("Vụ việc đã xử lý xong (đóng)", Integer.toString(closed), "vụ"));
		figures.add(new Figure("Kết luận sai sự thật", Integer.toString(verdicts.getOrDefault(CaseStatus.FALSE, 0)), "vụ"));
		figures.add(new Figure("Kết luận sai lệch, gây hiểu lầm", Integer.toString(verdicts.getOrDefault(CaseStatus.MISLEADING, 0)), "vụ"));
		figures.add(new Figure("Kết luận đúng sự thật", Integer.toString(verdicts.getOrDefault(CaseStatus.TRUE, 0)), "vụ"));
		figures.add(new Figure("Không xác minh được", Integer.toString(verdicts.getOrDefault(CaseStatus.UNVERIFIABLE, 0)), "vụ"));
		String text = "Trong kỳ đã mở " + opened + " vụ việc thông tin xấu, độc; xử lý xong " + closed + " vụ, trong đó "
				+ verdicts.getOrDefault(CaseStatus.FALSE, 0) + " vụ được kết luận sai sự thật.";
		return List.of(new ContributedSection(WORK_AREA, "Đấu tranh, phản bác (vụ việc)", figures, text));
	}

}
