package vn.tuyengiao.access.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.tuyengiao.access.AccessScope;

/** Puts the signed-in user on every page's model, for the layout's menu and name. */
@ControllerAdvice(annotations = Controller.class)
class CurrentUserAdvice {

	private final AccessScope scope;

	CurrentUserAdvice(AccessScope scope) {
		this.scope = scope;
	}

	@ModelAttribute
	void currentUser(Model model) {
		scope.currentIfAny().ifPresent(user -> model.addAttribute("currentUser", user));
	}

}
