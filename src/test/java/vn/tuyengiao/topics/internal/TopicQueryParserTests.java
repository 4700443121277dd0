package vn.tuyengiao.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.UnicodeWhitespaceAnalyzer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The saved topics' query language (issue 6): what a topic as a user writes it becomes, and the message a
 * mistake gets. Shown over a whitespace analyzer so the structure is plain to read ({@code +} must,
 * {@code -} must not, quotes a phrase); the Vietnamese analysis itself is ItemSearchTests' business.
 */
class TopicQueryParserTests {

	private static final Analyzer PLAIN = new UnicodeWhitespaceAnalyzer();

	private static String read(String topic) {
		return TopicQueryParser.read(topic, PLAIN, PLAIN, false, term -> 0).toString("text");
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '→', value = {
			"tham nhung                               → +tham +nhung",
			"tham AND nhung                           → +tham +nhung",
			"tham OR nhung                            → tham nhung",
			"cong an NOT \"giao thong\"              → +(+cong +an) -\"giao thong\"",
			"tin don OR nghe noi                      → (+tin +don) (+nghe +noi)",
			"(lu lut OR bao) AND sat lo               → +((+lu +lut) bao) +(+sat +lo)",
			"(lu OR bao) AND NOT bien                 → +(lu bao) -bien",
			"\"tin gia\"~5                            → \"tin gia\"~5",
			"title:\"cho moi\"                        → title:\"cho moi\"",
			"body:ocop                                → ocop",
			"source:baobackan                         → outlet:baobackan",
			"tuyen*                                   → tuyen*" })
	void readsTheTopicLanguage(String topic, String lucene) {
		assertThat(read(topic)).isEqualTo(lucene.strip());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '→', value = {
			"(tham nhung                              → ký tự thứ",
			"tham AND                                 → ký tự thứ",
			"\"tin gia                                → không đọc được",
			"tac_gia:nguyen                           → Trường \"tac_gia\" không có",
			"tu*en                                    → Dấu * chỉ dùng ở cuối",
			"*tuyen                                   → Dấu * chỉ dùng ở cuối",
			"tuyen~                                   → tìm gần đúng",
			"[a TO b]                                 → Khoảng",
			"'   '                                    → trống" })
	void aMistakeIsToldInVietnameseAndWhereItIs(String topic, String message) {
		assertThatThrownBy(() -> read(topic)).isInstanceOf(TopicQueryParser.InvalidTopicQuery.class)
			.hasMessageContaining(message.strip());
	}

}
