package vn.tuyengiao.monitor.internal.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTests {

	@ParameterizedTest(name = "{1}: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			Sáng 12/4, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết công tác tuyên giáo năm 2023.         | vi
			Người dân xã Quang Thuận phấn khởi khi con đường bê tông mới được đưa vào sử dụng.                 | vi
			UBND tỉnh chỉ đạo các sở, ngành triển khai kế hoạch phòng chống cháy rừng mùa khô.                 | vi
			Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo tại hội nghị                                             | vi
			Hom nay UBND xa to chuc hop dan ve viec lam duong lien thon, nguoi dan dong tinh cao               | vi
			Tinh uy chi dao cac huyen trien khai nghi quyet cua Trung uong ve cong tac can bo                  | vi
			The provincial People's Committee approved a plan to upgrade rural roads in Bac Kan this year.   | en
			Vietnam's exports rose 5 percent in the first quarter, according to the General Statistics Office. | en
			Prime Minister Pham Minh Chinh said the government will speed up public investment.               | en
			Le gouvernement a annoncé une nouvelle réforme de l'éducation pour la rentrée prochaine.          | other
			Die Regierung hat heute einen neuen Haushaltsplan für das kommende Jahr vorgestellt.              | other
			El gobierno anunció hoy un nuevo plan para mejorar las carreteras rurales del país.               | other
			越南政府今天宣布了新的经济发展计划                                                                  | other
			Bắc Kạn                                                                                           | other
			Hello world                                                                                       | other
			12/04/2023 08:30                                                                                  | other
			""")
	void tellsVietnameseFromEnglishFromTheRest(String text, String language) {
		assertThat(Languages.detect(text)).isEqualTo(language);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			Hội nghị trực tuyến về chuyển đổi số (digital transformation) với sự tham gia của Google và Microsoft. | vi
			Thủ tướng Phạm Minh Chính: "We are committed to net zero by 2050" - cam kết của Việt Nam tại COP26.     | vi
			""")
	void vietnameseWithEnglishTermsIsStillVietnamese(String text, String language) {
		assertThat(Languages.detect(text)).isEqualTo(language);
	}

	@ParameterizedTest
	@NullAndEmptySource
	void nothingIsOther(String text) {
		assertThat(Languages.detect(text)).isEqualTo("other");
	}

}
