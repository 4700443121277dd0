package vn.tuyengiao.report.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.tuyengiao.platform.VietnamTime;

/**
 * The report module's clock. Reports are Vietnamese documents: every day they show, store or print is
 * the day in Vietnam (UTC+7), so a report approved at 23:30 UTC is dated the next day. The clock is a
 * bean's when the application defines one (tests fix it), else the system's.
 */
@Component
class ReportTime {

	static final ZoneId VIETNAM = VietnamTime.ZONE;

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

	/** The day in Vietnam of an instant. */
	static LocalDate dayOf(Instant instant) {
		return VietnamTime.dayOf(instant);
	}

}
