package vn.tuyengiao.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tuyengiao.text.TextAnalysis;
import vn.tuyengiao.text.internal.analysis.TestAnalysis;

/**
 * A saved topic finds the words it names however the item spells them, and the item however the topic does: the
 * tone on either vowel of oa, oe, uy ({@code văn hoá} / {@code văn hóa}) and i or y after a consonant
 * ({@code quý} / {@code quí}), with exact accents too; the tones still count there.
 */
class TopicSpellingVariantsTests {

	private static final TextAnalysis ANALYSIS = TestAnalysis.withoutSegmenter();

	private static final TopicMatcher.Candidate OLD_SPELLING = new TopicMatcher.Candidate(1,
			"Khoá họp thứ nhất bàn về văn hoá", "Kính thưa quí vị, các kĩ sư và nhà lí luận đã hi sinh thời gian; tỉ lệ tăng.",
			"Báo Bắc Kạn", "Bắc Kạn");

	private static final TopicMatcher.Candidate NEW_SPELLING = new TopicMatcher.Candidate(2,
			"Khóa họp thứ nhất bàn về văn hóa", "Kính thưa quý vị, các kỹ sư và nhà lý luận đã hy sinh thời gian; tỷ lệ tăng.",
			"Báo Bắc Kạn", "Bắc Kạn");

	@ParameterizedTest(name = "{0} (exact accents: {1})")
	@CsvSource(delimiter = '|', textBlock = """
			"văn hoá"                 | true
			"văn hóa"                 | true
			khoá họp                  | true
			"quý vị"                  | true
			"quí vị"                  | false
			kỹ sư AND "lý luận"       | true
			"hy sinh"                 | false
			tỉ lệ                     | true
			""")
	void aTopicMatchesBothSpellingsOfItsWords(String topic, boolean exactAccents) {
		assertThat(matching(topic.strip(), exactAccents)).containsExactlyInAnyOrder(1L, 2L);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			"quy vị"
			"lỹ luận"
			"văn hõa"
			""")
	void withExactAccentsTheTonesStillCount(String topic) {
		assertThat(matching(topic.strip(), true)).isEmpty();
	}

	private static List<Long> matching(String topic, boolean exactAccents) {
		TopicMatcher matcher = new TopicMatcher(ANALYSIS);
		matcher.register(1, TopicQueryParser.read(topic, ANALYSIS.analyzer(TextAnalysis.VI_FOLDED),
				ANALYSIS.analyzer(TextAnalysis.VI), exactAccents, term -> 0), exactAccents);
		return matcher.match(List.of(OLD_SPELLING, NEW_SPELLING)).stream().map(TopicMatcher.Hit::itemId).toList();
	}

}
