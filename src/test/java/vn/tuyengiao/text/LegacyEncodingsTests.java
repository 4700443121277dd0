package vn.tuyengiao.text;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import vn.tuyengiao.text.LegacyEncodings.Decoded;
import vn.tuyengiao.text.LegacyEncodings.Encoding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Legacy Vietnamese text (TCVN3, VNI-Windows, Windows-1258) as it reaches us, and what it says. */
class LegacyEncodingsTests {

	/** Real names, terms and news lines of the province, written in Unicode. */
	static Stream<String> phrases() {
		return Stream.of("Bắc Kạn", "huyện Ba Bể", "Pác Nặm", "Chợ Đồn", "Chợ Mới", "Bạch Thông", "Na Rì", "Ngân Sơn",
				"Hồ Ba Bể", "Thành phố Bắc Kạn", "Tỉnh ủy Bắc Kạn", "Ban Tuyên giáo Tỉnh ủy",
				"Hội nghị giao ban công tác tuyên giáo", "Tình hình dư luận xã hội trên địa bàn tỉnh",
				"Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XII", "Chỉ thị số 05 của Bộ Chính trị",
				"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "Cộng hòa Xã hội Chủ nghĩa Việt Nam",
				"Độc lập - Tự do - Hạnh phúc", "Đảng Cộng sản Việt Nam", "Ủy ban nhân dân tỉnh Bắc Kạn",
				"Mặt trận Tổ quốc Việt Nam", "Hội đồng nhân dân huyện Chợ Đồn", "Thị trấn Nà Phặc",
				"Xã Nam Mẫu, huyện Ba Bể", "Tổng thu ngân sách đạt 1.234,5 tỷ đồng", "Ngày 12 tháng 4 năm 2023",
				"Thường trực Tỉnh ủy chủ trì hội nghị", "Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo",
				"Phòng, chống tham nhũng, tiêu cực", "Bảo vệ nền tảng tư tưởng của Đảng", "Xây dựng nông thôn mới",
				"Giảm nghèo bền vững", "Người dân đồng tình, ủng hộ", "Quốc hội khóa XV",
				"Tuyên truyền kỷ niệm ngày thành lập Đảng", "Thông tin đối ngoại", "Khuyến khích doanh nghiệp đầu tư",
				"Quy hoạch tỉnh thời kỳ 2021 - 2030", "Giữa tháng Năm, đoàn về thăm Na Rì",
				"THÔNG BÁO KẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY", "ĐẢNG BỘ TỈNH BẮC KẠN");
	}

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
			T\u00D8nh \u00F1y|Tỉnh ủy
			Ngh\u00DE quy\u00D5t|Nghị quyết
			""")
	void tcvn3BecomesUnicode(String legacy, String unicode) {
		assertThat(LegacyEncodings.fromTcvn3(legacy)).isEqualTo(unicode);
		assertThat(LegacyEncodings.tcvn3Confidence(legacy)).isGreaterThan(0.5);
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Vieät Nam|Việt Nam
			Thaønh phoá Hoà Chí Minh|Thành phố Hồ Chí Minh
			Coäng hoøa Xaõ hoäi Chuû nghóa Vieät Nam|Cộng hòa Xã hội Chủ nghĩa Việt Nam
			Ñoäc laäp - Töï do - Haïnh phuùc|Độc lập - Tự do - Hạnh phúc
			Baéc Kaïn|Bắc Kạn
			Ba Beå|Ba Bể
			Paùc Naëm|Pác Nặm
			Chôï Ñoàn|Chợ Đồn
			Chôï Môùi|Chợ Mới
			Baïch Thoâng|Bạch Thông
			Ngaân Sôn|Ngân Sơn
			Tænh uûy|Tỉnh ủy
			Ban Tuyeân giaùo|Ban Tuyên giáo
			Hoäi nghò giao ban|Hội nghị giao ban
			dö luaän xaõ hoäi|dư luận xã hội
			Nghò quyeát|Nghị quyết
			Chæ thò|Chỉ thị
			Ñaûng Coäng saûn Vieät Nam|Đảng Cộng sản Việt Nam
			ngöôøi daân|người dân
			VIEÄT NAM|VIỆT NAM
			COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
			ÑAÛNG BOÄ TÆNH BAÉC KAÏN|ĐẢNG BỘ TỈNH BẮC KẠN
			UÛy ban nhaân daân tænh|Ủy ban nhân dân tỉnh
			1.234,5 tyû ñoàng|1.234,5 tỷ đồng
			Thöôøng tröïc Tænh uûy|Thường trực Tỉnh ủy
			hoïc taäp vaø laøm theo tö töôûng|học tập và làm theo tư tưởng
			khuyeán khích ñaàu tö|khuyến khích đầu tư
			Quoác hoäi|Quốc hội
			giöõa thaùng|giữa tháng
			kyõ thuaät Myõ|kỹ thuật Mỹ
			tuyeân truyeàn mieäng|tuyên truyền miệng
			Ngaøy 12 thaùng 4 naêm 2023|Ngày 12 tháng 4 năm 2023
			söï kieän chính trò|sự kiện chính trị
			Ñaïi hoäi Ñaûng boä tænh laàn thöù XII|Đại hội Đảng bộ tỉnh lần thứ XII
			thuùc ñaåy taêng tröôûng|thúc đẩy tăng trưởng
			Cao Baèng vaø Laïng Sôn|Cao Bằng và Lạng Sơn
			Thaùi Nguyeân|Thái Nguyên
			Ñieän Bieân Phuû|Điện Biên Phủ
			bình ñaúng, ñoaøn keát|bình đẳng, đoàn kết
			quaûn lyù nhaø nöôùc|quản lý nhà nước
			""")
	void vniBecomesUnicode(String legacy, String unicode) {
		assertThat(LegacyEncodings.fromVni(legacy)).isEqualTo(unicode);
		assertThat(LegacyWriters.toVni(unicode)).isEqualTo(legacy);
		assertRead(LegacyEncodings.detect(legacy), unicode, Encoding.VNI);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("phrases")
	void vniTextIsDetectedAndReadBack(String unicode) {
		String legacy = LegacyWriters.toVni(unicode);

		assertThat(LegacyEncodings.fromVni(legacy)).isEqualTo(unicode);
		assertThat(LegacyEncodings.detect(legacy).text()).isEqualTo(unicode);
		assertThat(LegacyEncodings.decode(LegacyWriters.bytes(legacy)).text()).isEqualTo(unicode);
		assertThat(LegacyEncodings.decode(LegacyWriters.resavedAsUtf8(legacy)).text()).isEqualTo(unicode);
		if (!legacy.equals(unicode)) {
			assertThat(LegacyEncodings.detect(legacy).encoding()).isEqualTo(Encoding.VNI);
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("phrases")
	void tcvn3TextIsDetectedAndReadBack(String unicode) {
		String legacy = LegacyWriters.toTcvn3(unicode);
		String expected = LegacyWriters.tcvn3Lossy(unicode);

		assertThat(LegacyEncodings.detect(legacy).text()).isEqualTo(expected);
		assertThat(LegacyEncodings.decode(LegacyWriters.bytes(legacy)).text()).isEqualTo(expected);
		assertThat(LegacyEncodings.decode(LegacyWriters.bytes(legacy)).encoding()).isEqualTo(Encoding.TCVN3);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("phrases")
	void windows1258BytesAreDetectedAndReadBack(String unicode) {
		assertRead(LegacyEncodings.decode(LegacyWriters.toWindows1258(unicode)), unicode, Encoding.WINDOWS_1258);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("phrases")
	void utf8BytesAreReadAsTheyAre(String unicode) {
		Decoded decoded = LegacyEncodings.decode(unicode.getBytes(StandardCharsets.UTF_8));

		assertRead(decoded, unicode, Encoding.UNICODE);
		assertThat(decoded.confidence()).isEqualTo(1.0);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			Cô giáo chủ nhiệm lớp 9A
			Hôm nay trời nắng đẹp
			Hồ Ba Bể là hồ nước ngọt tự nhiên lớn nhất Việt Nam
			Ông Nguyễn Văn A, Bí thư Tỉnh ủy
			Đoàn công tác làm việc tại huyện Pác Nặm
			HỘI NGHỊ GIAO BAN CÔNG TÁC TUYÊN GIÁO
			Tỉnh uỷ Bắc Kạn
			Hoà Bình
			thuỷ điện Thác Bà
			khoẻ mạnh
			Cà phê sáng ở Chợ Mới
			Đã có 655 cuộc với 42.904 người dự
			Xã Cao Kỳ, huyện Chợ Mới
			Tôi yêu Việt Nam
			Ý kiến của cán bộ, đảng viên
			Nhân dân tin tưởng vào sự lãnh đạo của Đảng
			Công ty TNHH Một thành viên
			Báo Bắc Kạn điện tử
			Số liệu đến ngày 12/4/2023
			Đắk Lắk và Kon Tum
			Thông báo số 123-TB/TU
			Tổ chức cơ sở đảng vững mạnh
			Xem tại https://backan.gov.vn/Pages/default.aspx
			Theo dõi #BắcKạn #tuyengiao 👍🇻🇳
			The quick brown fox jumps over the lazy dog
			Café au lait
			Ngân hàng Chính sách xã hội
			Quyết định số 1234/QĐ-UBND
			người dân ở Bạch Thông đồng tình, ủng hộ
			thuở ấy
			quả cam
			giữa rừng
			mỹ thuật và kỹ thuật
			Hà Nội
			Đồng Nai
			Cô Tô
			ôn tập
			Ơn Đảng
			Ừ
			Óc Eo
			""")
	void cleanUnicodeIsNeverTakenForLegacyText(String unicode) {
		assertRead(LegacyEncodings.detect(unicode), unicode, Encoding.UNICODE);
		assertThat(LegacyEncodings.tcvn3Confidence(unicode)).isZero();
		assertThat(LegacyEncodings.vniConfidence(unicode)).isZero();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			Vi\u00EA\u00F2t Nam|Việt Nam
			B\u00E3\u00ECc Ka\u00F2n|Bắc Kạn
			Ch\u00F5\u00F2 \u00D0\u00F4\u00CCn|Chợ Đồn
			d\u00FD lu\u00E2\u00F2n xa\u00DE h\u00F4\u00F2i|dư luận xã hội
			""")
	void windows1258BytesWithCombiningTonesBecomeComposedLetters(String latin1, String unicode) {
		Decoded decoded = LegacyEncodings.decode(LegacyWriters.bytes(latin1));

		assertThat(decoded.text()).isEqualTo(unicode).isEqualTo(Normalizer.normalize(unicode, Normalizer.Form.NFC));
		assertThat(decoded.encoding()).isEqualTo(Encoding.WINDOWS_1258);
		assertThat(decoded.encoding().label()).isEqualTo("windows-1258");
	}

	@Test
	void aMixedLineIsJudgedByItsWords() {
		assertThat(LegacyEncodings.tcvn3Confidence("Ban Tuy\u00AAn gi\u00B8o t\u00D8nh B\u00BEc K\u00B9n")).isGreaterThan(0.7);
	}

	@Test
	void inMixedTextOnlyTheLegacyLinesAreConverted() {
		String text = "Cô giáo ở Chợ Mới\nBan Tuyeân giaùo Tænh uûy\nHoà Bình\nNinh B\u00D7nh";

		Decoded detected = LegacyEncodings.detect(text);

		assertThat(detected.text()).isEqualTo("Cô giáo ở Chợ Mới\nBan Tuyên giáo Tỉnh ủy\nHoà Bình\nNinh Bình");
		assertThat(detected.encoding()).isEqualTo(Encoding.VNI);
	}

	@Test
	void bytesMixingUtf8AndWindows1258LinesAreReadLineByLine() {
		byte[] utf8 = "Cô giáo ở Chợ Mới\n".getBytes(StandardCharsets.UTF_8);
		byte[] legacy = LegacyWriters.toWindows1258("Ban Tuyên giáo Tỉnh ủy");
		byte[] bytes = Arrays.copyOf(utf8, utf8.length + legacy.length);
		System.arraycopy(legacy, 0, bytes, utf8.length, legacy.length);

		Decoded decoded = LegacyEncodings.decode(bytes);

		assertThat(decoded.text()).isEqualTo("Cô giáo ở Chợ Mới\nBan Tuyên giáo Tỉnh ủy");
		assertThat(decoded.encoding()).isEqualTo(Encoding.WINDOWS_1258);
	}

	@Test
	void theLabelsAreThoseOfTheApi() {
		assertThat(Arrays.stream(Encoding.values()).map(Encoding::label)).containsExactly("unicode", "tcvn3", "vni",
				"windows-1258", "windows-1252");
	}

	@Test
	void tcvn3SoftHyphenIsReadAsUBeforeCleaningCouldRemoveIt() {
		String detected = LegacyEncodings.detect("d\u00AD lu\u00CBn x\u00B7 h\u00E9i").text();

		assertThat(VietnameseText.normalize(detected)).isEqualTo("dư luận xã hội");
	}

	@Test
	void anyBytesGiveAnAnswerAndNoException() {
		Random random = new Random(4);
		for (int size = 0; size < 300; size++) {
			byte[] bytes = new byte[size];
			random.nextBytes(bytes);
			assertThatCode(() -> LegacyEncodings.decode(bytes)).doesNotThrowAnyException();
			assertThat(LegacyEncodings.decode(bytes).text()).isNotNull();
		}
		assertThat(LegacyEncodings.decode(null).text()).isEmpty();
		assertThat(LegacyEncodings.decode(new byte[0]).encoding()).isEqualTo(Encoding.UNICODE);
		assertThat(LegacyEncodings.detect(null).text()).isEmpty();
	}

	@Test
	void controlCharactersAndLoneSurrogatesPassThrough() {
		String text = "\u0000B\u00BEc\u0007 K\u00B9n\u001B \uD800";

		assertThat(LegacyEncodings.detect(text).text()).isEqualTo("\u0000Bắc\u0007 Kạn\u001B \uD800");
		assertThat(LegacyEncodings.decode(new byte[] { 0, 7, (byte) 0xC3, 27, (byte) 0xFF }).text()).hasSize(5);
	}

	@Test
	void aTenMegabyteLineIsReadWithoutFailing() {
		byte[] unit = LegacyWriters.bytes("Vieät Nam \u0000 B\u00BEc K\u00B9n \u00FF\u00FE ");
		byte[] bytes = new byte[10 * 1024 * 1024];
		for (int i = 0; i < bytes.length; i++) {
			bytes[i] = unit[i % unit.length];
		}

		Decoded decoded = LegacyEncodings.decode(bytes);

		assertThat(decoded.text()).hasSizeGreaterThan(5_000_000);
		assertThat(LegacyEncodings.detect("Việt Nam ".repeat(1_000_000)).encoding()).isEqualTo(Encoding.UNICODE);
	}

	private static void assertRead(Decoded decoded, String text, Encoding encoding) {
		assertThat(decoded.text()).isEqualTo(text);
		assertThat(decoded.encoding()).isEqualTo(encoding);
	}

}
