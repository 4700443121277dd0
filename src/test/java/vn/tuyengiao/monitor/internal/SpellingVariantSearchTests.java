package vn.tuyengiao.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;

/**
 * On the real index, the search box finds a word however the item spells it and however the analyst types it:
 * the tone on either vowel of oa, oe, uy, and i or y after a consonant; with exact accents the tones still count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SpellingVariantSearchTests {

	static final String OUTLET = "Báo Thử Chính Tả";

	@Autowired
	ItemSearch search;

	@Autowired
	ItemStore store;

	@Autowired
	SourceRepository sources;

	@BeforeAll
	void items() {
		long source = sources.save(new SourceEntity("Nguồn thử chính tả", OUTLET, SourceType.RSS, SourceKind.PRESS,
				"https://chinh-ta.example/rss", "vi", 0, 1L, Instant.now())).id();
		store.storeBatch(source, OUTLET, SourceKind.PRESS, List.of(
				item(1, "Khoá họp bàn về văn hoá", "Kính thưa quí vị, các kĩ sư và nhà lí luận."),
				item(2, "Khóa họp bàn về văn hóa", "Kính thưa quý vị, các kỹ sư và nhà lý luận."),
				item(3, "Quy định mới", "Ban hành quy định về lỹ thuyết.")));
	}

	private static IncomingItem item(int n, String title, String text) {
		return new IncomingItem("https://chinh-ta.example/tin/" + n, title, null, Instant.parse("2023-04-12T03:00:00Z"),
				text, "vi", "mục " + n);
	}

	@ParameterizedTest(name = "{0} (exact accents: {1})")
	@CsvSource(delimiter = '|', textBlock = """
			"văn hoá"    | true
			"văn hóa"    | true
			khoá họp     | true
			"quý vị"     | true
			"quí vị"     | true
			kĩ sư        | true
			"lý luận"    | true
			"li luan"    | false
			""")
	void findsBothSpellingsOfAWord(String text, boolean exactAccents) {
		assertThat(numbers(text.strip(), exactAccents)).containsExactlyInAnyOrder("mục 1", "mục 2");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			"quy vị"
			"lỹ luận"
			""")
	void withExactAccentsTheTonesStillCount(String text) {
		assertThat(numbers(text.strip(), true)).isEmpty();
	}

	private List<String> numbers(String text, boolean exactAccents) {
		return search.search(new ItemSearch.Query(text, exactAccents, OUTLET, null, null, null, null, false, 0, 20)).items()
			.stream()
			.map(hit -> "mục " + hit.url().substring(hit.url().lastIndexOf('/') + 1))
			.toList();
	}

}
