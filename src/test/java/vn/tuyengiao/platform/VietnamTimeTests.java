package vn.tuyengiao.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VietnamTimeTests {

	@Test
	void lateEveningInUtcIsAlreadyTomorrowInVietnam() {
		Instant lateEvening = Instant.parse("2026-12-07T23:30:00Z");

		assertThat(VietnamTime.dayOf(lateEvening)).isEqualTo(LocalDate.of(2026, 12, 8));
		assertThat(VietnamTime.today(Clock.fixed(lateEvening, ZoneOffset.UTC))).isEqualTo(LocalDate.of(2026, 12, 8));
		assertThat(VietnamTime.dayOf(Instant.parse("2026-12-07T16:59:59Z"))).isEqualTo(LocalDate.of(2026, 12, 7));
	}

}
