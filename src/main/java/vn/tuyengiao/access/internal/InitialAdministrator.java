package vn.tuyengiao.access.internal;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.UnitDirectory;

/**
 * A new installation without demo data gets one {@code admin}, who must set their own password at
 * first login. Runs after the demo data (which brings its own accounts) and the unit tree set-up.
 */
@Component
@Order(100)
class InitialAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

	private final AccountService accounts;

	private final AccessSettings settings;

	private final UnitDirectory units;

	InitialAdministrator(AccountService accounts, AccessSettings settings, UnitDirectory units) {
		this.accounts = accounts;
		this.settings = settings;
		this.units = units;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (accounts.anyExist()) {
			return;
		}
		String password = settings.initialAdminPassword();
		boolean generated = password == null || password.isBlank();
		if (generated) {
			byte[] bytes = new byte[12];
			new SecureRandom().nextBytes(bytes);
			password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		}
		List<RoleGrant> grants = units.grantableUnits()
			.stream()
			.filter(unit -> unit.depth() == 0)
			.map(unit -> new RoleGrant(Role.ADMIN, unit.id()))
			.toList();
		accounts.create("admin", "Quản trị hệ thống", password, true, grants);
		if (generated) {
			log.warn("Created the first administrator 'admin' with the one-time password: {} "
					+ "(it must be changed at first login)", password);
		}
		else {
			log.warn("Created the first administrator 'admin' with tuyengiao.access.initial-admin-password "
					+ "(it must be changed at first login)");
		}
	}

}
