package vn.tuyengiao.briefing.internal;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.Role;

/**
 * Briefings and tasks are internal work of the boards: a collaborator (cộng tác viên) reads none of them.
 * The role is checked before a controller reads the request body; which meetings and tasks a reader sees
 * is decided by unit in {@link BriefingWeb}. Denials answer 403 and are audited by the security layer.
 */
@Configuration(proxyBeanMethods = false)
class BriefingReaders implements WebMvcConfigurer, HandlerInterceptor {

	/** Every role but the collaborator's. */
	static final Set<Role> READERS = EnumSet.complementOf(EnumSet.of(Role.COLLABORATOR));

	private final AccessScope scope;

	BriefingReaders(AccessScope scope) {
		this.scope = scope;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this)
			.addPathPatterns("/api/briefings", "/api/briefings/**", "/api/tasks", "/api/tasks/**", "/briefings",
					"/briefings/**", "/tasks", "/tasks/**");
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		boolean reader = scope.currentIfAny()
			.map(user -> user.grants().stream().anyMatch(grant -> READERS.contains(grant.role())))
			.orElse(true);
		if (!reader) {
			throw new AccessDeniedException("Briefings and tasks are not read by a collaborator");
		}
		return true;
	}

}
