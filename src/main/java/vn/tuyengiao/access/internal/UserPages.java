package vn.tuyengiao.access.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.access.UnitDirectory;
import vn.tuyengiao.access.internal.UserAdministration.NewUser;
import vn.tuyengiao.access.internal.UserAdministration.UserChange;
import vn.tuyengiao.access.internal.UserAdministration.UserView;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.platform.FormErrors;

/** The administrators' pages for accounts: {@code /admin/users} and one account's page. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserPages {

	private final UserAdministration users;

	private final UnitDirectory units;

	UserPages(UserAdministration users, UnitDirectory units) {
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
