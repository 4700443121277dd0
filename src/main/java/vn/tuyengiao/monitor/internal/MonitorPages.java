package vn.tuyengiao.monitor.internal;

import vn.tuyengiao.platform.VietnamDateTimes;

import java.io.IOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.monitor.FetchCounts;
import vn.tuyengiao.monitor.Source;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.monitor.Sources;
import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.platform.FormErrors;
import vn.tuyengiao.platform.InvalidInput;

/**
 * The monitoring pages: sources with their health, the source editor with its trial reading, search over the
 * items, an item with its versions, imports with a preview, and the index rebuild. Access as in the API:
 * analysts read, a unit's specialists and leaders manage its sources, administrators rebuild the index.
 */
@Controller
class MonitorPages {

	static final List<String> LANGUAGES = List.of("vi", "en", "other");

	private static final String PENDING_IMPORT = "monitor.pending-import";

	/** A file uploaded for preview, kept in the session until it is imported. */
	record PendingImport(String fileName, byte[] content) implements java.io.Serializable {
	}

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

	private final SourceService sourceService;

	private final ItemSearch search;

	private final ItemDetails details;

	private final MonitorAccess access;

	private final Imports imports;

	private final SourcePreview preview;

	private final Reindexing reindexing;

	private final MessageSource messages;

	private final ItemReferenceLookup references;

	MonitorPages(Sources sources, SourceService sourceService, ItemSearch search, ItemDetails details,
			MonitorAccess access, Imports imports, SourcePreview preview, Reindexing reindexing, MessageSource messages,
			ItemReferenceLookup references) {
		this.sources = sources;
		this.sourceService = sourceService;
		this.search = search;
		this.details = details;
		this.access = access;
		this.imports = imports;
		this.preview = preview;
		this.reindexing = reindexing;
		this.messages = messages;
		this.references = references;
	}

	@ModelAttribute("vnTime")
	VietnamDateTimes vnTime() {
		return VietnamDateTimes.INSTANCE;
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

	@GetMapping("/monitor/imports")
	String imports(Model model, HttpSession session) {
		access.requireReader();
		model.addAttribute("importSources", sources.ownedBy(access.readableUnits()).stream()
			.filter(s -> s.type() == SourceType.IMPORT && access.manages(s.ownerUnitId()))
			.toList());
		model.addAttribute("pending", session.getAttribute(PENDING_IMPORT));
		return "monitor/imports";
	}

	/** The first step: the file is read and shown, nothing stored; it waits in the session for the second. */
	@PostMapping(path = "/monitor/imports/preview", consumes = "multipart/form-data")
	String previewImport(@RequestParam("file") MultipartFile file, HttpSession session, Model model,
			RedirectAttributes redirect) throws IOException {
		access.requireManagerSomewhere();
		try {
			Imports.Preview shown = imports.preview(file.getBytes());
			session.setAttribute(PENDING_IMPORT, new PendingImport(file.getOriginalFilename(), file.getBytes()));
			redirect.addFlashAttribute("importPreview", shown);
		}
		catch (DomainProblem problem) {
			session.removeAttribute(PENDING_IMPORT);
			redirect.addFlashAttribute("importError", message(problem));
		}
		return "redirect:/monitor/imports";
	}

	@PostMapping("/monitor/imports")
	String importFile(@RequestParam(required = false) Long sourceId, HttpSession session, RedirectAttributes redirect) {
		PendingImport pending = (PendingImport) session.getAttribute(PENDING_IMPORT);
		SourceEntity source;
		if (sourceId != null) {
			source = sourceService.entity(access.readable(sources.get(sourceId)).id());
			access.requireManager(source.ownerUnitId());
		}
		else {
			long unit = access.defaultOwnerUnit();
			access.requireManager(unit);
			source = imports.defaultSource(unit);
		}
		try {
			if (pending == null) {
				throw new InvalidInput("file", "monitor.import.empty");
			}
			redirect.addFlashAttribute("importOutcome", imports.importFile(source, pending.fileName(), pending.content()));
			redirect.addFlashAttribute("importedInto", source.toSource());
			session.removeAttribute(PENDING_IMPORT);
		}
		catch (DomainProblem problem) {
			redirect.addFlashAttribute("importError", message(problem));
		}
		return "redirect:/monitor/imports";
	}

	@GetMapping("/monitor/reindex")
	String reindex(Model model) {
		access.requireAdmin();
		model.addAttribute("status", reindexing.status());
		return "monitor/reindex";
	}

	/** The progress bar alone, polled by htmx every second. */
	@GetMapping("/monitor/reindex/status")
	String reindexStatus(Model model) {
		access.requireAdmin();
		model.addAttribute("status", reindexing.status());
		return "monitor/reindex :: progress";
	}

	@PostMapping("/monitor/reindex")
	String startReindex() {
		reindexing.start(access.requireAdmin().username());
		return "redirect:/monitor/reindex";
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
		return messages.getMessage(problem.messageKey(), problem.arguments(), problem.messageKey(),
				LocaleContextHolder.getLocale());
	}

	static List<String> paragraphs(String text) {
		return text == null ? List.of() : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
	}

}
