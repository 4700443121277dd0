package vn.tuyengiao.report.internal;

import java.math.BigDecimal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.report.Aggregation;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.report.ValueType;

/**
 * The admin's page for work areas and indicators: rename, reorder or retire an area, add an indicator
 * (changing one is {@code PUT /api/indicators/{id}}; its code stays, since earlier reports use it).
 * Forms built from the catalogue later take the change; forms already assigned keep what they had.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class CataloguePages {

	private final ReportCatalogue catalogue;

	CataloguePages(ReportCatalogue catalogue) {
		this.catalogue = catalogue;
	}

	@GetMapping("/admin/catalogue")
	String show(Model model) {
		model.addAttribute("areas", catalogue.workAreas());
		model.addAttribute("indicators", catalogue.indicators());
		model.addAttribute("types", ValueType.values());
		model.addAttribute("aggregations", Aggregation.values());
		return "report/catalogue";
	}

	@PostMapping("/admin/catalogue/areas/{id}")
	String area(@PathVariable long id, @RequestParam String name, @RequestParam int position,
			@RequestParam(defaultValue = "false") boolean active, @RequestParam long version, RedirectAttributes redirect) {
		return act(redirect, () -> catalogue.updateWorkArea(id, new ReportCatalogue.WorkAreaChange(name, position, active, version)));
	}

	@PostMapping("/admin/catalogue/indicators")
	String create(@RequestParam String workAreaCode, @RequestParam String code, @RequestParam String name,
			@RequestParam String unitOfMeasure, @RequestParam ValueType type, @RequestParam Aggregation aggregation,
			@RequestParam(required = false) BigDecimal minValue, @RequestParam(required = false) BigDecimal maxValue,
			@RequestParam(defaultValue = "false") boolean required, RedirectAttributes redirect) {
		if (name.isBlank() || unitOfMeasure.isBlank() || !code.matches("[A-Z0-9_]{2,40}")) {
			redirect.addFlashAttribute("error", code.matches("[A-Z0-9_]{2,40}") ? "catalogue.form.required" : "indicator.code.invalid");
			return "redirect:/admin/catalogue";
		}
		return act(redirect, () -> catalogue.createIndicator(new ReportCatalogue.IndicatorDefinition(workAreaCode, code,
				name, unitOfMeasure, type, aggregation, minValue, maxValue, required, true)));
	}

	private static String act(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("notice", "saved");
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("error", problem.messageKey());
		}
		return "redirect:/admin/catalogue";
	}

}
