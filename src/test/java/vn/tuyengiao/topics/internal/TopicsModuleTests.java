package vn.tuyengiao.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;

import vn.tuyengiao.monitor.ItemFindings;
import vn.tuyengiao.monitor.ItemIndex;
import vn.tuyengiao.monitor.internal.TestItems;
import vn.tuyengiao.topics.TopicMatched;

/**
 * Saved topics with the modules before them: an item stored by monitoring is analysed, matched against the
 * topics (a topic naming a locality included) and announced once per topic and item.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = { "org", "analysis", "stories", "classify", "places" })
class TopicsModuleTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	TopicRepository topics;

	@Autowired
	TopicMatcher matcher;

	@Autowired
	ItemIndex index;

	@Autowired
	ItemFindings.TopicNames topicNames;

	private long topic(String name, String query) {
		long id = topics.save(new TopicEntity(name, query, false, 1L, "test", Instant.now())).id();
		matcher.register(id, TopicQueryParser.read(query, index.folded(), index.exact(), false, term -> 0), false);
		return id;
	}

	@Test
	void anItemStoredIsMatchedAfterItsAnalysisAndEachMatchIsAnnouncedOnce(Scenario scenario) {
		long flood = topic("Lũ lụt ở Chợ Mới", "\"lũ quét\" AND locality:\"Chợ Mới\"");
		long unrelated = topic("Tai nạn giao thông", "\"tai nạn giao thông\"");
		TestItems items = TestItems.of(context, "Báo Thử Chủ Đề");

		scenario.stimulate(() -> items.store("Cảnh báo lũ quét ở vùng cao",
				"Mưa lớn gây lũ quét tại xã Thanh Mai, huyện Chợ Mới, tỉnh Bắc Kạn; người dân được sơ tán."))
			.andWaitAtMost(Duration.ofSeconds(30))
			.andWaitForEventOfType(TopicMatched.class)
			.toArriveAndVerify((matched, itemId) -> {
				assertThat(matched.itemId()).isEqualTo(itemId);
				assertThat(matched.topicId()).isEqualTo(flood).isNotEqualTo(unrelated);
				assertThat(topicNames.of(itemId)).containsExactly("Lũ lụt ở Chợ Mới");
			});
	}

}
