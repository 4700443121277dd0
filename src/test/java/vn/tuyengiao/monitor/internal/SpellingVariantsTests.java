package vn.tuyengiao.monitor.internal;

import vn.tuyengiao.topics.internal.TopicQueries;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.text.TextAnalysis;

/**
 * The search box (on the real index) and a saved topic find a word however the item spells it and however the
 * analyst types it: the tone on either vowel of oa, oe, uy ({@code văn hoá} / {@code văn hóa}), and i or y after
 * a consonant ({@code quí} / {@code quý}); with exact accents the tones still count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpellingVariantsTests {

	private static final String OUTLET = "Báo Thử Chính Tả";

	private static final List<String[]> ITEMS = List.of(
			new String[] { "1", "Khoá họp bàn về văn hoá", "Kính thưa quí vị, các kĩ sư và nhà lí luận đã hi sinh; tỉ lệ tăng." },
			new String[] { "2", "Khóa họp bàn về văn hóa", "Kính thưa quý vị, các kỹ sư và nhà lý luận đã hy sinh; tỷ lệ tăng." },
			new String[] { "3", "Quy định mới", "Ban hành quy định về lỹ thuyết." });

	private final ItemSearch search;

	private final TextAnalysis analysis;

	@Autowired
	SpellingVariantsTests(ItemSearch search, ItemStore store, SourceRepository sources, TextAnalysis analysis) {
		this.search = search;
		this.analysis = analysis;
		long source = sources.save(new SourceEntity("Nguồn thử chính tả", OUTLET, SourceType.RSS, SourceKind.PRESS,
				"https://chinh-ta.example/rss", "vi", 0, 1L, Instant.now())).id();
		store.storeBatch(source, OUTLET, SourceKind.PRESS, ITEMS.stream()
			.map(item -> new IncomingItem("https://chinh-ta.example/tin/" + item[0], item[1], null,
					Instant.parse("2023-04-12T03:00:00Z"), item[2], "vi", "mục " + item[0]))
			.toList());
	}

	@ParameterizedTest(name = "{0} (exact accents: {1})")
	@CsvSource(delimiter = '|', textBlock = """
			"văn hoá"              | true
			"văn hóa"              | true
			khoá họp               | true
			"quý vị"               | true
			"quí vị"               | false
			kĩ sư AND "lý luận"    | true
			"hy sinh"              | true
			tỉ lệ                  | false
			"li luan"              | false
			""")
	void bothSpellingsOfAWordAreFound(String text, boolean exactAccents) {
		assertThat(searched(text.strip().replace(" AND ", " "), exactAccents)).containsExactlyInAnyOrder(1L, 2L);
		assertThat(matchedByTopic(text.strip(), exactAccents)).containsExactlyInAnyOrder(1L, 2L);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			"quy vị"
			"lỹ luận"
			"văn hõa"
			""")
	void withExactAccentsTheTonesStillCount(String text) {
		assertThat(searched(text.strip(), true)).isEmpty();
		assertThat(matchedByTopic(text.strip(), true)).isEmpty();
	}

	/** The numbers of the items the search box finds. */
	private List<Long> searched(String text, boolean exactAccents) {
		return search.search(new ItemSearch.Query(text, exactAccents, OUTLET, null, null, null, null, false, 0, 20)).items()
			.stream()
			.map(hit -> Long.valueOf(hit.url().substring(hit.url().lastIndexOf('/') + 1)))
			.toList();
	}

	/** The numbers of the items a topic of this query matches. */
	private List<Long> matchedByTopic(String topic, boolean exactAccents) {
		return TopicQueries.matched(analysis, topic, exactAccents, ITEMS.stream()
			.map(item -> new TopicQueries.Item(Long.parseLong(item[0]), item[1], item[2], OUTLET))
			.toList());
	}

}
