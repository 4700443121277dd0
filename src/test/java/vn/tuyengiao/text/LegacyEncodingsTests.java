package vn.tuyengiao.text;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** TCVN3 (ABC) text as it reaches us, mis-decoded as Latin-1, and what it says. */
class LegacyEncodingsTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Ninh B\u00D7nh|Ninh Bình
			B\u00B6o Th\u00BEng|Bảo Thắng
			M\u00AD\u00EAng Kh\u00AD\u00ACng|Mường Khương
			B\u00B8t X\u00B8t|Bát Xát
			B\u00BEc K\u00B9n|Bắc Kạn
			P\u00B8c N\u00C6m|Pác Nặm
			Ch\u00EE \u00AE\u00E5n|Chợ đồn
			Ban Tuy\u00AAn gi\u00B8o|Ban Tuyên giáo
			d\u00AD lu\u00CBn x\u00B7 h\u00E9i|dư luận xã hội
			\u00A7\u00B6ng|Đảng
			""")
	void tcvn3BecomesUnicode(String legacy, String unicode) {
		assertThat(LegacyEncodings.fromTcvn3(legacy)).isEqualTo(unicode);
		assertThat(LegacyEncodings.tcvn3Confidence(legacy)).isGreaterThan(0.5);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Ninh Bình
			Bắc Kạn
			Hội nghị giao ban quý I năm 2023
			Thông báo về việc tổ chức học tập nghị quyết
			Đảng Cộng sản Việt Nam
			The quick brown fox
			""")
	void cleanUnicodeIsNeverTakenForTcvn3(String unicode) {
		assertThat(LegacyEncodings.tcvn3Confidence(unicode)).isZero();
	}

	@Test
	void aMixedLineIsJudgedByItsWords() {
		assertThat(LegacyEncodings.tcvn3Confidence("Ban Tuy\u00AAn gi\u00B8o t\u00Fanh B\u00BEc K\u00B9n")).isGreaterThan(0.7);
	}

}
