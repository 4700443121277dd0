package vn.tuyengiao.org.internal;


import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.org.OrgUnitType;
import vn.tuyengiao.org.OrgUnits;

/**
 * A new installation without demo data starts with one top-level unit, named by the operator
 * ({@code tuyengiao.org.root-name}, {@code tuyengiao.org.root-symbol}), so the first administrator has
 * somewhere to hold their role; it can be renamed later like any unit.
 */
@Component
@Order(50)
class RootUnit implements ApplicationRunner {

	private final OrgUnits units;

	private final OrgSettings settings;

	RootUnit(OrgUnits units, OrgSettings settings) {
		this.units = units;
		this.settings = settings;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (units.all().isEmpty()) {
			units.create(new OrgUnits.NewOrgUnit(null, OrgUnitType.PROVINCIAL_BOARD, settings.rootName(),
					settings.rootShortName(), settings.rootSymbol(), VietnamTime.today()));
		}
	}

	@ConfigurationProperties("tuyengiao.org")
	record OrgSettings(@DefaultValue("Ban Tuyên giáo và Dân vận Tỉnh ủy") String rootName,
			@DefaultValue("BTGDVTU") String rootShortName, @DefaultValue("BTGDVTU") String rootSymbol) {
	}

}
