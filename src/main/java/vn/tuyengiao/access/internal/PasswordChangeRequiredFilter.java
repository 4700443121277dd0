package vn.tuyengiao.access.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Until a user with a temporary password (the first admin of a production install, or after a reset)
 * sets their own, every request but the change-password page and sign-out is refused.
 */
class PasswordChangeRequiredFilter extends OncePerRequestFilter {

	private static final Set<String> ALLOWED = Set.of("/account/password", "/logout", "/error", "/login");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal
				&& principal.mustChangePassword() && !ALLOWED.contains(path) && !path.startsWith("/webjars/")
				&& !path.startsWith("/css/")) {
			throw new DeniedRequests.PasswordChangeRequired();
		}
		chain.doFilter(request, response);
	}

}
