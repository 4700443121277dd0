package vn.tuyengiao.access.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Evaluates a handler's {@code @PreAuthorize} before Spring MVC reads and validates the request's body. Method
 * security alone runs after the arguments are bound, so someone without the role would learn from a 400 what the
 * body should hold; here they get their 403 first, whatever they send. Expressions that look at the arguments
 * ({@code #name}) are left to method security, which still checks every call.
 */
@Configuration(proxyBeanMethods = false)
class PermissionBeforeBody implements WebMvcConfigurer, HandlerInterceptor {

	private final PreAuthorizeAuthorizationManager roles = new PreAuthorizeAuthorizationManager();

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!(handler instanceof HandlerMethod method)) {
			return true;
		}
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), PreAuthorize.class);
		}
		if (rule == null || rule.value().contains("#")) {
			return true;
		}
		SimpleMethodInvocation call = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
				new Object[method.getMethodParameters().length]);
		AuthorizationResult result = roles
			.authorize(() -> SecurityContextHolder.getContext().getAuthentication(), call);
		if (result != null && !result.isGranted()) {
			throw new AuthorizationDeniedException("Access Denied", result);
		}
		return true;
	}

}
