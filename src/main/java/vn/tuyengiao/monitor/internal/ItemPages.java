package vn.tuyengiao.monitor.internal;

import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.tuyengiao.monitor.ItemSearch;

/** The item pages: search over the items under {@code /monitor/items}, and an item with its versions. */
@Controller
class ItemPages {

	private final ItemSearch search;

	private final ItemDetails details;

	private final MonitorAccess access;

	private final ItemReferenceLookup references;

	ItemPages(ItemSearch search, ItemDetails details, MonitorAccess access, ItemReferenceLookup references) {
		this.search = search;
		this.details = details;
		this.access = access;
		this.references = references;
	}

	@GetMapping("/monitor/items")
	String items(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean exact,
			@RequestParam(required = false) String outlet, @RequestParam(required = false) String kind,
			@RequestParam(required = false) String language, @RequestParam(required = false) String month,
			@RequestParam(required = false) String sort, @RequestParam(defaultValue = "0") int page, Model model) {
		access.requireReader();
		new vn.tuyengiao.platform.Paging(page, SearchLink.PAGE_SIZE);
		SearchLink link = new SearchLink(q, exact, outlet, kind, language, month, sort, page);
		ItemSearch.Result result = search.search(link.query());
		model.addAttribute("link", link);
		model.addAttribute("result", result);
		model.addAttribute("pages", (int) Math.min(Integer.MAX_VALUE, (result.total() + result.size() - 1) / result.size()));
		return "monitor/items";
	}

	@GetMapping("/monitor/items/{id}")
	String item(@PathVariable long id, Model model) {
		ItemDetails.Item item = details.get(id);
		model.addAttribute("item", item);
		model.addAttribute("paragraphs", paragraphs(item.text()));
		List<vn.tuyengiao.monitor.ItemReferences.Reference> refs = references.about(List.of(id)).getOrDefault(id, List.of());
		model.addAttribute("references", refs);
		model.addAttribute("inOpenCase", ItemReferenceLookup.anyOpen(refs));
		return "monitor/item";
	}

	static List<String> paragraphs(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
