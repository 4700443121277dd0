package vn.tuyengiao.org;

/** What kind of body a unit is; the names are in the i18n bundles under {@code org.type.*}. */
public enum OrgUnitType {

	/** Ban Tuyên giáo Trung ương (since 2025 Ban Tuyên giáo và Dân vận Trung ương). */
	CENTRAL_DEPARTMENT,
	/** Ban Tuyên giáo Tỉnh ủy / Thành ủy: the provincial board. */
	PROVINCIAL_BOARD,
	/** Ban Tuyên giáo Huyện ủy / Thành ủy / Thị ủy: a district-level board (until 7/2025). */
	DISTRICT_BOARD,
	/** A commune-level Party committee's board (Ban Xây dựng Đảng since 7/2025). */
	COMMUNE_BOARD,
	/** The board of a Party committee directly under the province (Đảng ủy trực thuộc). */
	AFFILIATED_COMMITTEE,
	/** A room (phòng) inside a board. */
	ROOM,
	OTHER

}
