package vn.tuyengiao.response.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.access.UnitDirectory;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.report.WorkArea;
import vn.tuyengiao.report.ReportContribution;
import vn.tuyengiao.response.CaseStatus;

/**
 * The cases of a period in the consolidated report's section on fighting false and toxic information
 * ({@code BAO_VE_NEN_TANG}, section 4 of the template), over the unit and the units below it: cases opened, closed,
 * and closed by verdict; the responses recorded on them (articles published, guidance sent, removal requests and
 * how many the platforms removed, referrals and how many the agencies answered); the median time from opening a case
 * to its first verdict; the cases escalated for a passed deadline; the cases by work area; and a sentence saying so,
 * which the specialist edits in the report.
 */
@Component
class CaseContribution implements ReportContribution {

	static final String WORK_AREA = "BAO_VE_NEN_TANG";

	private final JdbcTemplate jdbc;

	private final UnitDirectory units;

	/** Asked for the work areas' names when counting, not at start-up: report asks this bean for its figures. */
	private final ObjectProvider<ReportCatalogue> catalogue;

	CaseContribution(JdbcTemplate jdbc, UnitDirectory units, ObjectProvider<ReportCatalogue> catalogue) {
		this.jdbc = jdbc;
		this.units = units;
		this.catalogue = catalogue;
	}

	/** A period's case as the count needs it. */
	private record Counted(long id, long unitId, String status, String verdict, Instant openedAt, String workArea,
			boolean escalated) {
	}

	@Override
	public List<ContributedSection> contribute(Period period, long unitId) {
		Set<Long> subtree = units.subtreeOf(unitId);
		Map<Long, Counted> cases = new HashMap<>();
		jdbc.query("""
				select id, owner_unit_id, status, verdict, created_at, work_area, escalated_at from response_case
				where period_code = ?""", rs -> {
			Counted c = new Counted(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant(),
					rs.getString(6), rs.getTimestamp(7) != null);
			if (subtree.contains(c.unitId())) {
				cases.put(c.id(), c);
			}
		}, period.code());
		if (cases.isEmpty()) {
			return List.of();
		}
		int closed = 0;
		Map<CaseStatus, Integer> verdicts = new EnumMap<>(CaseStatus.class);
		for (Counted c : cases.values()) {
			if (CaseStatus.CLOSED.name().equals(c.status())) {
				closed++;
				verdicts.merge(CaseStatus.valueOf(c.verdict()), 1, Integer::sum);
			}
		}
		Map<String, Integer> responses = new HashMap<>();
		jdbc.query("""
				select o.case_id, o.kind, o.outcome from response_output o join response_case c on c.id = o.case_id
				where c.period_code = ?""", rs -> {
			if (cases.containsKey(rs.getLong(1))) {
				responses.merge(rs.getString(2), 1, Integer::sum);
				if (rs.getString(3) != null) {
					responses.merge(rs.getString(2) + "/" + rs.getString(3), 1, Integer::sum);
				}
			}
		}, period.code());
		List<Duration> toVerdict = new ArrayList<>();
		jdbc.query("""
				select t.case_id, min(t.at) from response_case_transition t join response_case c on c.id = t.case_id
				where c.period_code = ? and t.to_status in ('FALSE', 'MISLEADING', 'TRUE', 'UNVERIFIABLE') group by t.case_id""",
				rs -> {
					Counted c = cases.get(rs.getLong(1));
					if (c != null) {
						toVerdict.add(Duration.between(c.openedAt(), rs.getTimestamp(2).toInstant()));
					}
				}, period.code());

		int articles = responses.getOrDefault(ResponseKind.REBUTTAL.name(), 0)
				+ responses.getOrDefault(ResponseKind.CLARIFICATION.name(), 0);
		int guidance = responses.getOrDefault(ResponseKind.GUIDANCE.name(), 0);
		int removals = responses.getOrDefault(ResponseKind.REMOVAL_REQUEST.name(), 0);
		int removed = responses.getOrDefault(ResponseKind.REMOVAL_REQUEST.name() + "/REMOVED", 0);
		int referrals = responses.getOrDefault(ResponseKind.REFERRAL.name(), 0);
		int answered = responses.getOrDefault(ResponseKind.REFERRAL.name() + "/ANSWERED", 0);
		Duration median = median(toVerdict);

		List<Figure> figures = new ArrayList<>();
		figures.add(count("Vụ việc thông tin xấu, độc được mở", cases.size(), "vụ"));
		figures.add(count("Vụ việc đã xử lý xong (đóng)", closed, "vụ"));
		figures.add(count("Kết luận sai sự thật", verdicts.getOrDefault(CaseStatus.FALSE, 0), "vụ"));
		figures.add(count("Kết luận sai lệch, gây hiểu lầm", verdicts.getOrDefault(CaseStatus.MISLEADING, 0), "vụ"));
		figures.add(count("Kết luận đúng sự thật", verdicts.getOrDefault(CaseStatus.TRUE, 0), "vụ"));
		figures.add(count("Không xác minh được", verdicts.getOrDefault(CaseStatus.UNVERIFIABLE, 0), "vụ"));
		figures.add(count("Bài phản bác, đính chính đã đăng", articles, "bài"));
		figures.add(count("Văn bản định hướng thông tin đã gửi báo chí, đơn vị", guidance, "văn bản"));
		figures.add(count("Đề nghị nền tảng gỡ bỏ nội dung", removals, "đề nghị"));
		figures.add(count("Nội dung đã được gỡ bỏ", removed, "nội dung"));
		figures.add(count("Vụ việc chuyển cơ quan chức năng", referrals, "lượt"));
		figures.add(count("Cơ quan chức năng đã trả lời", answered, "lượt"));
		String[] time = median == null ? null : duration(median);
		if (time != null) {
			figures.add(new Figure("Thời gian trung vị từ khi mở vụ việc đến khi có kết luận", time[0], time[1]));
		}
		figures.add(count("Vụ việc quá hạn kết luận, đã báo cáo lãnh đạo",
				(int) cases.values().stream().filter(Counted::escalated).count(), "vụ"));
		Map<String, Integer> byArea = byArea(cases.values());
		byArea.forEach((area, n) -> figures.add(count("Vụ việc thuộc lĩnh vực " + area, n, "vụ")));

		StringBuilder text = new StringBuilder("Trong kỳ đã mở " + cases.size() + " vụ việc thông tin xấu, độc; xử lý xong "
				+ closed + " vụ, trong đó " + verdicts.getOrDefault(CaseStatus.FALSE, 0) + " vụ được kết luận sai sự thật, "
				+ verdicts.getOrDefault(CaseStatus.MISLEADING, 0) + " vụ sai lệch, gây hiểu lầm.");
		text.append(" Đã đăng ").append(articles).append(" bài phản bác, đính chính; gửi ").append(guidance)
			.append(" văn bản định hướng thông tin; đề nghị gỡ bỏ ").append(removals).append(" nội dung (đã gỡ ")
			.append(removed).append("); chuyển ").append(referrals).append(" lượt vụ việc đến cơ quan chức năng (")
			.append(answered).append(" lượt đã có trả lời).");
		if (time != null) {
			text.append(" Thời gian trung vị từ khi mở vụ việc đến khi có kết luận là ").append(time[0]).append(' ')
				.append(time[1]).append('.');
		}
		if (!byArea.isEmpty()) {
			List<String> parts = new ArrayList<>();
			byArea.forEach((area, n) -> parts.add(area + " (" + n + ")"));
			text.append(" Theo lĩnh vực: ").append(String.join(", ", parts)).append('.');
		}
		return List.of(new ContributedSection(WORK_AREA, "Đấu tranh, phản bác (vụ việc)", figures, text.toString()));
	}

