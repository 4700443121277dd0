package vn.tuyengiao.access.internal;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.access.UnitDirectory;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.platform.FormErrors;
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
		user.grants().forEach(grant -> scope.requireRoleOn(Role.ADMIN, grant.unitId()));
		long id = accounts.create(user.username(), user.displayName(), user.password(), true, user.grants());
		if (user.email() != null && !user.email().isBlank()) {
			accounts.setEmail(accounts.find(id).username(), user.email());
		}
		return id;
	}

	void update(long id, UserChange change) {
		get(id);
		change.grants().forEach(grant -> scope.requireRoleOn(Role.ADMIN, grant.unitId()));
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
			if (request.expiresOn() != null && !request.expiresOn().isAfter(java.time.LocalDate.now())) {
				throw new vn.tuyengiao.platform.InvalidInput("expiresOn", "token.expires.past");
			}
			Instant expires = request.expiresOn() == null ? null
					: request.expiresOn().plusDays(1).atStartOfDay(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toInstant();
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

	@Controller
	@PreAuthorize("hasRole('ADMIN')")
	static class Pages {

		private final UserAdministration users;

		private final UnitDirectory units;

		Pages(UserAdministration users, UnitDirectory units) {
			this.users = users;
			this.units = units;
		}

		@ModelAttribute
		void choices(Model model) {
			model.addAttribute("roles", Role.values());
			model.addAttribute("units", units.grantableUnits());
		}

		@GetMapping("/admin/users")
		String list(Model model) {
			model.addAttribute("users", users.visibleUsers());
			if (!model.containsAttribute("form")) {
				model.addAttribute("form", new UserForm());
			}
			return "admin/users";
		}

		@PostMapping("/admin/users")
		String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
				RedirectAttributes redirect) {
			if (!result.hasErrors()) {
				try {
					long id = users.create(new NewUser(form.getUsername(), form.getDisplayName(), form.getPassword(),
							form.grants(), form.getEmail()));
					redirect.addFlashAttribute("notice", "user.created");
					return "redirect:/admin/users/" + id;
				}
				catch (DomainProblem problem) {
					FormErrors.show(problem, result);
				}
			}
			model.addAttribute("users", users.visibleUsers());
			return "admin/users";
		}

		@GetMapping("/admin/users/{id}")
		String edit(@PathVariable long id, Model model) {
			UserView user = users.get(id);
			model.addAttribute("user", user);
			if (!model.containsAttribute("form")) {
				model.addAttribute("form", UserForm.of(user));
			}
			return "admin/user";
		}

		@PostMapping("/admin/users/{id}")
		String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
				Model model, RedirectAttributes redirect) {
			if (!result.hasErrors()) {
				try {
					users.update(id, new UserChange(form.getDisplayName(), form.isEnabled(), form.grants(), form.getVersion(),
							form.getEmail()));
					redirect.addFlashAttribute("notice", "saved");
					return "redirect:/admin/users/" + id;
				}
				catch (DomainProblem problem) {
					FormErrors.show(problem, result);
				}
			}
			model.addAttribute("user", users.get(id));
			return "admin/user";
		}

		@PostMapping("/admin/users/{id}/unlock")
		String unlock(@PathVariable long id, RedirectAttributes redirect) {
			users.unlock(id);
			redirect.addFlashAttribute("notice", "user.unlocked");
			return "redirect:/admin/users/" + id;
		}

		@PostMapping("/admin/users/{id}/password")
		String resetPassword(@PathVariable long id, @ModelAttribute("temporaryPassword") String temporaryPassword,
				RedirectAttributes redirect) {
			try {
				users.resetPassword(id, temporaryPassword);
				redirect.addFlashAttribute("notice", "user.password-reset");
			}
			catch (DomainProblem problem) {
				redirect.addFlashAttribute("error", problem.messageKey());
			}
			return "redirect:/admin/users/" + id;
		}

	}

	/** The account form; the last grant row is left empty for adding a role. */
	static class UserForm {

		@Size(max = 40, message = "{validation.too-long}")
		private String username;

		@NotBlank(message = "{validation.required}")
		@Size(max = 200, message = "{validation.too-long}")
		private String displayName;

		private String password;

		@jakarta.validation.constraints.Email(message = "{user.email.invalid}")
		@Size(max = 200, message = "{validation.too-long}")
		private String email;

		private boolean enabled = true;

		private Long version;

		private List<GrantRow> grantRows = new ArrayList<>(List.of(new GrantRow()));

		static UserForm of(UserView user) {
			UserForm form = new UserForm();
			form.username = user.username();
			form.displayName = user.displayName();
			form.email = user.email();
			form.enabled = user.enabled();
			form.version = user.version();
			form.grantRows = new ArrayList<>();
			user.grants().forEach(grant -> form.grantRows.add(new GrantRow(grant.role(), grant.unitId())));
			form.grantRows.add(new GrantRow());
			return form;
		}

		List<RoleGrant> grants() {
			return grantRows.stream()
				.filter(row -> row.getRole() != null && row.getUnitId() != null)
				.map(row -> new RoleGrant(row.getRole(), row.getUnitId()))
				.distinct()
				.toList();
		}

		public String getUsername() {
			return username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getDisplayName() {
			return displayName;
		}

		public void setDisplayName(String displayName) {
			this.displayName = displayName;
		}

		public String getPassword() {
			return password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

		public String getEmail() {
			return email;
		}

		public void setEmail(String email) {
			this.email = email;
		}

		public boolean isEnabled() {
			return enabled;
		}

		public void setEnabled(boolean enabled) {
			this.enabled = enabled;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

		public List<GrantRow> getGrantRows() {
			return grantRows;
		}

		public void setGrantRows(List<GrantRow> grantRows) {
			this.grantRows = grantRows;
		}

	}

	public static class GrantRow {

		private Role role;

		private Long unitId;

		public GrantRow() {
		}

		GrantRow(Role role, Long unitId) {
			this.role = role;
			this.unitId = unitId;
		}

		public Role getRole() {
			return role;
		}

		public void setRole(Role role) {
			this.role = role;
		}

		public Long getUnitId() {
			return unitId;
		}

		public void setUnitId(Long unitId) {
			this.unitId = unitId;
		}

	}

}
