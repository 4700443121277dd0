package vn.tuyengiao.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.RoleGroup;

/**
 * What the menu and the home page offer the signed-in user: only the pages their roles open. The roles are those
 * the modules check: the quarterly cycle (reports, briefings, tasks) for everyone but collaborators, monitoring and
 * response for analysts (specialists, leaders, viewers, administrators).
 */
@ControllerAdvice(annotations = Controller.class)
class Navigation {

	private final AccessScope scope;

	Navigation(AccessScope scope) {
		this.scope = scope;
	}

	/** The parts of the platform the user may open; on every page, for the layout's menu. */
	public record Menu(boolean cycle, boolean monitoring, boolean response, boolean admin) {

		static Menu of(CurrentUser user) {
			return new Menu(user.holds(RoleGroup.CYCLE_READERS), user.holds(RoleGroup.ANALYSTS), user.holds(RoleGroup.ANALYSTS),
					user.isAdmin());
		}

		/** Whether a pillar's page is open to the user. */
		public boolean opens(String pillar) {
			return switch (pillar) {
				case "cycle" -> cycle;
				case "monitor" -> monitoring;
				case "response" -> response;
				default -> true;
			};
		}

	}

	@ModelAttribute
	void menu(org.springframework.ui.Model model) {
		scope.currentIfAny().ifPresent(user -> model.addAttribute("menu", Menu.of(user)));
	}

}
