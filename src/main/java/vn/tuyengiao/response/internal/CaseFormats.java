package vn.tuyengiao.response.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese readers write them, in Vietnam time. */
final class CaseFormats {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private CaseFormats() {
	}

	static String dateTime(Instant at) {
		return at == null ? "" : DATE_TIME.format(at.atZone(VIETNAM));
	}

}
