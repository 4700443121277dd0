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
			#BắcKạn|#BắcKạn|HASHTAG
			#chuyen_de_2023|#chuyen_de_2023|HASHTAG
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
			""")
	void sentencesKeepAbbreviationsAndDecimalsInside(String text, int count) {
		assertThat(VietnameseTokenizer.sentences(text)).hasSize(count);
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
