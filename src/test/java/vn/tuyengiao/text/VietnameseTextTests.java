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
			HOÀ BÌNH|HÒA BÌNH
			THUỶ ĐIỆN|THỦY ĐIỆN
			Tỉnh uỷ Bắc Kạn|Tỉnh ủy Bắc Kạn
			Ban Thường vụ Tỉnh uỷ|Ban Thường vụ Tỉnh ủy
			uỷ viên Ban Chấp hành|ủy viên Ban Chấp hành
			Quốc hội khoá XV|Quốc hội khóa XV
			văn hoá|văn hóa
			hoá đơn|hóa đơn
			Toà án nhân dân|Tòa án nhân dân
			Toà soạn Báo Bắc Kạn|Tòa soạn Báo Bắc Kạn
			loè loẹt|lòe loẹt
			xoè|xòe
			huỷ bỏ|hủy bỏ
			luỹ kế|lũy kế
			Nguỵ|Ngụy
			Thuỵ Điển|Thụy Điển
			tuý|túy
			thuở|thuở
			thủơ|thuở
			qủa|quả
			qúy|quý
			gìa|già
			giữa|giữa
			giường|giường
			Quỳnh Lưu|Quỳnh Lưu
			quyết định|quyết định
			hoạch định|hoạch định
			hoặc|hoặc
			khoáng sản|khoáng sản
			""")
	void placesEachToneWhereTodaysUsagePutsIt(String written, String canonical) {
		assertThat(VietnameseText.normalize(written)).isEqualTo(canonical);
	}

	@ParameterizedTest(name = "{1}")
	@CsvSource(delimiter = '|', textBlock = """
			Ba\u0306\u0301c Ka\u0323n|Bắc Kạn
			hoa\u0300|hòa
			Kha\u0301nh Hoa\u0300|Khánh Hòa
			Vie\u0302\u0323t Nam|Việt Nam
			To\u0302\u0309 quo\u0302\u0301c|Tổ quốc
			Đa\u0309ng|Đảng
			thu\u0309y|thủy
			NGHI\u0323 QUYE\u0302\u0301T|NGHỊ QUYẾT
			Chơ\u0323 Đô\u0300n|Chợ Đồn
			Pa\u0301c Na\u0306\u0323m|Pác Nặm
			""")
	void decomposedAndCombiningMarkInputBecomesComposed(String decomposed, String composed) {
		assertThat(VietnameseText.normalize(decomposed)).isEqualTo(composed);
	}

	@Test
	void decomposedTextBecomesComposed() {
		String decomposed = "Ba\u0306\u0301c Ka\u0323n";

		assertThat(VietnameseText.normalize(decomposed)).isEqualTo("Bắc Kạn").hasSize(7);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			Ban\u00A0Tuyên\u00A0giáo|Ban Tuyên giáo
			tuyên\u200Bgiáo|tuyêngiáo
			tuyên\u00ADgiáo|tuyêngiáo
			\uFEFFBáo cáo|Báo cáo
			\u201CDư luận\u201D|"Dư luận"
			Bắc Kạn\u2013Thái Nguyên|Bắc Kạn-Thái Nguyên
			quý I\u2026|quý I...
			Tỉnh ủy &amp; HĐND|Tỉnh ủy & HĐND
			Vi&#7879;t Nam|Việt Nam
			Vi&#x1EC7;t Nam|Việt Nam
			Ban&nbsp;Tuyên&nbsp;giáo|Ban Tuyên giáo
			&quot;Dân vận khéo&quot;|"Dân vận khéo"
			&ldquo;Nghị quyết&rdquo;|"Nghị quyết"
			&lsquo;Bắc Kạn&rsquo;|'Bắc Kạn'
			Tuy&ecirc;n gi&aacute;o|Tuyên giáo
			&Ecirc;-đ&ecirc;|Ê-đê
			H&agrave; N&ocirc;̣i|Hà Nội
			&lt;b&gt;Thông báo&lt;/b&gt;|<b>Thông báo</b>
			Tiếp theo&hellip;|Tiếp theo...
			AT&amp;T|AT&T
			&amp;nbsp;|&nbsp;
			&#0;&unknown; & ;|&#0;&unknown; & ;
			\u2018Bắc Kạn\u2019|'Bắc Kạn'
			\u00ABDư luận xã hội\u00BB|"Dư luận xã hội"
			\u201CNghị quyết\u201D|"Nghị quyết"
			Ba\u200C Bể|Ba Bể
			Chợ\u2060Mới|ChợMới
			Ngân\u202FSơn|Ngân Sơn
			truy\u00ADền thông|truyền thông
			2021\u20132025|2021-2025
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
			Ba Bể|ba be
			Chợ Mới|cho moi
			Bạch Thông|bach thong
			Hồ Ba Bể|ho ba be
			Tỉnh ủy|tinh uy
			Tỉnh uỷ|tinh uy
			TỈNH ỦY BẮC KẠN|tinh uy bac kan
			Ban Tuyên giáo|ban tuyen giao
			hội nghị giao ban|hoi nghi giao ban
			Nghị quyết|nghi quyet
			Chỉ thị|chi thi
			Hồ Chí Minh|ho chi minh
			Đắk Lắk|dak lak
			Thái Nguyên|thai nguyen
			Cao Bằng|cao bang
			Lạng Sơn|lang son
			Tuyên Quang|tuyen quang
			thị trấn Bằng Lũng|thi tran bang lung
			Phủ Thông|phu thong
			Nà Phặc|na phac
			Thượng Quan|thuong quan
			Ba\u0300 Bê\u0309|ba be
			1.234,5 tỷ đồng|1.234,5 ty dong
			#BắcKạn|#backan
			Việt Nam 🇻🇳|viet nam 🇻🇳
			Ủy ban nhân dân|uy ban nhan dan
			Giữa tháng Năm|giua thang nam
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
			tỷ đồng|tỉ đồng
			kỷ luật|kỉ luật
			hy sinh|hi sinh
			quy định|qui định
			quy hoạch|qui hoạch
			địa lý|địa lí
			mỹ thuật|mĩ thuật
			Lý luận chính trị|lí luận chính trị
			KỸ THUẬT|kĩ thuật
			Tỉnh uỷ|tỉnh ủy
			HOÀ BÌNH|hòa bình
			""")
	void spellingVariantsHaveTheSameMatchKey(String one, String other) {
		assertThat(VietnameseText.matchKey(one)).isEqualTo(VietnameseText.matchKey(other));
	}

	@ParameterizedTest(name = "{0} ≠ {1}")
	@CsvSource(delimiter = '|', textBlock = """
			ý kiến|í kiến
			huy|hui
			tuy|tui
			y tế|i tế
			yêu nước|iêu nước
			uy tín|ui tín
			Nguyễn|Nguiễn
			Thúy|Thúi
			khuya|khuia
			""")
	void yStaysYWhereItIsNotAVariant(String one, String other) {
		assertThat(VietnameseText.matchKey(one)).isNotEqualTo(VietnameseText.matchKey(other));
	}

	@Test
	void yAloneAtAWordStartStaysY() {
		assertThat(VietnameseText.matchKey("y tế")).isEqualTo("y tế");
		assertThat(VietnameseText.matchKey("Ý kiến")).isEqualTo("ý kiến");
	}

	@Test
	void emojiKeepTheirJoinersWhileOtherJoinersGo() {
		assertThat(VietnameseText.normalize("👨\u200D👩\u200D👧")).isEqualTo("👨\u200D👩\u200D👧");
		assertThat(VietnameseText.normalize("Ba\u200DBể")).isEqualTo("BaBể");
	}

	@Test
	void emptyOrOddInputNeverFails() {
		assertThat(VietnameseText.normalize(null)).isEmpty();
		assertThat(VietnameseText.fold("")).isEmpty();
		assertThat(VietnameseText.normalize("\u0301 stray marks \u0323")).contains("stray marks");
	}

}
