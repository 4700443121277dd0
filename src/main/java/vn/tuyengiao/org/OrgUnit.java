package vn.tuyengiao.org;

import java.time.LocalDate;

/**
 * An organisation unit as other modules and the API see it.
 *
 * @param symbol the abbreviation used in document numbers, e.g. {@code BTGTU} in "Số 12-BC/BTGTU"
 * @param validTo the last day the unit existed; {@code null} while it still does
 * @param version for optimistic locking: send it back with an edit
 */
public record OrgUnit(long id, Long parentId, OrgUnitType type, String name, String shortName, String symbol,
		LocalDate validFrom, LocalDate validTo, long version) {

	public boolean activeOn(LocalDate day) {
		return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
	}

	public boolean active() {
		return validTo == null || !validTo.isBefore(vn.tuyengiao.platform.VietnamTime.today());
	}

}
