package vn.tuyengiao.access.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.access.UnitDirectory;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;

/** Accounts, passwords, role grants and API tokens; every change here is audited. */
@Service
class AccountService implements Accounts, UserDetailsService {

	static final String TOKEN_PREFIX = "tg_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccountRepository users;

	private final ApiTokenRepository tokens;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final UnitDirectory units;

	private final AccessSettings settings;

	private final Clock clock = Clock.systemUTC();

	AccountService(UserAccountRepository users, ApiTokenRepository tokens, PasswordEncoder passwordEncoder,
			AuditLog audit, UnitDirectory units, AccessSettings settings) {
		this.users = users;
		this.tokens = tokens;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.units = units;
		this.settings = settings;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return users.findByUsernameIgnoreCase(username)
			.map(account -> AccountPrincipal.of(account, clock.instant()))
			.orElseThrow(() -> new UsernameNotFoundException(username));
	}

	@Override
	@Transactional(readOnly = true)
	public boolean anyExist() {
		return users.count() > 0;
	}

	@Override
	@Transactional
	public long create(String username, String displayName, String rawPassword, boolean mustChangePassword,
			List<RoleGrant> grants) {
		String name = username == null ? "" : username.trim().toLowerCase();
		if (!name.matches("[a-z0-9._-]{3,40}")) {
			throw new InvalidInput("username", "user.username.invalid");
		}
		if (users.existsByUsernameIgnoreCase(name)) {
			throw new Conflict("username", "user.username.taken", name);
		}
		checkPassword("password", name, rawPassword);
		checkUnits(grants);
		UserAccount account = new UserAccount(name, displayName.trim(), passwordEncoder.encode(rawPassword),
				mustChangePassword, clock.instant());
		account.replaceGrants(grants);
		users.save(account);
		audit.record(AuditAction.CREATE, "user:" + name, firstUnit(grants),
				"Tạo tài khoản " + name + " (" + displayName + ") với quyền " + describe(grants));
		return account.id();
	}

