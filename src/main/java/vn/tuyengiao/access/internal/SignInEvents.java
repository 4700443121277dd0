package vn.tuyengiao.access.internal;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;

/**
 * Lockout and the audit of sign-ins. A form login is audited as LOGIN; HTTP Basic authenticates every
 * API request, so only its failures are audited (a success per call would drown the trail).
 */
@Component
class SignInEvents {

	private final AccountService accounts;

	private final AuditLog audit;

	SignInEvents(AccountService accounts, AuditLog audit) {
		this.accounts = accounts;
		this.audit = audit;
	}

	@EventListener
	void succeeded(AuthenticationSuccessEvent event) {
		accounts.loginSucceeded(event.getAuthentication().getName());
	}

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.recordAs(username, AuditAction.LOGIN, "user:" + username, null, "Đăng nhập");
	}

	@EventListener
	void failed(AbstractAuthenticationFailureEvent event) {
		String username = truncate(event.getAuthentication().getName());
		if (event instanceof AuthenticationFailureLockedEvent) {
			audit.recordAs(username, AuditAction.LOGIN_FAILED, "user:" + username, null,
					"Đăng nhập bị từ chối: tài khoản đang tạm khóa");
			return;
		}
		boolean lockedNow = accounts.loginFailed(username);
		audit.recordAs(username, AuditAction.LOGIN_FAILED, "user:" + username, null,
				lockedNow ? "Đăng nhập sai; tài khoản bị tạm khóa do sai nhiều lần" : "Đăng nhập sai");
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		audit.recordAs(username, AuditAction.LOGOUT, "user:" + username, null, "Đăng xuất");
	}

	private static String truncate(String username) {
		String name = username == null ? "" : username;
		return name.length() > 80 ? name.substring(0, 80) : name;
	}

}
