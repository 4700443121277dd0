package vn.tuyengiao.response.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.notices.Notice;
import vn.tuyengiao.notices.Notices;
import vn.tuyengiao.platform.Paging;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases;

/**
 * What happens to a case after it is opened: its deadline passes and it is escalated, it is given to someone else,
 * new copies of its story join it, and a copy surfacing after it closed is told to its owner in the notice centre.
 * On H2 and PostgreSQL.
 */
@DatabaseTest
@WithUserDetails("chuyenvien")
class CaseFollowUpRepositoryTests {

	@Autowired
	Cases cases;

	@Autowired
	CaseDeadlines deadlines;

	@Autowired
	CaseStories stories;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	CaseContribution contribution;

	@Autowired
	Notices notices;

	private Cases.Case open(String title, String severity) {
		return cases.open(new Cases.NewCase(title, "Luận điệu của " + title + ".", null, List.of(), severity, null, "2023Q2"));
	}

	/** Follows a story as if the case had been opened from one of its items. */
	private void follow(long caseId, long storyId) {
		jdbc.update("insert into response_case_story (case_id, story_id, linked_at) values (?, ?, current_timestamp)", caseId,
				storyId);
	}

	/** An item joined a story, as {@link CaseStories} hears it: {@code text} is the title and the body. */
	private void storyGrew(long itemId, long storyId, String title, String url, String outlet, String text) {
		String body = text.startsWith(title + "\n\n") ? text.substring(title.length() + 2) : "";
		stories.follow(storyId, new Items.Content(itemId, title, body, url, outlet, SourceKind.SOCIAL, 1L, Instant.now(),
				"test"));
	}

	/** The notices about the case in the signed-in user's notice centre. */
	private List<Notice> noticesOfCase(long caseId) {
		return notices.mine(false, new Paging(0, 200)).items().stream()
			.filter(n -> n.origin().equals("response") && n.link().equals("/response/cases/" + caseId))
			.toList();
	}

	/** Who was told of the case, and how, as the notice centre holds it. */
	private List<String> told(long caseId, String kind) {
		return jdbc.queryForList("select recipient from notices_notice where origin = 'response' and link = ? and kind = ?",
				String.class, "/response/cases/" + caseId, kind);
	}

	/** The items the signed-in user was told of about the case, by the key that tells each once. */
	private List<String> itemKeys(long caseId) {
		return jdbc.queryForList("select once_key from notices_notice where recipient = 'chuyenvien' and link = ?"
				+ " and once_key is not null", String.class, "/response/cases/" + caseId);
	}

	@Test
	void aCaseWithoutAVerdictPastItsDeadlineIsEscalatedToTheLeadersOnce() {
		Cases.Case urgent = open("Tin giả về dịch bệnh", "HIGH");
		Cases.Case ordinary = open("Bình luận xuyên tạc", "LOW");
		assertThat(Duration.between(urgent.createdAt(), urgent.dueAt())).isEqualTo(Duration.ofDays(1));
		assertThat(Duration.between(ordinary.createdAt(), ordinary.dueAt())).isEqualTo(Duration.ofDays(7));

		deadlines.escalateDue(Instant.now().plus(Duration.ofDays(2)));

		Cases.Case escalated = cases.get(urgent.id());
		assertThat(escalated.escalatedAt()).isNotNull();
		assertThat(escalated.timeline()).extracting(Cases.Transition::kind).endsWith("ESCALATE");
		assertThat(cases.get(ordinary.id()).escalatedAt()).as("its deadline has not passed").isNull();
		List<String> leaders = told(urgent.id(), "ESCALATE");
		assertThat(leaders).contains("truongban").doesNotContain("chuyenvien");
		deadlines.escalateDue(Instant.now().plus(Duration.ofDays(3)));
		assertThat(told(urgent.id(), "ESCALATE")).hasSameSizeAs(leaders);
	}

	@Test
	void anItemOfAnotherStoryRepeatingAClosedCasesClaimIsToldToItsOwnerAndAnUnrelatedOneIsNot() {
		Cases.Case opened = cases.open(new Cases.NewCase("Tin đồn vỡ đập hồ Ba Bể",
				"Đập thủy điện trên sông Năng bị vỡ, nước hồ Ba Bể dâng cao ba mét, người dân Chợ Rã phải sơ tán.", null,
				List.of(), "HIGH", null, "2023Q2"));
		cases.move(opened.id(), CaseStatus.VERIFYING, null);
		cases.move(opened.id(), CaseStatus.FALSE, "Ban Chỉ huy phòng chống thiên tai xác nhận đập an toàn");
		cases.move(opened.id(), CaseStatus.CLOSED, null);

		storyGrew(880_101L, 774_101L, "Lại đồn vỡ đập", "https://vi.example/3", "Trang C", "Lại đồn vỡ đập\n\nNghe nói đập thủy điện trên sông Năng bị vỡ rồi, nước hồ Ba Bể dâng cao ba mét, "
						+ "người dân Chợ Rã phải sơ tán gấp trong đêm.");
		storyGrew(880_102L, 774_102L, "Hồ Ba Bể đón khách", "https://vi.example/4", "Báo D", "Hồ Ba Bể đón khách\n\nMùa thu nước hồ Ba Bể trong xanh, du khách về Chợ Rã ngày càng đông.");

		List<Notice> told = noticesOfCase(opened.id());
		assertThat(itemKeys(opened.id())).containsExactly("response-case:" + opened.id() + ":RESURFACED:880101");
		assertThat(told).hasSize(1);
		assertThat(told.get(0).message()).contains("nội dung lặp lại luận điệu").contains("sai sự thật");
	}

