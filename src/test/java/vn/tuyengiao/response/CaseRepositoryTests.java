package vn.tuyengiao.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;

/** Cases and their timeline through the real migrations, on H2 and again on PostgreSQL. */
@DatabaseTest
@WithUserDetails("chuyenvien")
class CaseRepositoryTests {

	@Autowired
	Cases cases;

	@Test
	void aCaseGoesFromNewThroughAVerdictToClosedWithEveryStepInItsTimeline() {
		Cases.Case opened = cases.open(new Cases.NewCase("Tin đồn thu phí đền bù", "Nộp phí trước sẽ được đền bù cao hơn.",
				null, List.of(), null, null, "2023Q2"));
		assertThat(opened.status()).isEqualTo(CaseStatus.NEW);
		assertThat(opened.severity()).isEqualTo("MEDIUM");

		cases.move(opened.id(), CaseStatus.VERIFYING, "Liên hệ UBND xã");
		cases.move(opened.id(), CaseStatus.FALSE, "Xã khẳng định không có chủ trương thu phí");
		Cases.Case closed = cases.move(opened.id(), CaseStatus.CLOSED, "Đã đăng tin cải chính");

		assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
		assertThat(closed.verdict()).isEqualTo(CaseStatus.FALSE);
		assertThat(closed.closedAt()).isNotNull();
		assertThat(closed.timeline()).extracting(Cases.Transition::to)
			.containsExactly(CaseStatus.NEW, CaseStatus.VERIFYING, CaseStatus.FALSE, CaseStatus.CLOSED);
		assertThat(closed.timeline().get(2).note()).isEqualTo("Xã khẳng định không có chủ trương thu phí");
		assertThat(closed.timeline()).allMatch(t -> t.actor().equals("chuyenvien"));
	}

	@Test
	void aCaseAboutAnItemThatIsNotThereIsRefusedAndNothingIsSaved() {
		int before = cases.visible().size();

		assertThatThrownBy(() -> cases.open(new Cases.NewCase("Tin không có", "Không có.", null, List.of(987_654_321L), null,
				null, null))).isInstanceOf(InvalidInput.class).hasMessageContaining("item-unknown");
		assertThat(cases.visible()).hasSize(before);
	}

	@Test
	void aNewCaseCannotBeClosedAndNothingChanges() {
		Cases.Case opened = cases.open(new Cases.NewCase("Ảnh cắt ghép", "Ảnh lũ năm 2017 đăng lại như mới.", null,
				List.of(), "HIGH", null, null));

		assertThatThrownBy(() -> cases.move(opened.id(), CaseStatus.CLOSED, "đóng luôn")).isInstanceOf(Conflict.class);
		assertThat(cases.get(opened.id()).status()).isEqualTo(CaseStatus.NEW);
		assertThat(cases.get(opened.id()).timeline()).hasSize(1);
	}

}
