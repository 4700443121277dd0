package vn.tuyengiao.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import vn.tuyengiao.monitor.ItemFindings;
import vn.tuyengiao.monitor.internal.TestItems;

/**
 * The analysis on its own: an item stored by monitoring is analysed through the event publication registry, what
 * it found is kept and shown as the item's findings, and {@link ItemAnalysed} tells what comes next.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "org")
class AnalysisModuleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	ItemFindings findings;

	@Test
	void anItemStoredIsAnalysedForItsPlacesAndStoryAndTheNextStageIsTold(Scenario scenario) {
		TestItems items = TestItems.of(context, "Báo Thử Phân Tích");
		scenario.stimulate(() -> items.store("Hội nghị giao ban ở huyện Chợ Mới, tỉnh Bắc Kạn",
				"Sáng nay, Ban Tuyên giáo Huyện ủy Chợ Mới tổ chức hội nghị giao ban công tác tuyên giáo quý I."))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForEventOfType(ItemAnalysed.class)
			.toArriveAndVerify((analysed, itemId) -> {
				assertThat(analysed.itemId()).isEqualTo(itemId);
				assertThat(analysed.placeNames()).contains("Chợ Mới");
				ItemFindings.Findings found = findings.of(itemId).orElseThrow();
				assertThat(found.places()).extracting(ItemFindings.Place::name).contains("Huyện Chợ Mới");
				assertThat(found.storyId()).isEqualTo(analysed.storyId());
				assertThat(found.risk().score()).isEqualTo(analysed.riskScore());
			});
	}

}
