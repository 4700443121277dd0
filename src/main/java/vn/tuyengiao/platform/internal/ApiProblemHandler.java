package vn.tuyengiao.platform.internal;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import vn.tuyengiao.platform.DomainProblem;

/**
 * The API's one place for errors: every failure of a {@code /api} request becomes
 * {@code application/problem+json} with a Vietnamese {@code detail}, and bad fields are named in
 * {@code errors[].field}. Stack traces are logged, never sent.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.HIGHEST_PRECEDENCE)
class ApiProblemHandler extends ResponseEntityExceptionHandler {

	/** The problem type of answers that need none of their own: their status says what happened (RFC 9457). */
	static final URI ABOUT_BLANK = URI.create("about:blank");

	private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

	private final MessageSource messages;

	ApiProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainProblem.class)
	ResponseEntity<Object> domainProblem(DomainProblem problem, WebRequest request) {
		String detail = message(problem.messageKey(), problem.arguments());
		ProblemDetail body = problem(problem.status(), detail);
		if (problem.field() != null) {
			body.setProperty("errors", List.of(Map.of("field", problem.field(), "message", detail)));
		}
		if (!problem.fieldProblems().isEmpty()) {
			body.setProperty("errors", problem.fieldProblems()
				.stream()
				.map(p -> Map.of("field", p.field(), "message", message(p.messageKey(), p.arguments())))
				.toList());
		}
		problem.properties().forEach(body::setProperty);
		return ResponseEntity.status(problem.status()).body(body);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ResponseEntity<Object> staleEdit(ObjectOptimisticLockingFailureException ex) {
		return ResponseEntity.status(HttpStatus.CONFLICT)
			.body(problem(HttpStatus.CONFLICT, message("problem.stale-edit")));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Object> badParameter(MethodArgumentTypeMismatchException ex) {
		String detail = message("problem.bad-parameter", ex.getName());
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, detail);
		body.setProperty("errors", List.of(Map.of("field", ex.getName(), "message", detail)));
		return ResponseEntity.badRequest().body(body);
	}

	/** Security decides about these: the filter chain answers 401/403 and audits the denial. */
	@ExceptionHandler({ AccessDeniedException.class, AuthenticationException.class })
	void letSecurityAnswer(RuntimeException ex) {
		throw ex;
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
		log.error("Unexpected error on {}", describe(request), ex);
		return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, message("problem.unexpected")));
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> Map.of("field", error.getField(), "message", fieldMessage(error)))
			.toList();
		String fields = String.join(", ", errors.stream().map(e -> e.get("field")).distinct().toList());
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, message("problem.invalid-fields", fields));
		body.setProperty("errors", errors);
		return ResponseEntity.badRequest().body(body);
	}

	@Override
	protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		ProblemDetail body = problem(HttpStatus.BAD_REQUEST, message("problem.invalid-request"));
		return ResponseEntity.badRequest().body(body);
	}

	/** Everything Spring MVC itself rejects (unreadable JSON, wrong method, …) gets a Vietnamese detail too. */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = body instanceof ProblemDetail existing ? existing : ProblemDetail.forStatus(statusCode);
		problem.setType(ABOUT_BLANK);
		problem.setDetail(message(messageKeyFor(statusCode)));
		return super.handleExceptionInternal(ex, problem, headers, statusCode, request);
	}

	/** The Vietnamese detail for what Spring MVC rejects before or around a controller. */
	static String messageKeyFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 400 -> "problem.unreadable";
			case 404 -> "problem.not-found";
			case 405 -> "problem.method-not-allowed";
			case 406, 415 -> "problem.media-type";
			case 413 -> "problem.too-large";
			default -> "problem.unexpected";
		};
	}

	private ProblemDetail problem(HttpStatusCode status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(ABOUT_BLANK);
		return problem;
	}

	private String fieldMessage(FieldError error) {
		return messages.getMessage(error, LocaleContextHolder.getLocale());
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

	private static String describe(WebRequest request) {
		return request instanceof ServletWebRequest servlet
				? servlet.getRequest().getMethod() + " " + servlet.getRequest().getRequestURI() : request.toString();
	}

}
