package vn.tuyengiao.briefing;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportAgenda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Briefings, conclusions and tasks on H2 and on PostgreSQL. */
@DatabaseTest
class BriefingRepositoryTests {

	@Autowired
	Briefings briefings;

	@Autowired
	ReportAgenda agenda;

	@Autowired
	OrgUnits units;

	long unit(String shortName) {
		return units.all().stream().filter(u -> u.shortName().equals(shortName)).map(OrgUnit::id).findFirst().orElseThrow();
	}

	long province() {
		return units.all().stream().filter(u -> u.parentId() == null).map(OrgUnit::id).findFirst().orElseThrow();
	}

	@Test
	void theDemoBriefingOfTwelveAprilHasThreeConclusionsAndTheirTasks() {
		Meeting meeting = briefings.meetings(Set.of(province())).get(0);

		assertThat(meeting.heldOn()).isEqualTo(LocalDate.of(2023, 4, 12));
		assertThat(meeting.conclusions()).hasSize(3);
		assertThat(briefings.tasks(Set.of(unit("Ba Bể")))).extracting(Task::title)
			.contains("Triển khai chuyên đề năm 2023 tại Ba Bể");
	}

	@Test
	void aTaskPastItsDeadlineIsOverdueUntilReportedDone() {
		Meeting meeting = briefings.record(new Briefings.NewMeeting(province(), "2024Q1", LocalDate.of(2024, 4, 10),
				"Hội trường", "Chủ trì thử", "", "", ""));
		Meeting.Conclusion conclusion = briefings.conclude(meeting.id(), "Hoàn thành kiện toàn đội ngũ báo cáo viên.");
		Task task = briefings.assign(new Briefings.NewTask("Kiện toàn báo cáo viên", "CONCLUSION", conclusion.id(), null,
				unit("Na Rì"), Set.of(unit("Chợ Mới")), LocalDate.of(2024, 6, 30), "2024Q2"));

		assertThat(task.status()).isEqualTo(TaskStatus.OVERDUE);
		assertThat(task.sourceReference()).isEqualTo("Kết luận hội nghị giao ban ngày 10/04/2024");

		Task half = briefings.report(task.id(), unit("Chợ Mới"), 50, "Đã rà soát danh sách.", task.version());
		assertThat(half.status()).isEqualTo(TaskStatus.OVERDUE);
		Task done = briefings.report(task.id(), unit("Na Rì"), 100, "Đã kiện toàn xong.", half.version());
		assertThat(done.status()).isEqualTo(TaskStatus.DONE);
		assertThat(done.updates()).extracting(Task.Update::progress).containsExactly(50, 100);

		assertThatThrownBy(() -> briefings.report(task.id(), unit("Na Rì"), 90, "Sửa lại", half.version()))
			.isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> briefings.report(task.id(), unit("Pác Nặm"), 90, "Không liên quan", done.version()))
			.isInstanceOfSatisfying(InvalidInput.class, p -> assertThat(p.field()).isEqualTo("unitId"));
	}

	@Test
	void aFutureTaskIsNotStartedThenInProgress() {
		Task task = briefings.assign(new Briefings.NewTask("Chuẩn bị sơ kết", "PLAN", null, "Kế hoạch 05-KH/BTGTU",
				unit("Ngân Sơn"), Set.of(), LocalDate.now().plusMonths(2), "2099Q1"));
		assertThat(task.status()).isEqualTo(TaskStatus.NOT_STARTED);

		assertThat(briefings.report(task.id(), unit("Ngân Sơn"), 20, "Đã xây dựng đề cương.", task.version()).status())
			.isEqualTo(TaskStatus.IN_PROGRESS);
	}

	@Test
	void theQuarterTwoReportShowsEachBoardTheTasksItMustReportOn() {
		assertThat(agenda.itemsFor(unit("Ba Bể"), Period.parse("2023Q2")))
			.extracting(ReportAgenda.AgendaItem::title)
			.contains("Triển khai chuyên đề năm 2023 tại Ba Bể",
					"Tuyên truyền kết quả phát triển kinh tế - xã hội của tỉnh quý I năm 2023")
			.doesNotContain("Triển khai chuyên đề năm 2023 tại Pác Nặm");
	}

	@Test
	void aTaskFromAConclusionMustNameIt() {
		assertThatThrownBy(() -> briefings.assign(new Briefings.NewTask("Không nguồn", "CONCLUSION", null, null,
				unit("Ba Bể"), Set.of(), LocalDate.of(2024, 1, 1), "2024Q1")))
			.isInstanceOfSatisfying(InvalidInput.class, p -> assertThat(p.field()).isEqualTo("conclusionId"));
	}

}