	@Override
	@Transactional
	public void setEmail(String username, String email) {
		UserAccount account = users.findByUsernameIgnoreCase(username).orElseThrow(() -> new NotFound("user.not-found", username));
		if (email != null && !email.isBlank() && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidInput("email", "user.email.invalid");
		}
		if (!java.util.Objects.equals(account.email(), email == null || email.isBlank() ? null : email.strip())) {
			account.setEmail(email);
			audit.record(AuditAction.UPDATE, "user:" + account.username(), firstUnit(account.grants()),
					"Đổi địa chỉ thư điện tử của " + account.username());
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<Contact> contactsFor(long unitId, vn.tuyengiao.access.Role... roles) {
		return holdersOf(unitId, roles).stream().filter(contact -> contact.email() != null).toList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Contact> holdersOf(long unitId, vn.tuyengiao.access.Role... roles) {
		List<vn.tuyengiao.access.Role> wanted = List.of(roles);
		return users.findAllByOrderByUsername()
			.stream()
			.filter(UserAccount::enabled)
			.filter(account -> account.grants().stream().anyMatch(grant -> wanted.contains(grant.role())
					&& units.subtreeOf(grant.unitId()).contains(unitId)))
			.map(account -> new Contact(account.username(), account.displayName(), account.email()))
			.toList();
	}

	@Transactional
	public void update(long userId, String displayName, boolean enabled, List<RoleGrant> grants, long version) {
		UserAccount account = find(userId);
		if (account.version() != version) {
			throw new Conflict(null, "problem.stale-edit");
		}
		checkUnits(grants);
		List<RoleGrant> before = account.grants();
		if (!account.displayName().equals(displayName.trim()) || account.enabled() != enabled) {
			account.rename(displayName.trim());
			account.setEnabled(enabled);
			audit.record(AuditAction.UPDATE, "user:" + account.username(), firstUnit(before),
					"Cập nhật tài khoản " + account.username() + ": tên \"" + displayName.trim() + "\", "
							+ (enabled ? "đang hoạt động" : "đã khóa"));
		}
		if (!new java.util.HashSet<>(before).equals(new java.util.HashSet<>(grants))) {
			account.replaceGrants(grants);
			audit.record(AuditAction.PERMISSION_CHANGE, "user:" + account.username(), firstUnit(grants),
					"Đổi quyền của " + account.username() + ": " + describe(before) + " → " + describe(grants));
		}
		users.saveAndFlush(account);
	}

	@Transactional
	public void changeOwnPassword(long userId, String currentPassword, String newPassword) {
		UserAccount account = find(userId);
		if (!passwordEncoder.matches(currentPassword, account.passwordHash())) {
			throw new InvalidInput("currentPassword", "password.current.wrong");
		}
		if (passwordEncoder.matches(newPassword, account.passwordHash())) {
			throw new InvalidInput("newPassword", "password.same");
		}
		checkPassword("newPassword", account.username(), newPassword);
		account.changePassword(passwordEncoder.encode(newPassword));
		audit.record(AuditAction.UPDATE, "user:" + account.username(), null, "Đổi mật khẩu");
	}

	/** An admin sets a temporary password; the user must change it at the next login. */
	@Transactional
	public void resetPassword(long userId, String temporaryPassword) {
		UserAccount account = find(userId);
		checkPassword("password", account.username(), temporaryPassword);
		account.resetPassword(passwordEncoder.encode(temporaryPassword));
		audit.record(AuditAction.UPDATE, "user:" + account.username(), firstUnit(account.grants()),
				"Đặt lại mật khẩu (phải đổi khi đăng nhập)");
	}

	@Transactional
	public void unlock(long userId) {
		UserAccount account = find(userId);
		account.unlock();
		audit.record(AuditAction.UPDATE, "user:" + account.username(), firstUnit(account.grants()),
				"Mở khóa tài khoản");
	}

	@Transactional
	void loginSucceeded(String username) {
		users.findByUsernameIgnoreCase(username).ifPresent(UserAccount::loginSucceeded);
	}

	/** @return whether this failure locked the account */
	@Transactional
	boolean loginFailed(String username) {
		Optional<UserAccount> found = users.findByUsernameIgnoreCase(username);
		if (found.isEmpty()) {
			return false;
		}
		UserAccount account = found.get();
		Instant now = clock.instant();
		if (account.isLockedAt(now)) {
			return false;
		}
		account.loginFailed(now, settings.maxFailedLogins(), settings.lockoutDuration());
		return account.isLockedAt(now);
	}

	@Transactional(readOnly = true)
	public UserAccount find(long userId) {
		return users.findWithAssignmentsById(userId).orElseThrow(() -> new NotFound("user.not-found", userId));
	}

	@Transactional(readOnly = true)
	public List<UserAccount> all() {
		return users.findAllByOrderByUsername();
	}

	@Transactional(readOnly = true)
	public List<RoleGrant> grantsOf(long userId) {
		return users.findWithAssignmentsById(userId).map(UserAccount::grants).orElse(List.of());
	}

	/** A token just made, with its secret, which is never shown again. */
	record CreatedToken(ApiToken token, String secret) {
	}

	@Transactional
	public CreatedToken createToken(long userId, String name, Instant expiresAt) {
		if (name == null || name.isBlank() || name.length() > 100) {
			throw new InvalidInput("name", "token.name.invalid");
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String secret = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		ApiToken token = tokens.save(new ApiToken(userId, name.trim(), hash(secret), secret.substring(0, 8),
				clock.instant(), expiresAt));
		audit.record(AuditAction.CREATE, "api-token:" + name.trim(), null, "Tạo mã truy cập API \"" + name.trim() + "\"");
		return new CreatedToken(token, secret);
	}

	@Transactional
	public void revokeToken(long userId, long tokenId) {
		ApiToken token = tokens.findById(tokenId)
			.filter(t -> t.userId() == userId)
			.orElseThrow(() -> new NotFound("token.not-found", tokenId));
		token.revoke(clock.instant());
		audit.record(AuditAction.DELETE, "api-token:" + token.name(), null, "Thu hồi mã truy cập API \"" + token.name() + "\"");
	}

	@Transactional(readOnly = true)
	public List<ApiToken> tokensOf(long userId) {
		return tokens.findByUserIdOrderByCreatedAtDesc(userId);
	}

	/** The account a token secret belongs to, if the token is known and still usable. */
	@Transactional
	public Optional<AccountPrincipal> authenticateToken(String secret) {
		Instant now = clock.instant();
		return tokens.findByTokenHash(hash(secret)).filter(token -> token.usableAt(now)).flatMap(token -> {
			if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minusSeconds(60))) {
				token.used(now);
			}
			return users.findWithAssignmentsById(token.userId()).map(account -> AccountPrincipal.of(account, now));
		});
	}

	private void checkPassword(String field, String username, String password) {
		if (password == null || password.length() < settings.minPasswordLength()) {
			throw new InvalidInput(field, "password.too-short", settings.minPasswordLength());
		}
		if (password.equalsIgnoreCase(username)) {
			throw new InvalidInput(field, "password.is-username");
		}
	}

	private void checkUnits(List<RoleGrant> grants) {
		for (RoleGrant grant : grants) {
			if (units.subtreeOf(grant.unitId()).isEmpty()) {
				throw new InvalidInput("grants", "user.grant.unknown-unit", grant.unitId());
			}
		}
	}

	private static Long firstUnit(List<RoleGrant> grants) {
		return grants.isEmpty() ? null : grants.get(0).unitId();
	}

	private static String describe(List<RoleGrant> grants) {
		if (grants.isEmpty()) {
			return "(không có)";
		}
		return String.join(", ", grants.stream().map(g -> g.role() + "@" + g.unitId()).toList());
	}

	static String hash(String secret) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
