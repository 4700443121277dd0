package vn.tuyengiao.monitor.internal.parse;

import java.time.DateTimeException;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DatesTests {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			2023-04-12T08:30:00+07:00        | 2023-04-12T01:30:00Z
			2023-04-12T01:30:00Z             | 2023-04-12T01:30:00Z
			2023-04-12T08:30:00.250+0700     | 2023-04-12T01:30:00.250Z
			2023-04-12T08:30:00              | 2023-04-12T01:30:00Z
			2023-04-12 08:30                 | 2023-04-12T01:30:00Z
			2023-04-12                       | 2023-04-11T17:00:00Z
			'Wed, 12 Apr 2023 08:30:00 +0700' | 2023-04-12T01:30:00Z
			'Wed, 12 Apr 2023 01:30:00 GMT'  | 2023-04-12T01:30:00Z
			'12 Apr 2023 08:30 +0700'        | 2023-04-12T01:30:00Z
			12/04/2023 08:30                 | 2023-04-12T01:30:00Z
			12/4/2023 8:30:15                | 2023-04-12T01:30:15Z
			12/04/2023                       | 2023-04-11T17:00:00Z
			""")
	void readsTheFormatsSourcesWriteAndTakesZonelessTimesAsVietnamTime(String text, String expected) {
		assertThat(Dates.parse(text)).isEqualTo(Instant.parse(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "hôm qua", "31/02/2023", "2023-13-01", "12/04/23 08:30" })
	void refusesWhatIsNotADate(String text) {
		assertThatThrownBy(() -> Dates.parse(text)).isInstanceOf(DateTimeException.class);
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			'Thứ tư, 12/04/2023 08:30'                    | 2023-04-12T01:30:00Z
			'12/4/2023 - 08:30'                           | 2023-04-12T01:30:00Z
			'08:30 | 12/04/2023'                          | 2023-04-12T01:30:00Z
			'Cập nhật lúc 8h30 ngày 12-4-2023'            | 2023-04-12T01:30:00Z
			'Thứ Tư, 12/04/2023, 08:30 (GMT+7)'           | 2023-04-12T01:30:00Z
			'Bắc Kạn, ngày 12 tháng 4 năm 2023'           | 2023-04-11T17:00:00Z
			'Đăng ngày: 12/04/2023'                       | 2023-04-11T17:00:00Z
			""")
	void findsTheDateInVietnameseBylines(String text, String expected) {
		assertThat(Dates.findInText(text)).isEqualTo(Instant.parse(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "Số điện thoại: 0209.3870.123", "Nghị quyết 12/NQ-TW", "99/99/2023 08:30", "" })
	void findsNoDateWhereThereIsNone(String text) {
		assertThat(Dates.findInText(text)).isNull();
	}

}
