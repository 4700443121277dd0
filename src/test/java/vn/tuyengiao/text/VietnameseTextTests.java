package vn.tuyengiao.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Real spellings, as people and sites write them, and the forms the platform must make of them. */
class VietnameseTextTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			hoà|hòa
			hòa|hòa
			Hoà Bình|Hòa Bình
			khoẻ|khỏe
			khỏe|khỏe
			thuỷ|thủy
			Thuỷ lợi|Thủy lợi
			uỷ ban|ủy ban
			Ủy ban|Ủy ban
			UỶ BAN|ỦY BAN
			loà xoà|lòa xòa
			thoả thuận|thỏa thuận
			hoạ sĩ|họa sĩ
			xoá bỏ|xóa bỏ
			Thuý|Thúy
			luỹ thừa|lũy thừa
			tuỳ|tùy
			quý|quý
			quả|quả
			quốc|quốc
			quỳnh|quỳnh
			già|già
			giữ gìn|giữ gìn
			giỏi|giỏi
			người|người
			mười|mười
			hưởng|hưởng
			hoàng|hoàng
			toán|toán
			đoàn|đoàn
			khuyết|khuyết
			tuyển|tuyển
			ngoài|ngoài
			khuỷu|khuỷu
			xoáy|xoáy
			của|của
			mía|mía
			chịu|chịu
			nghĩa|nghĩa
			tiếng Việt|tiếng Việt
			Bắc Kạn|Bắc Kạn
			Pác Nặm|Pác Nặm
			Chợ Đồn|Chợ Đồn
			tuyên giáo|tuyên giáo
			dư luận xã hội|dư luận xã hội
			COVID-19|COVID-19
			e-mail|e-mail
			""")
	void placesEachToneWhereTodaysUsagePutsIt(String written, String canonical) {
		assertThat(VietnameseText.normalize(written)).isEqualTo(canonical);
	}

	@Test
	void decomposedTextBecomesComposed() {
		String decomposed = "Ba\u0306\u0301c Ka\u0323n";

		assertThat(VietnameseText.normalize(decomposed)).isEqualTo("Bắc Kạn").hasSize(7);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Ban\u00A0Tuyên\u00A0giáo|Ban Tuyên giáo
			tuyên\u200Bgiáo|tuyêngiáo
			tuyên\u00ADgiáo|tuyêngiáo
			\uFEFFBáo cáo|Báo cáo
			\u201CDư luận\u201D|"Dư luận"
			Bắc Kạn\u2013Thái Nguyên|Bắc Kạn-Thái Nguyên
			quý I\u2026|quý I...
			""")
	void invisibleAndTypographicCharactersAreCleaned(String written, String clean) {
		assertThat(VietnameseText.normalize(written)).isEqualTo(clean);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Bắc Kạn|bac kan
			Pác Nặm|pac nam
			Đảng Cộng sản Việt Nam|dang cong san viet nam
			ĐẢNG CỘNG SẢN|dang cong san
			hoà|hoa
			hòa|hoa
			Thủy|thuy
			người|nguoi
			dư luận xã hội|du luan xa hoi
			Ngân Sơn|ngan son
			Chợ Đồn|cho don
			Na Rì|na ri
			""")
	void foldingRemovesEveryAccentAndWritesDAsD(String written, String folded) {
		assertThat(VietnameseText.fold(written)).isEqualTo(folded);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			quí|quý
			kĩ thuật|kỹ thuật
			lí luận|lý luận
			Mĩ|Mỹ
			sĩ quan|sỹ quan
			hoà bình|hòa bình
			thuỷ điện|thủy điện
			""")
	void spellingVariantsHaveTheSameMatchKey(String one, String other) {
		assertThat(VietnameseText.matchKey(one)).isEqualTo(VietnameseText.matchKey(other));
	}

	@ParameterizedTest(name = "{0} ≠ {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ý kiến|í kiến
			huy|hui
			tuy|tui
			""")
	void yStaysYWhereItIsNotAVariant(String one, String other) {
		assertThat(VietnameseText.matchKey(one)).isNotEqualTo(VietnameseText.matchKey(other));
	}

	@Test
	void emptyOrOddInputNeverFails() {
		assertThat(VietnameseText.normalize(null)).isEmpty();
		assertThat(VietnameseText.fold("")).isEmpty();
		assertThat(VietnameseText.normalize("\u0301 stray marks \u0323")).contains("stray marks");
	}

}
