package vn.tuyengiao.platform.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the server answers for an error no controller answered itself (a page refused by security, an unknown
 * address, an unexpected failure): for a page, the {@code error} page in the layout, with the menu, a Vietnamese
 * message and a way back, whatever the client's {@code Accept} says; for {@code /api/**}, a problem document in
 * Vietnamese. It takes the place of Spring Boot's {@code BasicErrorController}, whose JSON body and reason phrase
 * ({@code "Forbidden"}) are neither.
 */
@Controller
class ErrorPages implements ErrorController {

	private final MessageSource messages;

	private final JsonMapper json = JsonMapper.builder().build();

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		HttpStatus status = statusOf(request);
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = uri == null ? "" : uri.toString().substring(request.getContextPath().length());
		if (path.startsWith("/api/")) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, messages.getMessage(
					ApiProblemHandler.messageKeyFor(status), null, LocaleContextHolder.getLocale()));
			problem.setType(ApiProblemHandler.ABOUT_BLANK);
			problem.setInstance(java.net.URI.create(path));
			response.setStatus(status.value());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter().write(json.writeValueAsString(problem));
			return null;
		}
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		return page;
	}

	private static HttpStatus statusOf(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
		return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
	}

}
