package vn.tuyengiao.access.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import vn.tuyengiao.access.UnitOutOfScope;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;

/**
 * How the platform says no. Every denial of a signed-in user is audited (who, which request, which
 * unit). The API answers {@code application/problem+json} in Vietnamese; pages get the error page.
 */
@Component
class DeniedRequests {

	private final AuditLog audit;

	private final MessageSource messages;

	private final LocaleResolver locales;

	private final JsonMapper json = JsonMapper.builder().build();

	DeniedRequests(AuditLog audit, MessageSource messages, LocaleResolver locales) {
		this.audit = audit;
		this.messages = messages;
		this.locales = locales;
	}

	/** For {@code /api/**}: 401 with a Basic challenge, as a problem document. */
	AuthenticationEntryPoint apiEntryPoint() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"tuyengiao\", charset=\"UTF-8\"");
			writeProblem(request, response, HttpStatus.UNAUTHORIZED, authenticationMessageKey(ex));
		};
	}

	AccessDeniedHandler apiDeniedHandler() {
		return (request, response, ex) -> {
			if (ex instanceof PasswordChangeRequired) {
				writeProblem(request, response, HttpStatus.FORBIDDEN, "password.must-change");
				return;
			}
			recordDenial(request, ex);
			writeProblem(request, response, HttpStatus.FORBIDDEN, "problem.forbidden");
		};
	}

	AccessDeniedHandler pageDeniedHandler() {
		return (request, response, ex) -> {
			if (ex instanceof PasswordChangeRequired) {
				response.sendRedirect(request.getContextPath() + "/account/password");
				return;
			}
			recordDenial(request, ex);
			response.sendError(HttpStatus.FORBIDDEN.value());
		};
	}

	private void recordDenial(HttpServletRequest request, AccessDeniedException ex) {
		Long unitId = ex instanceof UnitOutOfScope outOfScope ? outOfScope.unitId() : null;
		String target = request.getMethod() + " " + request.getRequestURI()
				+ (request.getQueryString() == null ? "" : "?" + request.getQueryString());
		audit.record(AuditAction.ACCESS_DENIED, target, unitId,
				"Từ chối truy cập " + target + (unitId == null ? "" : " (đơn vị " + unitId + " ngoài phạm vi)"));
	}

	private static String authenticationMessageKey(AuthenticationException ex) {
		if (ex instanceof org.springframework.security.authentication.LockedException) {
			return "login.locked";
		}
		if (ex instanceof org.springframework.security.authentication.BadCredentialsException) {
			return "login.bad-credentials";
		}
		return "problem.unauthorized";
	}

	private void writeProblem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String messageKey) throws IOException {
		LocaleContextHolder.setLocale(locales.resolveLocale(request));
		ObjectNode body = json.createObjectNode();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", messages.getMessage(messageKey, null, messageKey, LocaleContextHolder.getLocale()));
		body.put("instance", request.getRequestURI());
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write(json.writeValueAsString(body));
	}

	/** A signed-in user who must set a new password before doing anything else. */
	static class PasswordChangeRequired extends AccessDeniedException {

		PasswordChangeRequired() {
			super("Password change required");
		}

	}

}
