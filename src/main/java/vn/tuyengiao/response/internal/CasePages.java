package vn.tuyengiao.response.internal;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases;

/**
 * The response pages that show cases: the cases of the caller's units, and one case with its workflow, items,
 * evidence, responses and timeline. A new case is {@link CaseFormPages}; the changes posted from a case page are
 * {@link CaseActionPages}.
 */
@Controller
class CasePages {

	private final Cases cases;

	private final Items items;

	private final EvidenceLocker evidence;

	private final ReportCatalogue catalogue;

	private final Accounts accounts;

	private final AccessScope scope;

	private final ResponseService responses;

	CasePages(Cases cases, Items items, EvidenceLocker evidence, ReportCatalogue catalogue, Accounts accounts,
			AccessScope scope, ResponseService responses) {
		this.cases = cases;
		this.items = items;
		this.evidence = evidence;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.scope = scope;
		this.responses = responses;
	}

	@ModelAttribute("times")
	CasePageParts.Times times() {
		return new CasePageParts.Times();
	}

	@ModelAttribute("workAreas")
	Map<String, String> workAreas() {
		return CasePageParts.workAreas(catalogue);
	}

	@GetMapping("/response/cases")
	String list(@RequestParam(defaultValue = "open") String show, Model model) {
		List<Cases.Case> all = cases.visible();
		model.addAttribute("cases", all.stream().filter(c -> switch (show) {
			case "closed" -> c.status() == CaseStatus.CLOSED;
			case "all" -> true;
			default -> c.status() != CaseStatus.CLOSED;
		}).toList());
		model.addAttribute("show", show);
		model.addAttribute("overdue", all.stream().filter(Cases.Case::overdue).count());
		model.addAttribute("canOpen", scope.current().holds(RoleGroup.HANDLERS));
		return "response/cases";
	}

	@GetMapping("/response/cases/{id}")
	String show(@PathVariable long id, Model model) {
		Cases.Case c = cases.get(id);
		model.addAttribute("c", c);
		model.addAttribute("items", CasePageParts.rows(items, c.itemIds()));
		model.addAttribute("evidence", evidence.of(id));
		model.addAttribute("responses", responses.of(id));
		model.addAttribute("responseKinds", ResponseKind.values());
		model.addAttribute("agencyKinds", AgencyKind.values());
		boolean handles = scope.holds(RoleGroup.HANDLERS, c.ownerUnitId());
		model.addAttribute("canHandle", handles);
		model.addAttribute("handlers", handles ? accounts.holdersOf(c.ownerUnitId(), RoleGroup.HANDLERS) : List.of());
		return "response/case";
	}

}
