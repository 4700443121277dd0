package vn.tuyengiao.platform;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** Moments as a person in Vietnam reads them on a page ({@code 07/12/2026 06:30}); {@code vnTime} in templates. */
public final class VietnamDateTimes {

	public static final VietnamDateTimes INSTANCE = new VietnamDateTimes();

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
		.withZone(VietnamTime.ZONE);

	private VietnamDateTimes() {
	}

	public String format(Instant instant) {
		return instant == null ? "" : FORMAT.format(instant);
	}

}
