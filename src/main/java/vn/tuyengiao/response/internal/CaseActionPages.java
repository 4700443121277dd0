package vn.tuyengiao.response.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases;

/**
 * The changes posted from a case page (move, assign, link items, record a response and its outcome, capture
 * evidence again); each comes back to the case page with a notice or the reason it was refused.
 */
@Controller
class CaseActionPages {

	private final Cases cases;

	private final ResponseService responses;

	private final EvidenceService captures;

	private final MessageSource messages;

	CaseActionPages(Cases cases, ResponseService responses, EvidenceService captures, MessageSource messages) {
		this.cases = cases;
		this.responses = responses;
		this.captures = captures;
		this.messages = messages;
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
		for (String part : CasePageParts.list(itemIds)) {
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
			redirect.addFlashAttribute("actionError", CasePageParts.message(messages, problem));
		}
		return "redirect:/response/cases/" + id;
	}

}
