package vn.tuyengiao.report.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;

/**
 * Reports are read by the roles of the reporting work only ({@link RoleGroup#CYCLE_READERS}): a collaborator
 * (cộng tác viên) files opinion reports and reads nothing of unit reports, consolidated reports or their
 * documents. The role is checked here, before the controller reads a request body; which units a reader may see
 * is {@link ReportAccess}'s. Denials answer 403 and are audited by the security layer.
 */
@Configuration(proxyBeanMethods = false)
class ReportReaders implements WebMvcConfigurer, HandlerInterceptor {

	static final String[] PATHS = { "/api/reports", "/api/reports/**", "/api/report-assignments",
			"/api/consolidated-reports/**", "/api/document-register", "/api/issuers/**", "/documents/reports/**",
			"/documents/consolidated-reports/**", "/reports", "/reports/**" };

	private final AccessScope scope;

	ReportReaders(AccessScope scope) {
		this.scope = scope;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this).addPathPatterns(PATHS);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		scope.refuseOutside(RoleGroup.CYCLE_READERS);
		return true;
	}

}
