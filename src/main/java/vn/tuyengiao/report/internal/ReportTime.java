package vn.tuyengiao.report.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.tuyengiao.platform.VietnamTime;

/**
 * The report module's clock: a bean's when the application defines one (tests fix it), else the system's.
 * What it adds to {@link VietnamTime} is that clock; the days it gives are Vietnam's, so a report approved at
 * 23:30 UTC is dated the next day.
 */
@Component
class ReportTime {

	private final Clock clock;

	@Autowired
	ReportTime(ObjectProvider<Clock> clock) {
		this(clock.getIfAvailable(Clock::systemUTC));
	}

	ReportTime(Clock clock) {
		this.clock = clock;
	}

	Instant now() {
		return clock.instant();
	}

	/** Today in Vietnam. */
	LocalDate today() {
		return VietnamTime.today(clock);
	}

}
