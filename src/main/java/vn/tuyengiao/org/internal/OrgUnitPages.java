package vn.tuyengiao.org.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitType;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.platform.FormErrors;

/** The unit pages: the tree for everyone (their own subtree), and the admin's forms. */
@Controller
class OrgUnitPages {

	private final OrgUnits units;

	private final OrgUnitAccess access;

	OrgUnitPages(OrgUnits units, OrgUnitAccess access) {
		this.units = units;
		this.access = access;
	}

	@GetMapping("/org-units")
	String list(Model model) {
		model.addAttribute("form", new UnitForm());
		return listPage(model);
	}

	@PostMapping("/org-units")
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (form.getParentId() == null) {
			result.rejectValue("parentId", "org.parent.required");
		}
		else {
			access.requireMayCreateUnder(form.getParentId());
		}
		if (!result.hasErrors()) {
			try {
				OrgUnit created = units.create(new OrgUnits.NewOrgUnit(form.getParentId(), form.getType(),
						form.getName(), form.getShortName(), form.getSymbol(), form.getValidFrom()));
				redirect.addFlashAttribute("notice", "org.created");
				return "redirect:/org-units/" + created.id();
			}
			catch (DomainProblem problem) {
				FormErrors.show(problem, result);
			}
		}
		return listPage(model);
	}

	private String listPage(Model model) {
		List<OrgUnit> visible = access.visible();
		model.addAttribute("units", visible);
		model.addAttribute("depths", depths(visible));
		model.addAttribute("types", OrgUnitType.values());
		return "org/list";
	}

	@GetMapping("/org-units/{id}")
	String show(@PathVariable long id, Model model) {
		OrgUnit unit = access.visible(id);
		model.addAttribute("unit", unit);
		model.addAttribute("parent", unit.parentId() == null ? null : units.find(unit.parentId()).orElse(null));
		model.addAttribute("history", units.history(id));
		model.addAttribute("links", units.links(id).stream()
			.map(link -> new LinkView(link, units.find(link.predecessorId()).map(OrgUnit::name).orElse("?"),
					units.find(link.successorId()).map(OrgUnit::name).orElse("?")))
			.toList());
		model.addAttribute("children", access.visible().stream().filter(u -> Long.valueOf(id).equals(u.parentId())).toList());
		boolean admin = access.isAdminOf(id);
		model.addAttribute("canAdminister", admin);
		if (admin) {
			model.addAttribute("mergeCandidates", access.visible().stream()
				.filter(u -> u.id() != id && u.active() && access.isAdminOf(u.id()))
				.toList());
			if (!model.containsAttribute("renameForm")) {
				RenameForm rename = new RenameForm();
				rename.setName(unit.name());
				rename.setShortName(unit.shortName());
				rename.setSymbol(unit.symbol());
				rename.setVersion(unit.version());
				model.addAttribute("renameForm", rename);
			}
			if (!model.containsAttribute("closeForm")) {
				CloseForm close = new CloseForm();
				close.setVersion(unit.version());
				model.addAttribute("closeForm", close);
			}
			if (!model.containsAttribute("mergeForm")) {
				model.addAttribute("mergeForm", new MergeForm());
			}
		}
		return "org/show";
	}

	@PostMapping("/org-units/{id}/rename")
	String rename(@PathVariable long id, @Valid @ModelAttribute("renameForm") RenameForm form, BindingResult result,
			RedirectAttributes redirect) {
		access.requireAdminOf(id);
		if (!result.hasErrors()) {
			try {
				units.rename(id, new OrgUnits.Rename(form.getName(), form.getShortName(), form.getSymbol(),
						form.getEffectiveOn(), form.getVersion()));
				redirect.addFlashAttribute("notice", "org.renamed");
				return "redirect:/org-units/" + id;
			}
			catch (DomainProblem problem) {
				FormErrors.show(problem, result);
			}
		}
		return keepErrors(id, "renameForm", form, result, redirect);
	}

	@PostMapping("/org-units/{id}/close")
	String close(@PathVariable long id, @Valid @ModelAttribute("closeForm") CloseForm form, BindingResult result,
			RedirectAttributes redirect) {
		access.requireAdminOf(id);
		if (!result.hasErrors()) {
			try {
				units.close(id, new OrgUnits.Close(form.getLastDay(), form.getVersion()));
				redirect.addFlashAttribute("notice", "org.closed");
				return "redirect:/org-units/" + id;
			}
			catch (DomainProblem problem) {
				FormErrors.show(problem, result);
			}
		}
		return keepErrors(id, "closeForm", form, result, redirect);
	}

	/** Merges the chosen units into this one. */
	@PostMapping("/org-units/{id}/merge")
	String merge(@PathVariable long id, @Valid @ModelAttribute("mergeForm") MergeForm form, BindingResult result,
			RedirectAttributes redirect) {
		access.requireAdminOf(id);
		form.getSourceIds().forEach(access::requireAdminOf);
		if (!result.hasErrors()) {
			try {
				units.merge(new OrgUnits.Merge(form.getSourceIds(), id, form.getEffectiveOn()));
				redirect.addFlashAttribute("notice", "org.merged");
				return "redirect:/org-units/" + id;
			}
			catch (DomainProblem problem) {
				FormErrors.show(problem, result);
			}
		}
		return keepErrors(id, "mergeForm", form, result, redirect);
	}

	/** Post/redirect/get that keeps the form and its errors for the next page. */
	private static String keepErrors(long id, String name, Object form, BindingResult result,
			RedirectAttributes redirect) {
		redirect.addFlashAttribute(name, form);
		redirect.addFlashAttribute(BindingResult.MODEL_KEY_PREFIX + name, result);
		return "redirect:/org-units/" + id;
	}

	private static java.util.Map<Long, Integer> depths(List<OrgUnit> ordered) {
		java.util.Map<Long, Integer> depth = new java.util.HashMap<>();
		for (OrgUnit unit : ordered) {
			depth.put(unit.id(), unit.parentId() == null ? 0 : depth.getOrDefault(unit.parentId(), -1) + 1);
		}
		return depth;
	}

	record LinkView(vn.tuyengiao.org.OrgUnitLink link, String predecessorName, String successorName) {
	}

	/** The fields that name a unit, common to creating and renaming one. */
	public static class NamingFields {

		@NotBlank(message = "{validation.required}")
		@Size(max = 200, message = "{validation.too-long}")
		private String name;

		@NotBlank(message = "{validation.required}")
		@Size(max = 80, message = "{validation.too-long}")
		private String shortName;

		@Size(max = 30, message = "{validation.too-long}")
		@Pattern(regexp = "[\\p{L}0-9]*", message = "{org.symbol.invalid}")
		private String symbol;

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getShortName() {
			return shortName;
		}

		public void setShortName(String shortName) {
			this.shortName = shortName;
		}

		public String getSymbol() {
			return symbol;
		}

		public void setSymbol(String symbol) {
			this.symbol = symbol;
		}

	}

	public static class UnitForm extends NamingFields {

		private Long parentId;

		@NotNull(message = "{validation.required}")
		private OrgUnitType type;

		@NotNull(message = "{validation.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate validFrom = VietnamTime.today();

		public Long getParentId() {
			return parentId;
		}

		public void setParentId(Long parentId) {
			this.parentId = parentId;
		}

		public OrgUnitType getType() {
			return type;
		}

		public void setType(OrgUnitType type) {
			this.type = type;
		}

		public LocalDate getValidFrom() {
			return validFrom;
		}

		public void setValidFrom(LocalDate validFrom) {
			this.validFrom = validFrom;
		}

	}

	public static class RenameForm extends NamingFields {

		@NotNull(message = "{validation.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate effectiveOn;

		private Long version;

		public LocalDate getEffectiveOn() {
			return effectiveOn;
		}

		public void setEffectiveOn(LocalDate effectiveOn) {
			this.effectiveOn = effectiveOn;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	public static class CloseForm {

		@NotNull(message = "{validation.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate lastDay;

		private Long version;

		public LocalDate getLastDay() {
			return lastDay;
		}

		public void setLastDay(LocalDate lastDay) {
			this.lastDay = lastDay;
		}

		public Long getVersion() {
			return version;
		}

		public void setVersion(Long version) {
			this.version = version;
		}

	}

	public static class MergeForm {

		@jakarta.validation.constraints.NotEmpty(message = "{validation.required}")
		private List<Long> sourceIds = new ArrayList<>();

		@NotNull(message = "{validation.required}")
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
		private LocalDate effectiveOn;

		public List<Long> getSourceIds() {
			return sourceIds;
		}

		public void setSourceIds(List<Long> sourceIds) {
			this.sourceIds = sourceIds;
		}

		public LocalDate getEffectiveOn() {
			return effectiveOn;
		}

		public void setEffectiveOn(LocalDate effectiveOn) {
			this.effectiveOn = effectiveOn;
		}

	}

}