	@Test
	void thePeriodsReportCountsTheCasesByWorkAreaAndThoseEscalated() {
		Cases.Case late = cases.open(new Cases.NewCase("Xuyên tạc lịch sử địa phương", "Trận đánh năm 1950 là bịa đặt.", null,
				List.of(), null, "HIGH", null, "2019Q4", "BAO_VE_NEN_TANG", List.of(), null));
		cases.open(new Cases.NewCase("Tin đồn học phí", "Học phí tăng gấp đôi.", null, List.of(), null, "LOW", null, "2019Q4",
				"KHOA_GIAO", List.of(), null));
		deadlines.escalateDue(late.dueAt().plusSeconds(60));

		List<String> figures = contribution.contribute(Period.parse("2019Q4"), late.ownerUnitId()).get(0).figures().stream()
			.map(f -> f.label() + "=" + f.value())
			.toList();

		assertThat(figures).contains("Vụ việc quá hạn kết luận, đã báo cáo lãnh đạo=1")
			.anyMatch(f -> f.startsWith("Vụ việc thuộc lĩnh vực Bảo vệ nền tảng tư tưởng của Đảng") && f.endsWith("=1"))
			.anyMatch(f -> f.startsWith("Vụ việc thuộc lĩnh vực") && f.contains("giáo") && f.endsWith("=1"));
	}

	@Test
	void aCaseWithAVerdictIsNotEscalated() {
		Cases.Case decided = open("Ảnh cũ đăng lại", "HIGH");
		cases.move(decided.id(), CaseStatus.VERIFYING, null);
		cases.move(decided.id(), CaseStatus.MISLEADING, "Ảnh năm 2017");

		deadlines.escalateDue(Instant.now().plus(Duration.ofDays(2)));

		assertThat(cases.get(decided.id()).escalatedAt()).isNull();
	}

	@Test
	void aCaseIsGivenToAnotherHandlerWhoIsToldAndNotToAReporter() {
		Cases.Case opened = open("Tin đồn sáp nhập trường", "MEDIUM");
		assertThat(opened.assignee()).isEqualTo("chuyenvien");

		Cases.Case given = cases.assign(opened.id(), "truongban", "Cần lãnh đạo trực tiếp chỉ đạo", opened.version());

		assertThat(given.assignee()).isEqualTo("truongban");
		assertThat(given.timeline().get(given.timeline().size() - 1).note()).contains("truongban")
			.contains("Cần lãnh đạo trực tiếp chỉ đạo");
		assertThat(told(opened.id(), "ASSIGN")).containsExactly("truongban");
		assertThatThrownBy(() -> cases.assign(opened.id(), "babe", null, null)).isInstanceOf(InvalidInput.class);
		assertThat(cases.get(opened.id()).assignee()).isEqualTo("truongban");
	}

	@Test
	void aNewCopyOfTheStoryJoinsAnOpenCaseAndOneAfterClosingIsToldToTheOwnerOnce() {
		Cases.Case opened = open("Tin đồn thu phí đền bù", "MEDIUM");
		follow(opened.id(), 774_001L);

		storyGrew(880_001L, 774_001L, "Thu phí đền bù?", "https://vi.example/1", "Báo A", "Thu phí đền bù?");

		Cases.Case joined = cases.get(opened.id());
		assertThat(joined.itemIds()).containsExactly(880_001L);
		assertThat(joined.timeline()).extracting(Cases.Transition::kind).endsWith("LINK");

		cases.move(opened.id(), CaseStatus.VERIFYING, null);
		cases.move(opened.id(), CaseStatus.FALSE, "UBND xã bác bỏ");
		cases.move(opened.id(), CaseStatus.CLOSED, null);
		storyGrew(880_002L, 774_001L, "Lại đồn thu phí đền bù", "https://vi.example/2", "Trang B", "Lại đồn thu phí đền bù");
		storyGrew(880_002L, 774_001L, "Lại đồn thu phí đền bù", "https://vi.example/2", "Trang B", "Lại đồn thu phí đền bù");

		assertThat(cases.get(opened.id()).itemIds()).as("a closed case takes no new items").containsExactly(880_001L);
		List<Notice> told = noticesOfCase(opened.id());
		assertThat(told).hasSize(1);
		assertThat(told.get(0).kind()).isEqualTo("RESURFACED");
		assertThat(told.get(0).title()).isEqualTo("Thông tin đã kết luận xuất hiện lại");
		assertThat(itemKeys(opened.id())).containsExactly("response-case:" + opened.id() + ":RESURFACED:880002");
		assertThat(told.get(0).message()).contains("sai sự thật").contains("Lại đồn thu phí đền bù");
	}

}
