package vn.tuyengiao.monitor.internal.parse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalUrlTests {

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			HTTPS://BaoBacKan.Vn/tin-tuc/Thoi-Su.html                        | https://baobackan.vn/tin-tuc/Thoi-Su.html
			https://baobackan.vn                                             | https://baobackan.vn/
			http://baobackan.vn:80/a.html                                    | http://baobackan.vn/a.html
			https://baobackan.vn:443/a.html                                  | https://baobackan.vn/a.html
			https://baobackan.vn:8443/a.html                                 | https://baobackan.vn:8443/a.html
			https://baobackan.vn/a.html#binh-luan                            | https://baobackan.vn/a.html
			https://baobackan.vn/a.html?utm_source=zalo&utm_medium=zalo      | https://baobackan.vn/a.html
			https://baobackan.vn/a.html?zarsrc=31&gidzl=AbC-12               | https://baobackan.vn/a.html
			https://baobackan.vn/a.html?fbclid=IwAR0xyz                      | https://baobackan.vn/a.html
			https://baobackan.vn/a.html?id=42&utm_campaign=x&page=2          | https://baobackan.vn/a.html?id=42&page=2
			https://baobackan.vn/a.html?page=2&id=42                         | https://baobackan.vn/a.html?page=2&id=42
			https://baobackan.vn/a.html?UTM_Source=x&gclid=1&_ga=2&mc_cid=3  | https://baobackan.vn/a.html
			https://baobackan.vn/a.html?                                     | https://baobackan.vn/a.html
			https://baobackan.vn/a.html?&&id=1&                              | https://baobackan.vn/a.html?id=1
			https://baobackan.vn/a.html?ref=trang-chu                        | https://baobackan.vn/a.html?ref=trang-chu
			https://baobackan.vn/tin/../thoi-su/./a.html                     | https://baobackan.vn/thoi-su/a.html
			https://user:secret@baobackan.vn/a.html                          | https://baobackan.vn/a.html
			https://baobackan.vn/tin tức/a.html                              | https://baobackan.vn/tin%20t%E1%BB%A9c/a.html
			https://baobackan.vn/tin%20t%e1%bb%a9c/a.html                    | https://baobackan.vn/tin%20t%E1%BB%A9c/a.html
			https://baobackan.vn/%61bc.html                                  | https://baobackan.vn/abc.html
			https://baobackan.vn/100%-thanh-cong.html                        | https://baobackan.vn/100%25-thanh-cong.html
			https://baobackan.vn./a.html                                     | https://baobackan.vn/a.html
			https://bắckạn.vn/a.html                                         | https://xn--bckn-7q5apd.vn/a.html
			'  https://baobackan.vn/a.html  '                                | https://baobackan.vn/a.html
			""")
	void writesEachLinkOneWay(String url, String canonical) {
		assertThat(CanonicalUrl.of(url)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@ValueSource(strings = { "HTTPS://BaoBacKan.Vn:443/tin tức/../a.html?utm_source=x&id=1#top",
			"https://baobackan.vn/100%-thanh-cong.html?q=a%20b&zarsrc=1", "http://bắckạn.vn", "https://a.vn/?&" })
	void isIdempotent(String url) {
		String once = CanonicalUrl.of(url);
		assertThat(CanonicalUrl.of(once)).isEqualTo(once);
	}

	@Test
	void aShareFromZaloAndTheFeedLinkAreTheSameItem() {
		assertThat(CanonicalUrl.of(
				"https://baobackan.vn/thoi-su/hoi-nghi-tong-ket-cong-tac-tuyen-giao-2023-123456.html?zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo&gidzl=Xy9"))
			.isEqualTo(CanonicalUrl.of("https://baobackan.vn/thoi-su/hoi-nghi-tong-ket-cong-tac-tuyen-giao-2023-123456.html"));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			''                          | trống
			/thoi-su/a.html             | đầy đủ
			baobackan.vn/a.html         | đầy đủ
			mailto:toasoan@baobackan.vn | mailto
			javascript:void(0)          | javascript
			ftp://baobackan.vn/a.txt    | ftp
			https:///a.html             | thiếu tên miền
			https://baobackan.vn:80a/   | Cổng
			""")
	void refusesWhatIsNotAWebLinkWithAVietnameseReason(String url, String reason) {
		assertThatThrownBy(() -> CanonicalUrl.of(url)).isInstanceOf(InvalidUrl.class).hasMessageContaining(reason);
	}

	@Test
	void refusesNull() {
		assertThatThrownBy(() -> CanonicalUrl.of(null)).isInstanceOf(InvalidUrl.class).hasMessageContaining("trống");
	}

}
