package vn.tuyengiao.response.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportContribution;
import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases;

/** Responses on a case and their count in the report through the real migrations, on H2 and again on PostgreSQL. */
@DatabaseTest
@WithUserDetails("chuyenvien")
class ResponseRepositoryTests {

	@Autowired
	Cases cases;

	@Autowired
	ResponseService responses;

	@Autowired
	CaseContribution contribution;

	Cases.Case open(String period) {
		return cases.open(new Cases.NewCase("Tin đồn thu phí đền bù", "Nộp phí trước sẽ được đền bù cao hơn.", null, List.of(),
				null, null, period));
	}

	static ResponseService.NewResponse rebuttal() {
		return new ResponseService.NewResponse("REBUTTAL", "Sự thật về tin đồn", "https://baobackan.example/su-that",
				"Báo Bắc Kạn", null, null, null, null, null, "2023-05-12");
	}

	static ResponseService.NewResponse referral() {
		return new ResponseService.NewResponse("referral", null, null, null, null, null, "Đề nghị xác minh tài khoản",
				"Sở Thông tin và Truyền thông", "STATE_MANAGEMENT", "15/5/2023");
	}

	@Test
	void responsesAreKeptWithTheirDatesAndAnOutcomeIsRecordedOnlyOnTheCopyRead() {
		Cases.Case theCase = open("2023Q2");
		responses.record(theCase.id(), referral());
		CaseResponse article = responses.record(theCase.id(), rebuttal());
		CaseResponse removal = responses.record(theCase.id(), new ResponseService.NewResponse("REMOVAL_REQUEST", null,
				"https://facebook.example/post/1", null, "Facebook", null, null, null, null, "2023-05-13"));

		assertThat(article.date()).isEqualTo(LocalDate.of(2023, 5, 12));
		assertThat(article.outcome()).isNull();
		assertThat(removal.outcome()).isEqualTo("PENDING");
		assertThat(responses.of(theCase.id())).extracting(CaseResponse::kind)
			.containsExactly(ResponseKind.REBUTTAL, ResponseKind.REMOVAL_REQUEST, ResponseKind.REFERRAL);

		CaseResponse removed = responses.recordOutcome(theCase.id(), removal.id(),
				new ResponseService.OutcomeUpdate("removed", null, "2023-05-20", 0L));
		assertThat(removed.outcome()).isEqualTo("REMOVED");
		assertThat(removed.outcomeDate()).isEqualTo(LocalDate.of(2023, 5, 20));
		assertThat(removed.version()).isEqualTo(1);
		assertThatThrownBy(() -> responses.recordOutcome(theCase.id(), removal.id(),
				new ResponseService.OutcomeUpdate("REFUSED", null, "2023-05-21", 0L))).isInstanceOf(Conflict.class);
		assertThatThrownBy(() -> responses.recordOutcome(theCase.id(), removal.id(),
				new ResponseService.OutcomeUpdate("REFUSED", null, "2023-05-01", 1L))).isInstanceOf(InvalidInput.class);
		assertThat(responses.of(theCase.id())).filteredOn(r -> r.id() == removal.id()).singleElement()
			.extracting(CaseResponse::outcome).isEqualTo("REMOVED");
	}

	@Test
	void thePeriodsReportCountsTheResponsesAndTheMedianTimeToVerdict() {
		Cases.Case theCase = open("2019Q3");
		cases.move(theCase.id(), CaseStatus.VERIFYING, "Liên hệ UBND xã");
		cases.move(theCase.id(), CaseStatus.FALSE, "Sai sự thật");
		responses.record(theCase.id(), rebuttal());
		long referral = responses.record(theCase.id(), referral()).id();
		responses.recordOutcome(theCase.id(), referral,
				new ResponseService.OutcomeUpdate(null, "Đã xử phạt chủ tài khoản", "2023-06-01", 0L));
		cases.move(theCase.id(), CaseStatus.CLOSED, "Xong");

		List<ReportContribution.ContributedSection> sections = contribution.contribute(Period.parse("2019Q3"),
				theCase.ownerUnitId());

		assertThat(sections).singleElement().satisfies(section -> {
			assertThat(section.workAreaCode()).isEqualTo("BAO_VE_NEN_TANG");
			assertThat(section.figures()).extracting(f -> f.label() + "=" + f.value())
				.contains("Vụ việc thông tin xấu, độc được mở=1", "Vụ việc đã xử lý xong (đóng)=1", "Kết luận sai sự thật=1",
						"Bài phản bác, đính chính đã đăng=1", "Vụ việc chuyển cơ quan chức năng=1",
						"Cơ quan chức năng đã trả lời=1", "Đề nghị nền tảng gỡ bỏ nội dung=0");
			assertThat(section.figures()).filteredOn(f -> f.label().startsWith("Thời gian trung vị")).singleElement()
				.satisfies(f -> assertThat(f.unitOfMeasure()).isEqualTo("phút"));
			assertThat(section.text()).contains("Đã đăng 1 bài phản bác, đính chính").contains("(1 lượt đã có trả lời)");
		});
	}

}
