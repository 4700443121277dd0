package vn.tuyengiao.briefing.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;

/**
 * Briefings and tasks are internal work of the boards: read by {@link RoleGroup#CYCLE_READERS}, so a
 * collaborator (cộng tác viên) reads none of them. The role is checked before a controller reads the request
 * body; which meetings and tasks a reader sees is decided by unit in {@link BriefingWeb}. Denials answer 403 and are audited by the security layer.
 */
@Configuration(proxyBeanMethods = false)
class BriefingReaders implements WebMvcConfigurer, HandlerInterceptor {

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
		scope.refuseOutside(RoleGroup.CYCLE_READERS);
		return true;
	}

}
