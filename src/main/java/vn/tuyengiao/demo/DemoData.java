package vn.tuyengiao.demo;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitType;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.org.OrgUnits.NewOrgUnit;

/**
 * Loads the demo organisation and accounts (all with the password {@value #PASSWORD}) on first start.
 * Runs before the platform's own start-up defaults (the first root unit and administrator), which
 * then find there is nothing left to do.
 */
@Component
@Order(10)
class DemoData implements ApplicationRunner {

	static final String PASSWORD = "tuyengiao2023";

	/** The day the demo organisation is valid from: the start of the Party committee's 2020–2025 term. */
	static final LocalDate TERM_START = LocalDate.of(2020, 10, 1);

	/** The eight district-level boards of Bắc Kạn in 2023: short name, Party committee, symbol. */
	static final List<String[]> DISTRICTS = List.of(
			new String[] { "TP Bắc Kạn", "Ban Tuyên giáo Thành ủy Bắc Kạn", "BTGThU" },
			new String[] { "Ba Bể", "Ban Tuyên giáo Huyện ủy Ba Bể", "BTGHU" },
			new String[] { "Bạch Thông", "Ban Tuyên giáo Huyện ủy Bạch Thông", "BTGHU" },
			new String[] { "Chợ Đồn", "Ban Tuyên giáo Huyện ủy Chợ Đồn", "BTGHU" },
			new String[] { "Chợ Mới", "Ban Tuyên giáo Huyện ủy Chợ Mới", "BTGHU" },
			new String[] { "Na Rì", "Ban Tuyên giáo Huyện ủy Na Rì", "BTGHU" },
			new String[] { "Ngân Sơn", "Ban Tuyên giáo Huyện ủy Ngân Sơn", "BTGHU" },
			new String[] { "Pác Nặm", "Ban Tuyên giáo Huyện ủy Pác Nặm", "BTGHU" });

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	private final OrgUnits units;

	private final Accounts accounts;

	private final boolean enabled;

	DemoData(OrgUnits units, Accounts accounts, Environment environment) {
		this.units = units;
		this.accounts = accounts;
		this.enabled = enabled(environment);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || !units.all().isEmpty() || accounts.anyExist()) {
			return;
		}
		OrgUnit province = units.create(new NewOrgUnit(null, OrgUnitType.PROVINCIAL_BOARD,
				"Ban Tuyên giáo Tỉnh ủy Bắc Kạn", "BTG Tỉnh ủy", "BTGTU", TERM_START));
		long baBe = 0;
		long pacNam = 0;
		for (String[] district : DISTRICTS) {
			OrgUnit unit = units.create(new NewOrgUnit(province.id(), OrgUnitType.DISTRICT_BOARD, district[1],
					district[0], district[2], TERM_START));
			if (district[0].equals("Ba Bể")) {
				baBe = unit.id();
			}
			if (district[0].equals("Pác Nặm")) {
				pacNam = unit.id();
			}
		}
		long p = province.id();
		account("admin", "Nguyễn Văn Quản", Role.ADMIN, p);
		account("truongban", "Hoàng Thị Lãnh", Role.LEADER, p);
		account("chuyenvien", "Triệu Văn Chuyên", Role.SPECIALIST, p);
		account("babe", "Ma Thị Bể", Role.REPORTER, baBe);
		account("pacnam", "Lường Văn Nặm", Role.REPORTER, pacNam);
		account("ctv01", "Nông Thị Cộng", Role.COLLABORATOR, p);
		log.info("Loaded demo data: the Bắc Kạn provincial board, 8 district boards and 6 demo accounts "
				+ "(password {})", PASSWORD);
	}

	/** An explicit setting wins; otherwise only the embedded default database gets demo data. */
	static boolean enabled(Environment environment) {
		return environment.getProperty("tuyengiao.demo.enabled", Boolean.class,
				environment.getProperty("tuyengiao.embedded-database", Boolean.class, false));
	}

	private void account(String username, String name, Role role, long unitId) {
		accounts.create(username, name, PASSWORD, false, List.of(new RoleGrant(role, unitId)));
		// Invented addresses under the reserved .example domain: reminders only go out when SMTP is set up.
		accounts.setEmail(username, username + "@bac-kan.example");
	}

}
