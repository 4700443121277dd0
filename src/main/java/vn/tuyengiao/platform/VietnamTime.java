package vn.tuyengiao.platform;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Vietnam's calendar (Asia/Ho_Chi_Minh, UTC+7): every day a person sees, a document prints or a table stores
 * as a date is the day in Vietnam, not the server's. At 23:30 UTC it is already the next day in Vietnam.
 */
public final class VietnamTime {

	/** The zone's name, for what takes a string such as {@code @Scheduled(zone = ...)}. */
	public static final String ZONE_NAME = "Asia/Ho_Chi_Minh";

	public static final ZoneId ZONE = ZoneId.of(ZONE_NAME);

	private VietnamTime() {
	}

	/** Today in Vietnam. */
	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	/** Today in Vietnam by this clock. */
	public static LocalDate today(Clock clock) {
		return LocalDate.ofInstant(clock.instant(), ZONE);
	}

	/** The day in Vietnam of this instant. */
	public static LocalDate dayOf(Instant instant) {
		return LocalDate.ofInstant(instant, ZONE);
	}

}
