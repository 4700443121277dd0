package vn.tuyengiao.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * An {@code /api} request that no controller takes (unknown path, unsupported method, an upload over the size
 * limit, which is refused before any controller is chosen) is still answered as {@code application/problem+json}
 * in Vietnamese, not with Spring Boot's generic error body. Errors inside API controllers are {@link ApiProblemHandler}'s.
 */
@Component
class ApiErrorResolver implements HandlerExceptionResolver, Ordered {

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	ApiErrorResolver(MessageSource messages) {
		this.messages = messages;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (handler instanceof org.springframework.web.method.HandlerMethod || !path.startsWith("/api/")
				|| !(ex instanceof ErrorResponse error)) {
			return null;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(error.getStatusCode(), messages.getMessage(
				ApiProblemHandler.messageKeyFor(error.getStatusCode()), null, LocaleContextHolder.getLocale()));
		problem.setType(ApiProblemHandler.ABOUT_BLANK);
		problem.setInstance(java.net.URI.create(path));
		try {
			response.setStatus(error.getStatusCode().value());
			error.getHeaders().forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(json.writeValueAsString(problem));
			return new ModelAndView();
		}
		catch (IOException ex2) {
			return null;
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
