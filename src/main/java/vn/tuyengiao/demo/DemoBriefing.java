package vn.tuyengiao.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.briefing.Briefings;
import vn.tuyengiao.briefing.Meeting;
import vn.tuyengiao.briefing.Task;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitType;
import vn.tuyengiao.org.OrgUnits;

/**
 * The briefing of 12/4/2023 that the source article describes: the Q1 results, the head's conclusions,
 * and the Q2 tasks that follow from them (the 2023 thematic study, propaganda on the province's
 * socio-economic results, grasping public opinion), most done by now, Ba Bể's and Pác Nặm's still open.
 */
@Component
@Order(30)
class DemoBriefing implements ApplicationRunner {

	static final LocalDate BRIEFING_DAY = LocalDate.of(2023, 4, 12);

	static final LocalDate END_OF_Q2 = LocalDate.of(2023, 6, 30);

	private final Briefings briefings;

	private final OrgUnits units;

	private final boolean enabled;

	DemoBriefing(Briefings briefings, OrgUnits units, Environment environment) {
		this.briefings = briefings;
		this.units = units;
		this.enabled = DemoData.enabled(environment);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		List<OrgUnit> districts = units.all().stream().filter(u -> u.type() == OrgUnitType.DISTRICT_BOARD).toList();
		if (!enabled || districts.size() != 8) {
			return;
		}
		long province = districts.get(0).parentId();
		if (!briefings.meetings(Set.of(province)).isEmpty()) {
			return;
		}
		Meeting meeting = briefings.record(new Briefings.NewMeeting(province, "2023Q1", BRIEFING_DAY,
				"Hội trường Ban Tuyên giáo Tỉnh ủy Bắc Kạn", "Hoàng Thị Lãnh, Phó Trưởng Ban Tuyên giáo Tỉnh ủy",
				"Lãnh đạo, chuyên viên Ban Tuyên giáo Tỉnh ủy; lãnh đạo ban tuyên giáo 8 huyện ủy, thành ủy; đại diện Trung tâm Thông tin công tác tuyên giáo",
				"1. Báo cáo kết quả công tác tuyên giáo quý I, phương hướng nhiệm vụ quý II năm 2023.\n2. Các đơn vị phát biểu.\n3. Kết luận của chủ trì.",
				"Hội nghị nghe báo cáo số 12-BC/BTGTU; các ban tuyên giáo huyện ủy, thành ủy trao đổi kinh nghiệm trong nắm bắt dư luận xã hội và triển khai chuyên đề năm. (Nội dung minh họa.)"));
		Meeting.Conclusion study = briefings.conclude(meeting.id(),
				"Tiếp tục triển khai học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh theo chuyên đề năm 2023.");
		Meeting.Conclusion propaganda = briefings.conclude(meeting.id(),
				"Đẩy mạnh tuyên truyền kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội của tỉnh.");
		Meeting.Conclusion opinion = briefings.conclude(meeting.id(),
				"Chủ động nắm bắt tình hình tư tưởng, dư luận xã hội; đấu tranh phản bác thông tin xấu, độc, sai trái.");

		Set<Long> districtIds = districts.stream().map(OrgUnit::id).collect(Collectors.toSet());
		for (OrgUnit district : districts) {
			Task task = briefings.assign(new Briefings.NewTask("Triển khai chuyên đề năm 2023 tại " + district.shortName(),
					"CONCLUSION", study.id(), null, district.id(), Set.of(), END_OF_Q2, "2023Q2"));
			boolean open = district.shortName().equals("Ba Bể") || district.shortName().equals("Pác Nặm");
			briefings.report(task.id(), district.id(), open ? 60 : 100,
					open ? "Đã tổ chức hội nghị triển khai; đang hướng dẫn chi bộ đăng ký làm theo." : "Đã hoàn thành triển khai chuyên đề.",
					task.version());
		}
		Task socioEconomic = briefings.assign(new Briefings.NewTask(
				"Tuyên truyền kết quả phát triển kinh tế - xã hội của tỉnh quý I năm 2023", "CONCLUSION", propaganda.id(),
				null, province, districtIds, LocalDate.of(2023, 5, 31), "2023Q2"));
		briefings.report(socioEconomic.id(), province, 100, "Đã ban hành hướng dẫn tuyên truyền và tổng hợp kết quả.",
				socioEconomic.version());
		briefings.assign(new Briefings.NewTask("Tổng hợp báo cáo dư luận xã hội quý II năm 2023", "CONCLUSION",
				opinion.id(), null, province, Set.of(), END_OF_Q2, "2023Q2"));
	}

}
