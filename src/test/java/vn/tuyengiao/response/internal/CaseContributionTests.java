package vn.tuyengiao.response.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The median time to verdict and how the report writes a duration. */
class CaseContributionTests {

	@Test
	void theMedianIsTheMiddleOrTheMeanOfTheMiddleTwo() {
		assertThat(CaseContribution.median(List.of())).isNull();
		assertThat(CaseContribution.median(List.of(Duration.ofHours(5), Duration.ofDays(9), Duration.ofHours(1))))
			.isEqualTo(Duration.ofHours(5));
		assertThat(CaseContribution.median(List.of(Duration.ofDays(1), Duration.ofDays(4), Duration.ofDays(2), Duration.ofDays(30))))
			.isEqualTo(Duration.ofDays(3));
	}

	@Test
	void aDurationIsWrittenInDaysWithOneDecimalOrInHoursUnderADay() {
		assertThat(CaseContribution.duration(Duration.ofHours(60))).containsExactly("2,5", "ngày");
		assertThat(CaseContribution.duration(Duration.ofMinutes(330))).containsExactly("5,5", "giờ");
		assertThat(CaseContribution.duration(Duration.ofSeconds(70))).containsExactly("2", "phút");
		assertThat(CaseContribution.duration(Duration.ofMillis(30))).containsExactly("1", "phút");
	}

}
