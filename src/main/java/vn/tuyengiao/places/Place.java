package vn.tuyengiao.places;

import java.time.LocalDate;
import java.util.List;

/**
 * One administrative unit of the gazetteer.
 *
 * @param code the unit's key: the General Statistics Office's code ({@code 06} Bắc Kạn, {@code 065} Chợ Mới);
 *        a unit abolished on 1/7/2025 whose number now belongs to another unit carries the suffix {@code -cu}
 *        (old {@code 15} Yên Bái is {@code 15-cu}, today's {@code 15} is Lào Cai)
 * @param name the official name with its kind, e.g. Huyện Chợ Mới
 * @param shortName the name without its kind, e.g. Chợ Mới
 * @param parentCode the unit above it, null for a province
 * @param validUntil the day it ceased to exist, null while it exists
 * @param successorCodes for a unit that no longer exists, the units of today its territory belongs to
 */
public record Place(String code, String name, String shortName, PlaceLevel level, String parentCode,
		LocalDate validUntil, List<String> successorCodes) {

	public Place {
		successorCodes = List.copyOf(successorCodes);
	}

	/** Whether the unit exists today. */
	public boolean current() {
		return validUntil == null;
	}

}
