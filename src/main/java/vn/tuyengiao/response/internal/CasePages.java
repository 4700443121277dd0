package vn.tuyengiao.response.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.report.WorkArea;
import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases;

/**
 * The response pages: the cases of the caller's units with their notices, a new case (from a flagged item or a
 * story, or by hand), and one case with its workflow, items, evidence and timeline.
 */
@Controller
class CasePages {

	/** The new-case form as posted; item ids come from the item the case is opened from. */
	record CaseForm(String title, String claim, String summary, String severity, String workArea, String places,
			String period, List<Long> itemIds, Long storyId) {
	}

	/** An item of the case as its page lists it; title null when the item is no longer there. */
	record ItemRow(long id, String title, String url, String outlet, Instant publishedAt, int riskScore) {
	}

	/** Times in Vietnam, for the templates. */
	static final class Times {

		public String format(Instant at) {
			return CaseFormats.dateTime(at);
		}

	}

	private final Cases cases;

	private final Items items;

	private final EvidenceLocker evidence;

	private final ReportCatalogue catalogue;

	private final Accounts accounts;

	private final AccessScope scope;

	private final MessageSource messages;

	private final ResponseService responses;

	private final EvidenceService captures;

	private final CaseItemReferences references;

	CasePages(Cases cases, Items items, EvidenceLocker evidence, ReportCatalogue catalogue, Accounts accounts,
			AccessScope scope, MessageSource messages, ResponseService responses, EvidenceService captures,
			CaseItemReferences references) {
		this.cases = cases;
		this.items = items;
		this.evidence = evidence;
		this.catalogue = catalogue;
		this.accounts = accounts;
		this.scope = scope;
		this.messages = messages;
		this.responses = responses;
		this.captures = captures;
		this.references = references;
	}

	@ModelAttribute("times")
	Times times() {
		return new Times();
	}

	@ModelAttribute("workAreas")
	Map<String, String> workAreas() {
		Map<String, String> names = new LinkedHashMap<>();
		for (WorkArea area : catalogue.workAreas()) {
			names.put(area.code(), area.name());
		}
		return names;
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
		model.addAttribute("canOpen", canOpen());
		return "response/cases";
	}

	@GetMapping("/response/cases/new")
	String newCase(@RequestParam(required = false) Long itemId, @RequestParam(required = false) Long storyId, Model model) {
		List<Long> itemIds = new ArrayList<>();
		String title = "";
		String workArea = null;
		List<String> places = List.of();
		if (itemId != null) {
			Items.Item item = items.find(itemId).orElse(null);
			if (item != null) {
				itemIds.add(item.id());
				title = item.title();
				workArea = item.workArea();
				places = item.placeNames();
				storyId = storyId == null ? item.storyId() : storyId;
			}
		}
		else if (storyId != null) {
			// a story: its items are linked when the case is opened; its first item names it until the user does
			List<Items.Item> story = items.ofStory(storyId);
			if (!story.isEmpty()) {
				title = story.get(0).title();
				workArea = story.get(0).workArea();
				places = story.get(0).placeNames();
			}
			model.addAttribute("storyItems", story.size() > 20 ? story.subList(0, 20) : story);
		}
		model.addAttribute("form", new CaseForm(title, "", "", "MEDIUM", workArea, String.join(", ", places), "", itemIds,
				storyId));
		return form(model, itemIds);
	}

	@PostMapping("/response/cases")
	String open(@ModelAttribute CaseForm form, Model model) {
		List<Long> itemIds = form.itemIds() == null ? List.of() : form.itemIds();
		try {
			Cases.Case opened = cases.open(new Cases.NewCase(form.title(), form.claim(), form.summary(), itemIds,
					form.storyId() == null ? List.of() : List.of(form.storyId()), form.severity(), null, form.period(),
					form.workArea(), list(form.places()), null));
			return "redirect:/response/cases/" + opened.id() + "?opened";
		}
		catch (DomainProblem problem) {
			model.addAttribute("form", form);
			model.addAttribute("formError", message(problem));
			return form(model, itemIds);
		}
	}

	private String form(Model model, List<Long> itemIds) {
		model.addAttribute("items", rows(itemIds));
		// the cases these items are already in: a second case about the same post is usually a mistake
		model.addAttribute("existing", references.about(itemIds).values().stream().flatMap(List::stream).distinct().toList());
		return "response/case-form";
	}

