package vn.tuyengiao.text;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tokens and sentences of real Vietnamese news and post text. */
class VietnameseTokenizerTests {

	@ParameterizedTest(name = "{0} → {1} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			42.904|42.904|NUMBER
			1.234,5|1.234,5|NUMBER
			1,234.5|1,234.5|NUMBER
			655|655|NUMBER
			97,55|97,55|NUMBER
			97,55%|97,55%|PERCENT
			4 %|4 %|PERCENT
			12/4/2023|12/4/2023|DATE
			ngày 12 tháng 4 năm 2023|ngày 12 tháng 4 năm 2023|DATE
			Ngày 3 tháng 2 năm 2025|Ngày 3 tháng 2 năm 2025|DATE
			https://backan.gov.vn/tin-tuc?id=12|https://backan.gov.vn/tin-tuc?id=12|URL
			www.tuyengiao.vn|www.tuyengiao.vn|URL
			btg@backan.gov.vn|btg@backan.gov.vn|EMAIL
			'#BắcKạn'|'#BắcKạn'|HASHTAG
			'#chuyen_de_2023'|'#chuyen_de_2023'|HASHTAG
			'#ChuyểnĐổiSố'|'#ChuyểnĐổiSố'|HASHTAG
			12/04/2023|12/04/2023|DATE
			2/9/1945|2/9/1945|DATE
			ngày 02 tháng 9 năm 1945|ngày 02 tháng 9 năm 1945|DATE
			15,5%|15,5%|PERCENT
			100%|100%|PERCENT
			0,75%|0,75%|PERCENT
			1.000.000|1.000.000|NUMBER
			1,000,000.50|1,000,000.50|NUMBER
			3,14|3,14|NUMBER
			2.500|2.500|NUMBER
			https://backan.gov.vn/Pages/tin-tuc.aspx|https://backan.gov.vn/Pages/tin-tuc.aspx|URL
			http://baobackan.vn/chinh-tri/|http://baobackan.vn/chinh-tri/|URL
			https://tuyengiao.vn/tin-tuc?id=12&page=2|https://tuyengiao.vn/tin-tuc?id=12&page=2|URL
			www.backan.gov.vn|www.backan.gov.vn|URL
			ubnd@backan.gov.vn|ubnd@backan.gov.vn|EMAIL
			tuyengiao.backan@gmail.com|tuyengiao.backan@gmail.com|EMAIL
			@BaoBacKan|@BaoBacKan|MENTION
			@ban.tuyengiao|@ban.tuyengiao|MENTION
			❤️|❤️|EMOJI
			🎉|🎉|EMOJI
			👍🏻|👍🏻|EMOJI
			👨\u200D👩\u200D👧|👨\u200D👩\u200D👧|EMOJI
			🙏|🙏|EMOJI
			uỷ|ủy|WORD
			Nghị|Nghị|WORD
			HĐND|HĐND|WORD
			Tuy&ecirc;n|Tuyên|WORD
			F0|F0|WORD
			\u2013|-|PUNCTUATION
			\u201C|"|PUNCTUATION
			@tuyengiao.backan|@tuyengiao.backan|MENTION
			COVID-19|COVID-19|WORD
			Kạn|Kạn|WORD
			Đảng|Đảng|WORD
			👍|👍|EMOJI
			🇻🇳|🇻🇳|EMOJI
			;|;|PUNCTUATION
			""")
	void aLoneShapeIsOneTokenOfItsType(String text, String token, Token.Type type) {
		List<Token> tokens = VietnameseTokenizer.tokenize(text);

		assertThat(tokens).singleElement().satisfies(t -> {
			assertThat(t.text()).isEqualTo(token);
			assertThat(t.type()).isEqualTo(type);
		});
	}

	@Test
	void aSentenceSplitsIntoSyllablesNumbersAndPunctuationWithOffsets() {
		String text = "Hội nghị có 655 cuộc, 42.904 người dự (97,55%).";

		List<Token> tokens = VietnameseTokenizer.tokenize(text);

		assertThat(tokens).extracting(Token::text)
			.containsExactly("Hội", "nghị", "có", "655", "cuộc", ",", "42.904", "người", "dự", "(", "97,55%", ")", ".");
		assertThat(tokens).extracting(Token::type).startsWith(Token.Type.WORD, Token.Type.WORD, Token.Type.WORD, Token.Type.NUMBER);
		Token number = tokens.get(6);
		assertThat(text.substring(number.start(), number.end())).isEqualTo("42.904");
	}

	@Test
	void aPostKeepsItsLinksTagsAndEachEmojiWhole() {
		List<Token> tokens = VietnameseTokenizer.tokenize(
				"Xem https://baobackan.vn/bai-viet.html ngay! #tuyengiao @bantuyengiao 👍👍");

		assertThat(tokens).extracting(Token::type)
			.containsExactly(Token.Type.WORD, Token.Type.URL, Token.Type.WORD, Token.Type.PUNCTUATION, Token.Type.HASHTAG,
					Token.Type.MENTION, Token.Type.EMOJI, Token.Type.EMOJI);
	}

	@Test
	void tokensComeFromTheNormalisedText() {
		assertThat(VietnameseTokenizer.tokenize("hoà\u00A0bình")).extracting(Token::text).containsExactly("hòa", "bình");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Đồng chí TS. Nguyễn Văn A phát biểu. Hội nghị kết thúc.|2
			Đoàn công tác đến TP. Bắc Kạn lúc 8 giờ. Sau đó về huyện.|2
			Cán bộ Q. Ba Đình tham dự.|1
			Tỷ lệ đạt 97.5 phần trăm. Rất cao!|2
			Bạn đã xem chưa? Xem ngay!|2
			Ông A nói: "Tốt lắm." Mọi người vỗ tay.|2
			GS.TS. Trần B trình bày.|1
			Đồng chí Q. Bí thư Tỉnh ủy dự hội nghị. Hội nghị thành công.|2
			PGS.TS. Nguyễn Văn B trình bày tham luận. Các đại biểu thảo luận.|2
			Tổng thu đạt 1.234,5 tỷ đồng. Tăng 12,5% so với cùng kỳ.|2
			Xem chi tiết tại https://backan.gov.vn/tin-tuc. Trân trọng!|2
			Ngày 12/4/2023, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban.|1
			Ông Nguyễn Văn A (TP. Bắc Kạn) phát biểu. Bà Trần Thị B (H. Ba Bể) tham dự.|2
			ThS. Hoàng Thị C báo cáo! Hội nghị kết thúc?|2
			Tin vui từ Pác Nặm 🎉. Xin chúc mừng!|2
			Đoàn đến TX. Chợ Mới và TT. Nà Phặc. Sau đó về Na Rì.|2
			Dư luận xã hội đồng tình... Nhiều ý kiến ủng hộ.|2
			""")
	void sentencesKeepAbbreviationsAndDecimalsInside(String text, int count) {
		assertThat(VietnameseTokenizer.sentences(text)).hasSize(count);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Tổng thu đạt 1.234,5 tỷ đồng|WORD WORD WORD NUMBER WORD WORD
			Tăng 12,5% so với năm 2022|WORD PERCENT WORD WORD WORD NUMBER
			Ngày 12/4/2023 tại TP. Bắc Kạn|WORD DATE WORD WORD WORD WORD
			Từ 30/11 đến 7/2014, ngày 30-4-2004|WORD DATE WORD DATE PUNCTUATION WORD DATE
			Giá 1.500-2.000 đồng, tỷ số 23-3|WORD NUMBER WORD PUNCTUATION WORD WORD NUMBER
			Xem bktt.vn và Backan.gov.vn.|WORD URL WORD URL PUNCTUATION
			ngày 12 tháng 4 năm 2023 khai mạc|DATE WORD WORD
			Liên hệ btg@backan.gov.vn hoặc https://backan.gov.vn|WORD WORD EMAIL WORD URL
			'#BắcKạn @tuyengiao 👍🇻🇳'|HASHTAG MENTION EMOJI EMOJI
			Cảm ơn @BaoBacKan 🙏|WORD WORD MENTION EMOJI
			Dân số 1,234,567 người|WORD WORD NUMBER WORD
			COVID-19 giảm 50%|WORD WORD PERCENT
			Hồ Ba Bể ❤️ #dulich|WORD WORD WORD EMOJI HASHTAG
			""")
	void newsAndPostLinesSplitIntoTokensOfTheirTypes(String text, String types) {
		assertThat(VietnameseTokenizer.tokenize(text)).extracting(t -> t.type().name())
			.containsExactly(types.split(" "));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Dư luận đồng tình... Nhiều ý kiến|Dư luận đồng tình ... Nhiều ý kiến
			còn nữa…|còn nữa ...
			Thật sao?! Không!!!|Thật sao ?! Không !!!
			a -- b ** c|a -- b ** c
			ông ấy nói."|ông ấy nói . "
			(Toán học; Hoá học...)|( Toán học ; Hóa học ... )
			Vitamin C . Sau đó|Vitamin C . Sau đó
			""")
	void aRunOfPunctuationIsOneTokenAsWrittenAndDifferentMarksAreNot(String text, String tokens) {
		assertThat(VietnameseTokenizer.tokenize(text)).extracting(Token::text).containsExactly(tokens.split(" "));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			về TP. Hồ Chí Minh|về TP. Hồ Chí Minh
			tp. HCM|tp. HCM
			PGS. TS. Nguyễn Văn A|PGS. TS. Nguyễn Văn A
			anh H. cho biết|anh H. cho biết
			đến TP.|đến TP .
			sang Mỹ. Sau đó|sang Mỹ . Sau đó
			gặp ông. Sau đó|gặp ông . Sau đó
			uống ¼ viên|uống ¼ viên
			""")
	void anAbbreviationOrAnInitialKeepsItsStopWhenTheSentenceGoesOn(String text, String tokens) {
		assertThat(VietnameseTokenizer.tokenize(text)).extracting(Token::text).containsExactly(tokens.split(" "));
	}

	@Test
	void aLineBreakEndsASentence() {
		assertThat(VietnameseTokenizer.sentences("Tin đồn lan nhanh\nChính quyền xã đã lên tiếng.\n\nĐừng chia sẻ"))
			.containsExactly("Tin đồn lan nhanh", "Chính quyền xã đã lên tiếng.", "Đừng chia sẻ");
	}

	@Test
	void sentencesAreReturnedWhole() {
		assertThat(VietnameseTokenizer.sentences("Đoàn đến TP. Bắc Kạn. Sau đó về Ba Bể."))
			.containsExactly("Đoàn đến TP. Bắc Kạn.", "Sau đó về Ba Bể.");
	}

	@Test
	void oddInputNeverFails() {
		assertThat(VietnameseTokenizer.tokenize("")).isEmpty();
		assertThat(VietnameseTokenizer.tokenize("\u0000\u0001 abc \uD800")).extracting(Token::text).contains("abc");
		assertThat(VietnameseTokenizer.sentences("...")).containsExactly("...");
	}

}
