package vn.tuyengiao.monitor.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

import vn.tuyengiao.platform.DomainProblem;

/** A problem as the monitoring pages show it: its message in the request's language. */
final class ProblemMessages {

	private ProblemMessages() {
	}

	static String of(MessageSource messages, DomainProblem problem) {
		return messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
				LocaleContextHolder.getLocale());
	}

}
