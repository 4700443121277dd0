package vn.tuyengiao.access;

/** The roles of the platform; each is granted on one organisation unit and its subtree. */
public enum Role {

	/** Quản trị: manages units, users and settings. */
	ADMIN,
	/** Lãnh đạo ban: leader of a board; approves and signs. */
	LEADER,
	/** Chuyên viên: specialist; drafts, consolidates, handles cases. */
	SPECIALIST,
	/** Cán bộ đơn vị báo cáo: files the unit's periodic reports. */
	REPORTER,
	/** Cộng tác viên dư luận xã hội: public-opinion collaborator; files opinion reports. */
	COLLABORATOR,
	/** Người xem: reads, changes nothing. */
	VIEWER;

	/** The Spring Security authority, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}

}
