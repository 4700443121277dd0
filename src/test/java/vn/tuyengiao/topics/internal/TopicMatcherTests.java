package vn.tuyengiao.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tuyengiao.text.TextAnalysis;
import vn.tuyengiao.text.internal.analysis.TestAnalysis;

/**
 * Every form of the topic language matched by Lucene Monitor (9.11.1, beside Lucene 9.12.3: mixed versions
 * are unsupported, so this proves each query form the platform offers), on one item written the way the
 * news writes, with the matches the user expects and the ones they do not.
 */
class TopicMatcherTests {

	private static final TextAnalysis ANALYSIS = TestAnalysis.withoutSegmenter();

	private static final TopicMatcher.Candidate ITEM = new TopicMatcher.Candidate(7, "Nghe nói sắp đền bù đất ở Chợ Mới",
			"Tin đồn lan trên mạng xã hội: ai nộp phí trước thì được đền bù cao hơn. Chính quyền xã khẳng định "
					+ "không có chủ trương thu phí. Dư luận xã hội quan tâm đến công tác tuyên truyền.",
			"Báo Bắc Kạn", "Chợ Mới Bắc Kạn Thái Nguyên");

	private static boolean matches(String topic, boolean exact) {
		TopicMatcher matcher = new TopicMatcher(ANALYSIS);
		matcher.register(1, TopicQueryParser.read(topic, ANALYSIS.analyzer(TextAnalysis.VI_FOLDED),
				ANALYSIS.analyzer(TextAnalysis.VI), exact, term -> 0), exact);
		List<TopicMatcher.Hit> hits = matcher.match(List.of(ITEM));
		return !hits.isEmpty();
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '→', value = {
			"đền bù                                        → true",
			"den bu                                        → true",
			"đền bù AND tin đồn                            → true",
			"đền bù AND xổ số                              → false",
			"(\"đền bù\" OR \"bồi thường\") AND (tin đồn OR nghe nói) AND NOT xổ số → true",
			"đền bù AND NOT \"thu phí\"                    → false",
			"\"dư luận xã hội\"                            → true",
			"\"xã hội dư luận\"                            → false",
			"\"tin đồn phí\"~8                             → true",
			"\"tin đồn phí\"~2                             → false",
			"title:\"chợ mới\"                             → true",
			"title:\"tin đồn\"                             → false",
			"body:\"chủ trương\"                           → true",
			"source:\"Báo Bắc Kạn\"                        → true",
			"source:\"Báo Thái Nguyên\"                    → false",
			"locality:\"chợ mới\"                          → true",
			"locality:\"ba bể\"                            → false",
			"tuyên*                                        → true",
			"xổ*                                           → false" })
	void matchesEveryFormOfTheTopicLanguage(String topic, boolean expected) {
		assertThat(matches(topic.strip(), false)).isEqualTo(expected);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '→', value = { "đền bù → true", "đến bữ → false", "den bu → false" })
	void withExactAccentsOnlyTheAccentedWordMatches(String topic, boolean expected) {
		assertThat(matches(topic.strip(), true)).isEqualTo(expected);
	}

	private static org.apache.lucene.search.Query read(String topic) {
		return TopicQueryParser.read(topic, ANALYSIS.analyzer(TextAnalysis.VI_FOLDED), ANALYSIS.analyzer(TextAnalysis.VI),
				false, term -> 0);
	}

	@org.junit.jupiter.api.Test
	void aTopicEditedOrRemovedMatchesByItsNewQueryAndANewTopicInItsPlaceByItsOwn() {
		TopicMatcher matcher = new TopicMatcher(ANALYSIS);
		matcher.register(1, read("xổ số"), false);
		matcher.register(2, read("đền bù AND tin đồn"), false);
		assertThat(matcher.match(List.of(ITEM))).extracting(TopicMatcher.Hit::topicId).containsExactly(2L);

		matcher.register(1, read("\"dư luận xã hội\""), false);
		matcher.remove(2);
		assertThat(matcher.match(List.of(ITEM))).extracting(TopicMatcher.Hit::topicId).containsExactly(1L);

		matcher.register(3, read("xổ số OR \"thu phí\""), false);
		assertThat(matcher.match(List.of(ITEM))).extracting(TopicMatcher.Hit::topicId).containsExactlyInAnyOrder(1L, 3L);
		assertThat(matcher.size()).isEqualTo(2);
	}

	@org.junit.jupiter.api.Test
	void marksThePassagesThatMadeTheTopicMatch() {
		var query = TopicQueryParser.read("\"đền bù\" AND tin đồn", ANALYSIS.analyzer(TextAnalysis.VI_FOLDED),
				ANALYSIS.analyzer(TextAnalysis.VI), false, term -> 0);
		TopicMatcher matcher = new TopicMatcher(ANALYSIS);

		List<String> passages = new TopicHighlights(ITEM, matcher.analyzer(), false).passages(query);

		assertThat(passages).first().asString().contains("<mark>Tin đồn</mark>").contains("<mark>đền bù</mark>");
	}

}
