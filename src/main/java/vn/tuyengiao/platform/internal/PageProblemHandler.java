package vn.tuyengiao.platform.internal;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

import vn.tuyengiao.platform.DomainProblem;

/**
 * For the pages: a business problem becomes a friendly Vietnamese page with a way back, never a stack
 * trace. Runs after {@link ApiProblemHandler}, which answers for REST controllers.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageProblemHandler {

	private final MessageSource messages;

	PageProblemHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(DomainProblem.class)
	ModelAndView domainProblem(DomainProblem problem, HttpServletResponse response) {
		return page(problem.status(), messages.getMessage(problem.messageKey(), problem.arguments(),
				problem.messageKey(), LocaleContextHolder.getLocale()), response);
	}

	@ExceptionHandler(ObjectOptimisticLockingFailureException.class)
	ModelAndView staleEdit(HttpServletResponse response) {
		return page(HttpStatus.CONFLICT,
				messages.getMessage("problem.stale-edit", null, LocaleContextHolder.getLocale()), response);
	}

	private ModelAndView page(HttpStatus status, String message, HttpServletResponse response) {
		response.setStatus(status.value());
		ModelAndView page = new ModelAndView("error");
		page.setStatus(status);
		page.addObject("status", status.value());
		page.addObject("message", message);
		return page;
	}

}
