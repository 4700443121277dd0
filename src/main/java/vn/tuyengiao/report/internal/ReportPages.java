package vn.tuyengiao.report.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.platform.DomainProblem.FieldProblem;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.report.ReportCycle;
import vn.tuyengiao.report.ReportStatus;
import vn.tuyengiao.report.UnitReport;

/**
 * The quarterly cycle's pages: a period's reports with their completeness, and a unit's report, which
 * saves every field as it is typed (htmx) so a closed tab loses nothing.
 */
@Controller
class ReportPages {

	/** Field names on the page: {@code value_NQ01}, {@code narrative_THAM_MUU}. */
	static final String VALUE = "value_";

	static final String NARRATIVE = "narrative_";

	private final ReportCycle cycle;

	private final ReportCatalogue catalogue;

	private final ReportAccess access;

	private final MessageSource messages;

	private final List<vn.tuyengiao.report.ReportAgenda> agendas;

	ReportPages(ReportCycle cycle, ReportCatalogue catalogue, ReportAccess access, MessageSource messages,
			List<vn.tuyengiao.report.ReportAgenda> agendas) {
		this.cycle = cycle;
		this.catalogue = catalogue;
		this.access = access;
		this.messages = messages;
		this.agendas = agendas;
	}

	@GetMapping("/pillars/cycle")
	String pillar() {
		return "redirect:/reports";
	}

	@GetMapping("/reports")
	String list(@RequestParam(required = false) String period, Model model) {
		List<Period> periods = cycle.periods();
		Period shown = period != null ? Period.parse(period) : periods.isEmpty() ? null : periods.get(0);
		model.addAttribute("periods", periods);
		model.addAttribute("period", shown);
		if (shown != null) {
			model.addAttribute("completeness", cycle.completeness(shown.code(), access.visibleUnits()));
		}
		return "report/list";
	}

	@GetMapping("/reports/{id}")
	String show(@PathVariable long id, Model model) {
		UnitReport report = access.readable(id);
		model.addAttribute("report", report);
		model.addAttribute("form", catalogue.form(report.formCode()));
		model.addAttribute("periodName", Period.parse(report.period()).vietnameseName());
		model.addAttribute("agenda", agendas.stream()
			.flatMap(agenda -> agenda.itemsFor(report.unitId(), Period.parse(report.period())).stream())
			.toList());
		boolean editable = (report.status() == ReportStatus.DRAFT || report.status() == ReportStatus.RETURNED)
				&& access.canEdit(report);
		model.addAttribute("editable", editable);
		model.addAttribute("canReview", report.status() == ReportStatus.SUBMITTED && access.canReview(report));
		model.addAttribute("canReopen", report.status() == ReportStatus.ACCEPTED && access.canReopen(report));
		if (!model.containsAttribute("errors")) {
			model.addAttribute("errors", Map.of());
		}
		return "report/show";
	}

	/** The autosave of one value: answers the message to show next to the field, and the new version. */
	@PostMapping("/reports/{id}/values/{code}")
	String saveValue(@PathVariable long id, @PathVariable String code, @RequestParam Map<String, String> params,
			@RequestParam long version, Model model) {
		access.editable(id);
		model.addAttribute("code", code);
		try {
			ReportCycle.ValueCheck check = cycle.saveDraftValue(id, code, params.getOrDefault(VALUE + code, ""), version);
			model.addAttribute("error", text(check.error()));
			model.addAttribute("warning", text(check.warning()));
			model.addAttribute("version", check.version());
			return "report/autosave :: value";
		}
		catch (Conflict conflict) {
			return "report/autosave :: conflict";
		}
	}

	@PostMapping("/reports/{id}/narratives/{code}")
	String saveNarrative(@PathVariable long id, @PathVariable String code, @RequestParam Map<String, String> params,
			@RequestParam long version, Model model) {
		access.editable(id);
		model.addAttribute("code", code);
		try {
			model.addAttribute("version",
					cycle.saveDraftNarrative(id, code, params.getOrDefault(NARRATIVE + code, ""), version));
			return "report/autosave :: narrative";
		}
		catch (Conflict conflict) {
			return "report/autosave :: conflict";
		}
	}

	/**
	 * Submits what the page holds: every field is saved as typed first (an autosave may still be on its
	 * way when the button is pressed), then the report is checked and submitted.
	 */
	@PostMapping("/reports/{id}/submit")
	String submit(@PathVariable long id, @RequestParam long version, @RequestParam Map<String, String> params,
			@RequestParam(defaultValue = "false") boolean confirmOutliers, Model model, RedirectAttributes redirect) {
		access.editable(id);
		try {
			long current = version;
			for (Map.Entry<String, String> field : params.entrySet()) {
				if (field.getKey().startsWith(VALUE)) {
					current = cycle.saveDraftValue(id, field.getKey().substring(VALUE.length()), field.getValue(), current).version();
				}
				else if (field.getKey().startsWith(NARRATIVE)) {
					current = cycle.saveDraftNarrative(id, field.getKey().substring(NARRATIVE.length()), field.getValue(), current);
				}
			}
			// The page's own autosaves may have moved the version on since: submit what is there now.
			cycle.submit(id, cycle.find(id).orElseThrow().version(), confirmOutliers);
			redirect.addFlashAttribute("notice", "report.submitted");
			return "redirect:/reports/" + id;
		}
		catch (org.springframework.orm.ObjectOptimisticLockingFailureException raced) {
			model.addAttribute("problem", messages.getMessage("problem.stale-edit", null, LocaleContextHolder.getLocale()));
			model.addAttribute("outliers", false);
			model.addAttribute("errors", Map.of());
			return show(id, model);
		}
		catch (DomainProblem problem) {
			model.addAttribute("problem", messages.getMessage(problem.messageKey(), problem.arguments(),
					problem.messageKey(), LocaleContextHolder.getLocale()));
			model.addAttribute("outliers", problem instanceof ReportOutliers.OutliersNeedConfirmation);
			Map<String, String> errors = new LinkedHashMap<>();
			problem.fieldProblems().forEach(p -> errors.put(p.field().replaceFirst("^values\\.", ""), text(p)));
			model.addAttribute("errors", errors);
			return show(id, model);
		}
	}

	@PostMapping("/reports/{id}/return")
	String returnForCorrection(@PathVariable long id, @RequestParam long version,
			@RequestParam(defaultValue = "") String comment, RedirectAttributes redirect) {
		access.reviewable(id);
		return act(id, redirect, "report.returned", () -> cycle.returnForCorrection(id, comment, version));
	}

	@PostMapping("/reports/{id}/accept")
	String accept(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		access.reviewable(id);
		return act(id, redirect, "report.accepted", () -> cycle.accept(id, version));
	}

	@PostMapping("/reports/{id}/reopen")
	String reopen(@PathVariable long id, @RequestParam long version, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		access.reopenable(id);
		return act(id, redirect, "report.reopened", () -> cycle.reopen(id, reason, version));
	}

	private String act(long id, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("error", problem.messageKey());
		}
		return "redirect:/reports/" + id;
	}

	private String text(FieldProblem problem) {
		return problem == null ? null
				: messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
						LocaleContextHolder.getLocale());
	}

}
