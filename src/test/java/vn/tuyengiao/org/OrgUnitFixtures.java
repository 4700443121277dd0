package vn.tuyengiao.org;

import java.time.LocalDate;

/** Small builders for units in tests: {@code OrgUnitFixtures.district("Ba Bể").under(province)}. */
public final class OrgUnitFixtures {

	private OrgUnitFixtures() {
	}

	public static Builder district(String shortName) {
		return new Builder(OrgUnitType.DISTRICT_BOARD, "Ban Tuyên giáo Huyện ủy " + shortName, shortName, "BTGHU");
	}

	public static Builder commune(String shortName) {
		return new Builder(OrgUnitType.COMMUNE_BOARD, "Đảng ủy xã " + shortName, shortName, "ĐU");
	}

	public static final class Builder {

		private final OrgUnitType type;

		private final String name;

		private final String shortName;

		private final String symbol;

		private LocalDate validFrom = LocalDate.of(2020, 10, 1);

		private Builder(OrgUnitType type, String name, String shortName, String symbol) {
			this.type = type;
			this.name = name;
			this.shortName = shortName;
			this.symbol = symbol;
		}

		public Builder from(LocalDate day) {
			this.validFrom = day;
			return this;
		}

		public OrgUnits.NewOrgUnit under(OrgUnit parent) {
			return new OrgUnits.NewOrgUnit(parent.id(), type, name, shortName, symbol, validFrom);
		}

	}

}
