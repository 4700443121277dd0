package vn.tuyengiao.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import vn.tuyengiao.monitor.internal.TestItems;

/** The stories module on its own: an item stored by monitoring joins its story, and the story says it grew. */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "org")
class StoriesModuleTests {

	static final String ARTICLE = "Mưa lớn kéo dài nhiều ngày khiến nước sông Năng dâng cao, nhiều tuyến đường ở huyện Ba Bể "
			+ "bị ngập sâu, chính quyền địa phương đã sơ tán các hộ dân ven sông đến nơi an toàn và bố trí lực lượng "
			+ "trực ở các ngầm tràn để bảo đảm an toàn cho người dân đi lại trong những ngày tới.";

	@Autowired
	ApplicationContext context;

	@Autowired
	Stories stories;

	@Test
	void aCopyOfAnItemJoinsItsStoryAndTheStorySaysItGrew(Scenario scenario) {
		TestItems items = TestItems.of(context, "Báo Thử Chuỗi Tin");
		long original = items.store("Nước sông Năng dâng cao", ARTICLE);
		org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> stories.storyOf(original).isPresent());
		long story = stories.storyOf(original).getAsLong();

		scenario.stimulate(() -> items.store("Sông Năng dâng cao, Ba Bể sơ tán dân", "Theo tin từ địa phương. " + ARTICLE))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForEventOfType(StoryGrew.class)
			.matching(grew -> grew.itemId() != original && grew.storyId() == story)
			.toArriveAndVerify((grew, copy) -> {
				assertThat(grew.itemId()).isEqualTo(copy);
				assertThat(grew.started()).as("it joined an existing story").isFalse();
				assertThat(stories.story(story).orElseThrow().items()).extracting(StoryView.Member::itemId)
					.containsExactly(original, copy);
			});
	}

}
