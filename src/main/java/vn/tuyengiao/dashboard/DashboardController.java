package vn.tuyengiao.dashboard;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.UnitOutOfScope;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.platform.Reminders;

/** The home page: who you are, the units you work for, and the four pillars. */
@Controller
class DashboardController {

	/** The four pillars of the platform, in the order the navigation shows them. */
	static final List<String> PILLARS = List.of("cycle", "monitor", "response", "opinion");

	private final AccessScope scope;

	private final OrgUnits units;

	private final List<Reminders> reminders;

	DashboardController(AccessScope scope, OrgUnits units, List<Reminders> reminders) {
		this.scope = scope;
		this.units = units;
		this.reminders = reminders;
	}

	@GetMapping("/")
	String dashboard(Model model) {
		CurrentUser user = scope.current();
		List<OrgUnit> mine = units.all().stream().filter(unit -> user.covers(unit.id())).toList();
		model.addAttribute("units", mine);
		Navigation.Menu menu = Navigation.Menu.of(user);
		model.addAttribute("pillars", PILLARS.stream().filter(menu::opens).toList());
		model.addAttribute("reminders", reminders.stream().flatMap(r -> r.forCurrentUser().stream()).toList());
		return "dashboard/index";
	}

	/** A pillar's entry page, for the users whose roles open its pages. */
	@GetMapping("/pillars/{pillar}")
	String pillar(@PathVariable String pillar, Model model) {
		if (!PILLARS.contains(pillar)) {
			throw new NotFound("problem.not-found");
		}
		if (!Navigation.Menu.of(scope.current()).opens(pillar)) {
			throw new UnitOutOfScope(scope.current().grantedUnitIds().stream().findFirst().orElse(0L));
		}
		model.addAttribute("pillar", pillar);
		return "dashboard/pillar";
	}

}
