package vn.tuyengiao.response.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.response.CaseStatus;

/** Dates and statuses as Vietnamese readers write them, in Vietnam time. */
final class CaseFormats {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	private CaseFormats() {
	}

	static String dateTime(Instant at) {
		return at == null ? "" : DATE_TIME.format(at.atZone(VietnamTime.ZONE));
	}

	/** The Vietnamese name of a status, as the case file, the report and the notices write it. */
	static String status(CaseStatus status) {
		return switch (status) {
			case NEW -> "Mới";
			case VERIFYING -> "Đang xác minh";
			case FALSE -> "Sai sự thật";
			case MISLEADING -> "Sai lệch, gây hiểu lầm";
			case TRUE -> "Đúng sự thật";
			case UNVERIFIABLE -> "Không xác minh được";
			case RESPONDING -> "Đang xử lý, phản bác";
			case CLOSED -> "Đã đóng";
		};
	}

}
