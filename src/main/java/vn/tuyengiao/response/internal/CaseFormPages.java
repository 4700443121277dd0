package vn.tuyengiao.response.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.response.Cases;

/** The new-case page: a case opened from a flagged item or a story, or by hand. */
@Controller
class CaseFormPages {

	/** The new-case form as posted; item ids come from the item the case is opened from. */
	record CaseForm(String title, String claim, String summary, String severity, String workArea, String places,
			String period, List<Long> itemIds, Long storyId) {
	}

	private final Cases cases;

	private final Items items;

	private final ReportCatalogue catalogue;

	private final MessageSource messages;

	private final CaseItemReferences references;

	CaseFormPages(Cases cases, Items items, ReportCatalogue catalogue, MessageSource messages,
			CaseItemReferences references) {
		this.cases = cases;
		this.items = items;
		this.catalogue = catalogue;
		this.messages = messages;
		this.references = references;
	}

	@ModelAttribute("workAreas")
	Map<String, String> workAreas() {
		return CasePageParts.workAreas(catalogue);
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
					form.workArea(), CasePageParts.list(form.places()), null));
			return "redirect:/response/cases/" + opened.id() + "?opened";
		}
		catch (DomainProblem problem) {
			model.addAttribute("form", form);
			model.addAttribute("formError", CasePageParts.message(messages, problem));
			return form(model, itemIds);
		}
	}

	private String form(Model model, List<Long> itemIds) {
		model.addAttribute("items", CasePageParts.rows(items, itemIds));
		// the cases these items are already in: a second case about the same post is usually a mistake
		model.addAttribute("existing", references.about(itemIds).values().stream().flatMap(List::stream).distinct().toList());
		return "response/case-form";
	}

}
