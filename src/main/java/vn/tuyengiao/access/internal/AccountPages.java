package vn.tuyengiao.access.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.platform.FormErrors;

/** The signed-in user's own pages: sign-in, change password, personal API tokens. */
@Controller
class AccountPages {

	private final AccountService accounts;

	private final AccessScope scope;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	AccountPages(AccountService accounts, AccessScope scope) {
		this.accounts = accounts;
		this.scope = scope;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, Model model) {
		Object last = request.getSession(false) == null ? null
				: request.getSession(false).getAttribute("SPRING_SECURITY_LAST_EXCEPTION");
		model.addAttribute("locked", last instanceof org.springframework.security.authentication.LockedException);
		return "account/login";
	}

	@GetMapping("/account/password")
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordForm());
		return "account/password";
	}

	@PostMapping("/account/password")
	String changePassword(@Valid @ModelAttribute("form") PasswordForm form, BindingResult result,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		if (!result.hasErrors() && !form.getNewPassword().equals(form.getConfirmPassword())) {
			result.rejectValue("confirmPassword", "password.mismatch");
		}
		if (result.hasErrors()) {
			return "account/password";
		}
		long userId = scope.current().id();
		try {
			accounts.changeOwnPassword(userId, form.getCurrentPassword(), form.getNewPassword());
		}
		catch (DomainProblem problem) {
			FormErrors.show(problem, result);
			return "account/password";
		}
		// The session's principal still says "must change password": replace it with a fresh one.
		AccountPrincipal fresh = (AccountPrincipal) accounts.loadUserByUsername(scope.current().username());
		fresh.eraseCredentials();
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, fresh.getAuthorities()));
		SecurityContextHolder.setContext(context);
		contexts.saveContext(context, request, response);
		redirect.addFlashAttribute("notice", "password.changed");
		return "redirect:/";
	}

	@GetMapping("/account/tokens")
	String tokens(Model model) {
		model.addAttribute("tokens", tokenViews());
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TokenForm());
		}
		return "account/tokens";
	}

	/**
	 * Makes the token and redirects: the secret travels once, as a flash attribute, so reloading the page shows
	 * it no more and makes no second token.
	 */
	@PostMapping("/account/tokens")
	String createToken(@Valid @ModelAttribute("form") TokenForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long userId = scope.current().id();
		if (!result.hasErrors() && form.getExpires() != null && !form.getExpires().isAfter(vn.tuyengiao.platform.VietnamTime.today())) {
			result.rejectValue("expires", "token.expires.past");
		}
		if (result.hasErrors()) {
			model.addAttribute("tokens", tokenViews());
			return "account/tokens";
		}
		Instant expires = form.getExpires() == null ? null
				: form.getExpires().plusDays(1).atStartOfDay(vn.tuyengiao.platform.VietnamTime.ZONE).toInstant();
		try {
			redirect.addFlashAttribute("secret", accounts.createToken(userId, form.getName(), expires).secret());
		}
		catch (DomainProblem problem) {
			FormErrors.show(problem, result);
			model.addAttribute("tokens", tokenViews());
			return "account/tokens";
		}
		return "redirect:/account/tokens";
	}

	private java.util.List<UserAdministration.TokenView> tokenViews() {
		return accounts.tokensOf(scope.current().id()).stream().map(UserAdministration.TokenView::of).toList();
	}

	@PostMapping("/account/tokens/{id}/revoke")
	String revokeToken(@PathVariable long id) {
		accounts.revokeToken(scope.current().id(), id);
		return "redirect:/account/tokens";
	}

	static class PasswordForm {

		@NotBlank(message = "{validation.required}")
		private String currentPassword;

		@NotBlank(message = "{validation.required}")
		@Size(max = 200, message = "{validation.too-long}")
		private String newPassword;

		@NotBlank(message = "{validation.required}")
		private String confirmPassword;

		public String getCurrentPassword() {
			return currentPassword;
		}

		public void setCurrentPassword(String currentPassword) {
			this.currentPassword = currentPassword;
		}

		public String getNewPassword() {
			return newPassword;
		}

		public void setNewPassword(String newPassword) {
			this.newPassword = newPassword;
		}

		public String getConfirmPassword() {
			return confirmPassword;
		}

		public void setConfirmPassword(String confirmPassword) {
			this.confirmPassword = confirmPassword;
		}

	}

	static class TokenForm {

		@NotBlank(message = "{validation.required}")
		@Size(max = 100, message = "{validation.too-long}")
		private String name;

		@org.springframework.format.annotation.DateTimeFormat(iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE)
		private LocalDate expires;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public LocalDate getExpires() {
			return expires;
		}

		public void setExpires(LocalDate expires) {
			this.expires = expires;
		}

	}

}
