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

import vn.tuyengiao.access.Role;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Consolidation;
import vn.tuyengiao.report.Period;

/**
 * The consolidated report's page: the specialist edits the summary line and each section's compiled
 * text, the leader approves it (it gets its number), anyone in scope reads it and downloads it.
 */
@Controller
class ConsolidationPages {

	/** Above this many reporting units the page shows totals only; the XLSX has every column. */
	static final int MAX_COLUMNS_ON_PAGE = 20;

	private final Consolidation consolidation;

	private final ReportAccess access;

	ConsolidationPages(Consolidation consolidation, ReportAccess access) {
		this.consolidation = consolidation;
		this.access = access;
	}

	@GetMapping("/reports/consolidated")
	String show(@RequestParam String period, @RequestParam(required = false) Long unitId, Model model) {
		long unit = access.consolidatingUnit(unitId);
		ConsolidatedReport report = consolidation.of(period, unit);
		model.addAttribute("report", report);
		model.addAttribute("periodName", Period.parse(report.period()).vietnameseName());
		model.addAttribute("showColumns", report.table().units().size() <= MAX_COLUMNS_ON_PAGE);
		boolean draft = "DRAFT".equals(report.status());
		model.addAttribute("canEdit", draft && access.hasRoleOn(unit, Role.SPECIALIST, Role.LEADER));
		model.addAttribute("canApprove", draft && access.hasRoleOn(unit, Role.LEADER));
		model.addAttribute("today", LocalDate.now());
		return "report/consolidated";
	}

	@PostMapping("/reports/consolidated")
	String edit(@RequestParam String period, @RequestParam(required = false) Long unitId, @RequestParam long version,
			@RequestParam(defaultValue = "") String summary, @RequestParam Map<String, String> params,
			RedirectAttributes redirect) {
		long unit = access.consolidatingUnit(unitId, Role.SPECIALIST, Role.LEADER);
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
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn, RedirectAttributes redirect) {
		long unit = access.consolidatingUnit(unitId, Role.LEADER);
		return act(period, redirect, "consolidated.approved-notice", () -> consolidation.approve(period, unit, issuedOn, version));
	}

	private static String act(String period, RedirectAttributes redirect, String notice, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", notice);
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("error", problem.messageKey());
		}
		return "redirect:/reports/consolidated?period=" + period;
	}

}
