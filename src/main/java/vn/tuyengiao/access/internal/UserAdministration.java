package vn.tuyengiao.access.internal;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.platform.NotFound;

/**
 * Managing accounts: admins only, and only within their own subtree — an admin may see and change
 * accounts whose roles lie inside the units they administer, and grant roles on those units only.
 */
@Service
class UserAdministration {

	private final AccountService accounts;

	private final AccessScope scope;

	UserAdministration(AccountService accounts, AccessScope scope) {
		this.accounts = accounts;
		this.scope = scope;
	}

	List<UserView> visibleUsers() {
		CurrentUser admin = scope.current();
		return accounts.all()
			.stream()
			.filter(account -> account.grants().stream().allMatch(grant -> admin.covers(grant.unitId())))
			.map(this::view)
			.toList();
	}

	UserView get(long id) {
		UserAccount account = accounts.find(id);
		CurrentUser admin = scope.current();
		if (!account.grants().stream().allMatch(grant -> admin.covers(grant.unitId()))) {
			throw new NotFound("user.not-found", id);
		}
		return view(account);
	}

	long create(NewUser user) {
		user.grants().forEach(grant -> scope.require(RoleGroup.ADMINISTRATORS, grant.unitId()));
		long id = accounts.create(user.username(), user.displayName(), user.password(), true, user.grants());
		if (user.email() != null && !user.email().isBlank()) {
			accounts.setEmail(accounts.find(id).username(), user.email());
		}
		return id;
	}

	void update(long id, UserChange change) {
		get(id);
		change.grants().forEach(grant -> scope.require(RoleGroup.ADMINISTRATORS, grant.unitId()));
		accounts.update(id, change.displayName(), change.enabled(), change.grants(), change.version());
		accounts.setEmail(accounts.find(id).username(), change.email());
	}

	void unlock(long id) {
		get(id);
		accounts.unlock(id);
	}

	void resetPassword(long id, String temporaryPassword) {
		get(id);
		accounts.resetPassword(id, temporaryPassword);
	}

	private UserView view(UserAccount account) {
		return new UserView(account.id(), account.username(), account.displayName(), account.email(), account.enabled(),
				account.isLockedAt(Instant.now()), account.mustChangePassword(), account.grants(), account.version());
	}

	/** An account as the API shows it (never its password hash). */
	record UserView(long id, String username, String displayName, String email, boolean enabled, boolean locked,
			boolean mustChangePassword, List<RoleGrant> grants, long version) {
	}

	/** The new user must change the password at first login. */
	record NewUser(@NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.too-long}") String username,
			@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String displayName,
			@NotBlank(message = "{validation.required}") String password,
			@NotNull(message = "{validation.required}") List<@Valid @NotNull RoleGrant> grants,
			@jakarta.validation.constraints.Email(message = "{user.email.invalid}") @Size(max = 200, message = "{validation.too-long}") String email) {
	}

	record UserChange(@NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.too-long}") String displayName,
			boolean enabled, @NotNull(message = "{validation.required}") List<@NotNull RoleGrant> grants,
			@NotNull(message = "{validation.required}") Long version,
			@jakarta.validation.constraints.Email(message = "{user.email.invalid}") @Size(max = 200, message = "{validation.too-long}") String email) {
	}

	record TokenRequest(@NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.too-long}") String name,
			java.time.LocalDate expiresOn) {
	}

	/** The only time the secret is shown. */
	record NewToken(long id, String name, String token, Instant expiresAt) {
	}

	/** A token as its owner sees it on the page and in the API: never its secret or hash. */
	record TokenView(long id, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
			Instant revokedAt) {

		static TokenView of(ApiToken token) {
			return new TokenView(token.id(), token.name(), token.prefix(), token.createdAt(), token.expiresAt(),
					token.lastUsedAt(), token.revokedAt());
		}

	}

	@RestController
	@Tag(name = "Người dùng")
	static class Api {

		private final UserAdministration users;

		private final AccessScope scope;

		private final AccountService accounts;

		Api(UserAdministration users, AccessScope scope, AccountService accounts) {
			this.users = users;
			this.scope = scope;
			this.accounts = accounts;
		}

		@Operation(summary = "Người dùng hiện tại, vai trò và các đơn vị trong phạm vi")
		@GetMapping("/api/me")
		CurrentUser me() {
			return scope.current();
		}

		@Operation(summary = "Tạo mã truy cập API cá nhân; mã chỉ trả về một lần")
		@PostMapping("/api/me/tokens")
		ResponseEntity<NewToken> createToken(@Valid @RequestBody TokenRequest request) {
			CurrentUser me = scope.current();
			if (request.expiresOn() != null && !request.expiresOn().isAfter(vn.tuyengiao.platform.VietnamTime.today())) {
				throw new vn.tuyengiao.platform.InvalidInput("expiresOn", "token.expires.past");
			}
			Instant expires = request.expiresOn() == null ? null
					: request.expiresOn().plusDays(1).atStartOfDay(vn.tuyengiao.platform.VietnamTime.ZONE).toInstant();
			AccountService.CreatedToken created = accounts.createToken(me.id(), request.name(), expires);
			ApiToken token = created.token();
			return ResponseEntity.status(201).body(new NewToken(token.id(), token.name(), created.secret(), token.expiresAt()));
		}

		@Operation(summary = "Các mã truy cập API của người dùng hiện tại (không gồm mã bí mật)")
		@GetMapping("/api/me/tokens")
		List<TokenView> tokens() {
			return accounts.tokensOf(scope.current().id()).stream().map(TokenView::of).toList();
		}

		@Operation(summary = "Thu hồi một mã truy cập API")
		@org.springframework.web.bind.annotation.DeleteMapping("/api/me/tokens/{id}")
		ResponseEntity<Void> revokeToken(@PathVariable long id) {
			accounts.revokeToken(scope.current().id(), id);
			return ResponseEntity.noContent().build();
		}

		@Operation(summary = "Danh sách tài khoản trong phạm vi quản trị")
		@GetMapping("/api/users")
		@PreAuthorize("hasRole('ADMIN')")
		List<UserView> list() {
			return users.visibleUsers();
		}

		@GetMapping("/api/users/{id}")
		@PreAuthorize("hasRole('ADMIN')")
		UserView get(@PathVariable long id) {
			return users.get(id);
		}

		@Operation(summary = "Tạo tài khoản (phải đổi mật khẩu khi đăng nhập lần đầu)")
		@PostMapping("/api/users")
		@PreAuthorize("hasRole('ADMIN')")
		ResponseEntity<UserView> create(@Valid @RequestBody NewUser user) {
			long id = users.create(user);
			return ResponseEntity.created(URI.create("/api/users/" + id)).body(users.get(id));
		}

		@Operation(summary = "Sửa tên, trạng thái và quyền; cần 'version' hiện tại (khóa lạc quan)")
		@PutMapping("/api/users/{id}")
		@PreAuthorize("hasRole('ADMIN')")
		UserView update(@PathVariable long id, @Valid @RequestBody UserChange change) {
			users.update(id, change);
			return users.get(id);
		}

		@PostMapping("/api/users/{id}/unlock")
		@PreAuthorize("hasRole('ADMIN')")
		UserView unlock(@PathVariable long id) {
			users.unlock(id);
			return users.get(id);
		}

	}

}
