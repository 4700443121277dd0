package vn.tuyengiao.response.internal;

import org.springframework.stereotype.Component;

import vn.tuyengiao.notices.Notices;

/**
 * What cases tell their people, through the platform's notice centre: an assignment to the new assignee, an
 * escalation to the unit's leaders, a resurfaced copy of a closed case's story to its owner. Each notice links to the
 * case and goes by e-mail too when SMTP is configured. A notice about an item is told once per person however often
 * the item is analysed again.
 */
@Component
class CaseNotices {

	static final String ORIGIN = "response";

	private final Notices notices;

	CaseNotices(Notices notices) {
		this.notices = notices;
	}

	/** Tells the person; returns false when they had already been told of that item. */
	boolean tell(long caseId, long unitId, String recipient, String kind, Long itemId, String message) {
		Notices.NewNotice notice = new Notices.NewNotice(ORIGIN, kind, title(kind), message, "/response/cases/" + caseId,
				unitId).alsoByMail();
		return notices.post(recipient, itemId == null ? notice : notice.once(onceKey(caseId, kind, itemId)));
	}

	/** The key of a notice about an item; the migration of the notices written before the centre uses the same. */
	static String onceKey(long caseId, String kind, long itemId) {
		return "response-case:" + caseId + ":" + kind + ":" + itemId;
	}

	static String title(String kind) {
		return switch (kind) {
			case "ESCALATE" -> "Vụ việc quá hạn kết luận";
			case "ASSIGN" -> "Đồng chí được giao vụ việc";
			case "RESURFACED" -> "Thông tin đã kết luận xuất hiện lại";
			default -> "Thông báo vụ việc";
		};
	}

}
