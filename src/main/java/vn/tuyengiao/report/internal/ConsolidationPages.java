package vn.tuyengiao.report.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Consolidation;
import vn.tuyengiao.report.Period;

/**
 * The consolidated report's page: the specialist compiles the draft ("Tổng hợp lại") and edits the summary
 * line and each section's compiled text, the leader approves it (it gets its number; units whose report is
 * not accepted are named and must be confirmed) or revises an issued one, anyone in scope reads it and
 * downloads it. Showing the page changes nothing: without a draft it offers to compile one.
 */
@Controller
class ConsolidationPages {

	/** Above this many reporting units the page shows totals only; the XLSX has every column. */
	static final int MAX_COLUMNS_ON_PAGE = 20;

	private final Consolidation consolidation;

	private final ReportAccess access;

	private final ReportTime clock;

	ConsolidationPages(Consolidation consolidation, ReportAccess access, ReportTime clock) {
		this.consolidation = consolidation;
		this.access = access;
		this.clock = clock;
	}

	@GetMapping("/reports/consolidated")
	String show(@RequestParam String period, @RequestParam(required = false) Long unitId, Model model) {
		long unit = access.consolidatingUnit(unitId);
		Period parsed = Period.parse(period);
		model.addAttribute("period", parsed.code());
		model.addAttribute("periodName", parsed.vietnameseName());
		boolean editor = access.holds(RoleGroup.BOARD_STAFF, unit);
		ConsolidatedReport report = consolidation.find(period, unit).orElse(null);
		if (report == null) {
			model.addAttribute("canCompile", editor);
			return "report/consolidated-none";
		}
		model.addAttribute("report", report);
		model.addAttribute("showColumns", report.table().units().size() <= MAX_COLUMNS_ON_PAGE);
		boolean draft = !report.approved();
		model.addAttribute("canEdit", draft && editor);
		boolean leader = access.holds(RoleGroup.LEADERS, unit);
		model.addAttribute("canApprove", draft && leader);
		model.addAttribute("canRevise", !draft && leader);
		model.addAttribute("today", clock.today());
		return "report/consolidated";
	}

	@PostMapping("/reports/consolidated/recompile")
	String recompile(@RequestParam String period, @RequestParam(required = false) Long unitId,
			@RequestParam(required = false) Long version, RedirectAttributes redirect) {
		long unit = access.consolidatingUnit(unitId, RoleGroup.BOARD_STAFF);
		return act(period, redirect, "consolidated.compiled", () -> consolidation.recompile(period, unit, version));
	}

	@PostMapping("/reports/consolidated/revise")
	String revise(@RequestParam String period, @RequestParam(required = false) Long unitId, @RequestParam long version,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		long unit = access.consolidatingUnit(unitId, RoleGroup.LEADERS);
		return act(period, redirect, "consolidated.revised", () -> consolidation.revise(period, unit, reason, version));
	}

	@PostMapping("/reports/consolidated")
	String edit(@RequestParam String period, @RequestParam(required = false) Long unitId, @RequestParam long version,
			@RequestParam(defaultValue = "") String summary, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		long unit = access.consolidatingUnit(unitId, RoleGroup.BOARD_STAFF);
		Map<String, String> sections = new LinkedHashMap<>();
		params.forEach((name, value) -> {
			if (name.startsWith("section_")) {
				sections.put(name.substring("section_".length()), value);
			}
		});
		return act(period, redirect, "consolidated.saved", () -> consolidation.edit(period, unit, summary, sections, version));
	}

	@PostMapping("/reports/consolidated/approve")
	String approve(@RequestParam String period, @RequestParam(required = false) Long unitId, @RequestParam long version,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
			@RequestParam(defaultValue = "false") boolean confirmMissing, RedirectAttributes redirect) {
		long unit = access.consolidatingUnit(unitId, RoleGroup.LEADERS);
		return act(period, redirect, "consolidated.approved-notice",
				() -> consolidation.approve(period, unit, issuedOn, version, confirmMissing));
	}

	private static String act(String period, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainProblem problem) {
			// The page lists the missing units beside the confirmation; its message needs no arguments.
			redirect.addFlashAttribute("error", problem.messageKey().equals("consolidated.missing-unconfirmed")
					? "consolidated.missing-unconfirmed-page" : problem.messageKey());
		}
		return "redirect:/reports/consolidated?period=" + period;
	}

}