	@GetMapping("/response/cases/{id}")
	String show(@PathVariable long id, Model model) {
		Cases.Case c = cases.get(id);
		model.addAttribute("c", c);
		model.addAttribute("items", rows(c.itemIds()));
		model.addAttribute("evidence", evidence.of(id));
		model.addAttribute("responses", responses.of(id));
		model.addAttribute("responseKinds", ResponseKind.values());
		model.addAttribute("agencyKinds", AgencyKind.values());
		boolean handles = scope.holds(RoleGroup.HANDLERS, c.ownerUnitId());
		model.addAttribute("canHandle", handles);
		model.addAttribute("handlers", handles ? accounts.holdersOf(c.ownerUnitId(), RoleGroup.HANDLERS) : List.of());
		return "response/case";
	}

	@PostMapping("/response/cases/{id}/move")
	String move(@PathVariable long id, @RequestParam CaseStatus to, @RequestParam(required = false) String note,
			@RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, () -> cases.move(id, to, note, version));
	}

	@PostMapping("/response/cases/{id}/assign")
	String assign(@PathVariable long id, @RequestParam String assignee, @RequestParam(required = false) String note,
			@RequestParam long version, RedirectAttributes redirect) {
		return act(id, redirect, () -> cases.assign(id, assignee, note, version));
	}

	@PostMapping("/response/cases/{id}/items")
	String link(@PathVariable long id, @RequestParam String itemIds, @RequestParam(required = false) String note,
			RedirectAttributes redirect) {
		List<Long> ids = new ArrayList<>();
		for (String part : list(itemIds)) {
			try {
				ids.add(Long.parseLong(part));
			}
			catch (NumberFormatException ex) {
				redirect.addFlashAttribute("actionError", messages.getMessage("response.page.case.bad-item-ids",
						new Object[] { part }, LocaleContextHolder.getLocale()));
				return "redirect:/response/cases/" + id;
			}
		}
		return act(id, redirect, () -> cases.link(id, ids, note));
	}

	@PostMapping("/response/cases/{id}/responses")
	String respond(@PathVariable long id, @ModelAttribute ResponseService.NewResponse response, RedirectAttributes redirect) {
		return act(id, redirect, () -> responses.record(id, response));
	}

	@PostMapping("/response/cases/{id}/responses/{responseId}/outcome")
	String outcome(@PathVariable long id, @PathVariable long responseId, @ModelAttribute ResponseService.OutcomeUpdate update,
			RedirectAttributes redirect) {
		return act(id, redirect, () -> responses.recordOutcome(id, responseId, update));
	}

	@PostMapping("/response/cases/{id}/evidence")
	String recapture(@PathVariable long id, @RequestParam long itemId, RedirectAttributes redirect) {
		return act(id, redirect, () -> captures.recapture(id, itemId));
	}

	/** Does one change; a refused one comes back to the case page as a message, nothing else changed. */
	private String act(long id, RedirectAttributes redirect, Runnable change) {
		try {
			change.run();
			redirect.addFlashAttribute("notice", "response.page.case.saved");
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("actionError", message(problem));
		}
		return "redirect:/response/cases/" + id;
	}

	private List<ItemRow> rows(List<Long> itemIds) {
		List<ItemRow> rows = new ArrayList<>();
		for (Long itemId : itemIds.size() > 200 ? itemIds.subList(0, 200) : itemIds) {
			rows.add(items.find(itemId)
				.map(i -> new ItemRow(i.id(), i.title(), i.url(), i.outlet(), i.publishedAt(), i.riskScore()))
				.orElse(new ItemRow(itemId, null, null, null, null, 0)));
		}
		return rows;
	}

	private boolean canOpen() {
		return scope.current().holds(RoleGroup.HANDLERS);
	}

	private static List<String> list(String text) {
		return text == null ? List.of()
				: Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The problem's message, then what is wrong with each field it names. */
	private String message(DomainProblem problem) {
		StringBuilder text = new StringBuilder(
				messages.getMessage(problem.messageKey(), problem.arguments(), LocaleContextHolder.getLocale()));
		for (DomainProblem.FieldProblem field : problem.fieldProblems()) {
			String name = messages.getMessage("response.field." + field.field(), null, field.field(), LocaleContextHolder.getLocale());
			text.append(' ').append(name).append(": ")
				.append(messages.getMessage(field.messageKey(), field.arguments(), LocaleContextHolder.getLocale()));
		}
		return text.toString();
	}

}
