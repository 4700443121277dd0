package vn.tuyengiao.monitor.internal;

import java.io.IOException;

import jakarta.servlet.http.HttpSession;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.monitor.Sources;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.platform.InvalidInput;

/**
 * The import pages under {@code /monitor/imports}: a file is uploaded and shown first, then imported into a
 * source of the caller's unit. A unit's handlers import.
 */
@Controller
class ImportPages {

	private static final String PENDING_IMPORT = "monitor.pending-import";

	/** A file uploaded for preview, kept in the session until it is imported. */
	record PendingImport(String fileName, byte[] content) implements java.io.Serializable {
	}

	private final Sources sources;

	private final SourceService sourceService;

	private final MonitorAccess access;

	private final Imports imports;

	private final MessageSource messages;

	ImportPages(Sources sources, SourceService sourceService, MonitorAccess access, Imports imports,
			MessageSource messages) {
		this.sources = sources;
		this.sourceService = sourceService;
		this.access = access;
		this.imports = imports;
		this.messages = messages;
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

	private String message(DomainProblem problem) {
		return ProblemMessages.of(messages, problem);
	}

}
