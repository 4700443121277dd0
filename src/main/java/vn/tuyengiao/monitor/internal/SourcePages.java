package vn.tuyengiao.monitor.internal;

import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.monitor.FetchCounts;
import vn.tuyengiao.monitor.Source;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.monitor.Sources;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.platform.FormErrors;

/**
 * The source pages under {@code /monitor/sources}: the sources with their health, a source, and the editor with
 * its trial reading. Analysts read the sources of their units, a unit's handlers manage them.
 */
@Controller
class SourcePages {

	static final List<String> LANGUAGES = List.of("vi", "en", "other");

	/** A source in the list: what it is and how it is doing. */
	record SourceRow(Source source, SourceStatus status) {
	}

	/** The health badge of a source, from its latest reading and its volume. */
	enum SourceStatus {
		OK, ERROR, QUIET, REFUSED, NEVER;

		static SourceStatus of(Sources.Health health) {
			Sources.Reading last = health.recent().stream()
				.filter(r -> !"RUNNING".equals(r.outcome()))
				.findFirst()
				.orElse(null);
			if (last == null) {
				return NEVER;
			}
			if ("REFUSED".equals(last.outcome())) {
				return REFUSED;
			}
			if ("ERROR".equals(last.outcome())) {
				return ERROR;
			}
			return health.quiet() ? QUIET : OK;
		}
	}

	private final Sources sources;

	private final SourcePreview preview;

	private final MonitorAccess access;

	private final MessageSource messages;

	SourcePages(Sources sources, SourcePreview preview, MonitorAccess access, MessageSource messages) {
		this.sources = sources;
		this.preview = preview;
		this.access = access;
		this.messages = messages;
	}

	@GetMapping("/monitor/sources")
	String sources(Model model) {
		CurrentUser user = access.requireReader();
		model.addAttribute("rows", sources.ownedBy(access.readableUnits()).stream()
			.map(s -> new SourceRow(s, SourceStatus.of(sources.health(s.id()))))
			.toList());
		model.addAttribute("canAdd", user.holds(RoleGroup.HANDLERS));
		model.addAttribute("admin", user.isAdmin());
		return "monitor/sources";
	}

	@GetMapping("/monitor/sources/new")
	String newSource(Model model) {
		access.requireManager(access.defaultOwnerUnit());
		return editor(model, SourceForm.blank(), null);
	}

	@PostMapping("/monitor/sources")
	String create(@ModelAttribute("form") SourceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		long owner = access.defaultOwnerUnit();
		access.requireManager(owner);
		if (binding.hasErrors()) {
			return editor(model, form, null); // a value of the wrong type, e.g. letters for the interval
		}
		try {
			Source created = sources.create(form.toNewSource(owner));
			redirect.addFlashAttribute("notice", "monitor.page.source.created");
			return "redirect:/monitor/sources/" + created.id();
		}
		catch (DomainProblem problem) {
			showNextToField(problem, binding);
			return editor(model, form, null);
		}
	}

	@GetMapping("/monitor/sources/{id}/edit")
	String edit(@PathVariable long id, Model model) {
		Source source = managed(id);
		return editor(model, SourceForm.of(source), source);
	}

	@PostMapping("/monitor/sources/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") SourceForm form, BindingResult binding, Model model,
			RedirectAttributes redirect) {
		Source source = managed(id);
		form.setType(source.type());
		if (binding.hasErrors()) {
			return editor(model, form, source);
		}
		try {
			sources.update(id, form.toChange());
			redirect.addFlashAttribute("notice", "monitor.page.source.saved");
			return "redirect:/monitor/sources/" + id;
		}
		catch (DomainProblem problem) {
			showNextToField(problem, binding);
			return editor(model, form, source);
		}
	}

	/** The trial reading, for htmx: what would be stored, or why the source cannot be read. */
	@PostMapping("/monitor/sources/preview")
	String preview(@ModelAttribute("form") SourceForm form, Model model) {
		long owner = access.defaultOwnerUnit();
		access.requireManager(owner);
		try {
			model.addAttribute("preview", preview.preview(form.toNewSource(owner), owner));
		}
		catch (DomainProblem problem) {
			model.addAttribute("previewError", message(problem));
		}
		return "monitor/source-form :: preview";
	}

	@GetMapping("/monitor/sources/{id}")
	String source(@PathVariable long id, Model model) {
		Source source = access.readable(sources.get(id));
		Sources.Health health = sources.health(id);
		model.addAttribute("source", source);
		model.addAttribute("health", health);
		model.addAttribute("status", SourceStatus.of(health));
		model.addAttribute("canManage", access.manages(source.ownerUnitId()));
		return "monitor/source";
	}

	@PostMapping("/monitor/sources/{id}/fetch")
	String fetch(@PathVariable long id, RedirectAttributes redirect) {
		managed(id);
		try {
			FetchCounts counts = sources.fetchNow(id);
			redirect.addFlashAttribute("fetchCounts", counts);
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("fetchError", message(problem));
		}
		return "redirect:/monitor/sources/" + id;
	}

	private Source managed(long id) {
		Source source = access.readable(sources.get(id));
		access.requireManager(source.ownerUnitId());
		return source;
	}

	private String editor(Model model, SourceForm form, Source source) {
		model.addAttribute("form", form);
		model.addAttribute("source", source);
		model.addAttribute("types", source == null ? Arrays.asList(SourceType.values()) : List.of(source.type()));
		model.addAttribute("kinds", SourceKind.values());
		model.addAttribute("languages", LANGUAGES);
		return "monitor/source-form";
	}

	/** A stale version is about the whole form (its field is hidden); other problems sit under their field. */
	private static void showNextToField(DomainProblem problem, BindingResult binding) {
		if ("version".equals(problem.field())) {
			binding.reject(problem.messageKey(), problem.arguments(), problem.messageKey());
		}
		else {
			FormErrors.show(problem, binding);
		}
	}

	private String message(DomainProblem problem) {
		return ProblemMessages.of(messages, problem);
	}

}