	/** The cases by the name of their work area, most first; cases without one are not listed. */
	private Map<String, Integer> byArea(java.util.Collection<Counted> cases) {
		Map<String, String> names = new HashMap<>();
		for (WorkArea area : catalogue.getObject().workAreas()) {
			names.put(area.code(), area.name());
		}
		Map<String, Integer> counts = new HashMap<>();
		for (Counted c : cases) {
			if (c.workArea() != null) {
				counts.merge(names.getOrDefault(c.workArea(), c.workArea()), 1, Integer::sum);
			}
		}
		Map<String, Integer> sorted = new java.util.LinkedHashMap<>();
		counts.entrySet().stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.forEach(e -> sorted.put(e.getKey(), e.getValue()));
		return sorted;
	}

	private static Figure count(String label, int value, String unit) {
		return new Figure(label, Integer.toString(value), unit);
	}

	/** The median of the durations (the mean of the middle two when their number is even); null when there are none. */
	static Duration median(List<Duration> durations) {
		if (durations.isEmpty()) {
			return null;
		}
		List<Duration> sorted = durations.stream().sorted().toList();
		int middle = sorted.size() / 2;
		return sorted.size() % 2 == 1 ? sorted.get(middle) : sorted.get(middle - 1).plus(sorted.get(middle)).dividedBy(2);
	}

	/**
	 * A duration as the report writes it, value and unit: days with one decimal ({@code 2,5 ngày}), hours with one
	 * decimal under a day ({@code 5,5 giờ}), whole minutes under an hour (at least one).
	 */
	static String[] duration(Duration duration) {
		long seconds = Math.max(0, duration.getSeconds());
		if (seconds >= 86_400) {
			return new String[] { decimal(seconds / 86_400.0), "ngày" };
		}
		if (seconds >= 3_600) {
			return new String[] { decimal(seconds / 3_600.0), "giờ" };
		}
		return new String[] { Long.toString(Math.max(1, (seconds + 59) / 60)), "phút" };
	}

	/** One decimal with the Vietnamese decimal comma: {@code 2,5}. */
	private static String decimal(double value) {
		return String.format(Locale.ROOT, "%.1f", value).replace('.', ',');
	}

}
