package vn.tuyengiao.places.internal;

import vn.tuyengiao.places.PlaceLevel;

/**
 * A unit as stored: its era ({@code before} or {@code after} 1/7/2025) and official code identify it.
 *
 * @param stub known only by name from the 2025 mapping, which gives neither kind nor parent; a stub never
 *        overwrites what a full list says
 */
record UnitRow(String era, String code, String name, String kind, PlaceLevel level, String parentCode, String source,
		boolean stub) {

	static final String BEFORE = "before";

	static final String AFTER = "after";

	/** The level an official code stands for: two digits a province, three a district, five a commune. */
	static PlaceLevel levelOf(String code) {
		return switch (code.length()) {
			case 2 -> PlaceLevel.PROVINCE;
			case 3 -> PlaceLevel.DISTRICT;
			default -> PlaceLevel.COMMUNE;
		};
	}

	boolean sameFacts(UnitRow other) {
		return name.equals(other.name) && kind.equals(other.kind) && level == other.level
				&& java.util.Objects.equals(parentCode, other.parentCode);
	}

}
