package vn.tuyengiao.platform;

import org.springframework.validation.BindingResult;

/** Puts a business problem next to the form field it is about, so the page shows it where the user looks. */
public final class FormErrors {

	private FormErrors() {
	}

	public static void show(DomainProblem problem, BindingResult form) {
		if (problem.field() != null && form.getTarget() != null
				&& org.springframework.beans.BeanUtils.getPropertyDescriptor(form.getTarget().getClass(), problem.field()) != null) {
			form.rejectValue(problem.field(), problem.messageKey(), problem.arguments(), problem.messageKey());
		}
		else {
			form.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
		}
	}

}
