package vn.tuyengiao.access.internal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditEntry;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.audit.AuditLog.AuditQuery;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts, grants, lockout and tokens through the real migrations, on H2 and on PostgreSQL. */
@DatabaseTest
class AccountRepositoryTests {

	@Autowired
	AccountService accounts;

	@Autowired
	UserAccountRepository users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Autowired
	OrgUnits units;

	@Autowired
	AuditLog audit;

	long unit(String shortName) {
		return units.all().stream().filter(u -> u.shortName().equals(shortName)).map(OrgUnit::id).findFirst().orElseThrow();
	}

	@Test
	void passwordsAreStoredHashedWithTheirAlgorithmNamed() {
		accounts.create("hash.test", "Người Thử", "mat-khau-dai", false, List.of(new RoleGrant(Role.VIEWER, unit("Na Rì"))));

		String stored = users.findByUsernameIgnoreCase("hash.test").orElseThrow().passwordHash();
		assertThat(stored).startsWith("{bcrypt}").doesNotContain("mat-khau-dai");
		assertThat(passwordEncoder.matches("mat-khau-dai", stored)).isTrue();
	}

	@Test
	void grantsAreKeptPerUnitAndReadBack() {
		long id = accounts.create("hai.vai", "Hai Vai Trò", "mat-khau-dai", false,
				List.of(new RoleGrant(Role.SPECIALIST, unit("Chợ Đồn")), new RoleGrant(Role.VIEWER, unit("Chợ Mới"))));

		assertThat(accounts.grantsOf(id)).containsExactlyInAnyOrder(new RoleGrant(Role.SPECIALIST, unit("Chợ Đồn")),
				new RoleGrant(Role.VIEWER, unit("Chợ Mới")));
	}

	@Test
	void aUsernameIsTakenOnceWhateverItsCase() {
		accounts.create("trung.ten", "Một", "mat-khau-dai", false, List.of());

		assertThatThrownBy(() -> accounts.create("Trung.Ten", "Hai", "mat-khau-dai", false, List.of()))
			.isInstanceOfSatisfying(Conflict.class, problem -> assertThat(problem.field()).isEqualTo("username"));
	}

	@Test
	void aShortPasswordIsRefusedNamingTheField() {
		assertThatThrownBy(() -> accounts.create("ngan.qua", "Ngắn", "123", false, List.of()))
			.isInstanceOfSatisfying(InvalidInput.class, problem -> assertThat(problem.field()).isEqualTo("password"));
		assertThat(users.existsByUsernameIgnoreCase("ngan.qua")).isFalse();
	}

	@Test
	void fiveFailuresInARowLockTheAccountAndASuccessBeforeThatResetsTheCount() {
		accounts.create("khoa.thu", "Khóa Thử", "mat-khau-dai", false, List.of());
		for (int i = 0; i < 4; i++) {
			assertThat(accounts.loginFailed("khoa.thu")).isFalse();
		}
		accounts.loginSucceeded("khoa.thu");
		for (int i = 0; i < 4; i++) {
			accounts.loginFailed("khoa.thu");
		}
		assertThat(users.findByUsernameIgnoreCase("khoa.thu").orElseThrow().isLockedAt(java.time.Instant.now())).isFalse();

		assertThat(accounts.loginFailed("khoa.thu")).isTrue();
		assertThat(accounts.loadUserByUsername("khoa.thu").isAccountNonLocked()).isFalse();
	}

	@Test
	void changingRolesIsAuditedAsAPermissionChange() {
		long id = accounts.create("doi.quyen", "Đổi Quyền", "mat-khau-dai", false,
				List.of(new RoleGrant(Role.VIEWER, unit("Ngân Sơn"))));
		UserAccount account = accounts.find(id);

		accounts.update(id, "Đổi Quyền", true, List.of(new RoleGrant(Role.REPORTER, unit("Ngân Sơn"))), account.version());

		List<AuditEntry> entries = audit.search(new AuditQuery(null, AuditAction.PERMISSION_CHANGE, null, null, null, "doi.quyen"),
				PageRequest.of(0, 5)).getContent();
		assertThat(entries).singleElement().satisfies(entry -> assertThat(entry.summary()).contains("VIEWER").contains("REPORTER"));
	}

	@Test
	void aTokenIsStoredOnlyAsAHashAndStopsWorkingWhenRevoked() {
		long id = accounts.create("co.ma", "Có Mã", "mat-khau-dai", false, List.of());
		AccountService.CreatedToken created = accounts.createToken(id, "máy chủ báo cáo", null);

		assertThat(created.token().prefix()).isEqualTo(created.secret().substring(0, 8));
		assertThat(accounts.authenticateToken(created.secret())).get().extracting(AccountPrincipal::getUsername).isEqualTo("co.ma");

		accounts.revokeToken(id, created.token().id());
		assertThat(accounts.authenticateToken(created.secret())).isEmpty();
	}

}
