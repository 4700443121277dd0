package vn.tuyengiao.monitor.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The index rebuild under {@code /monitor/reindex}, with its progress: the administrators' job. */
@Controller
class ReindexPages {

	private final Reindexing reindexing;

	private final MonitorAccess access;

	ReindexPages(Reindexing reindexing, MonitorAccess access) {
		this.reindexing = reindexing;
		this.access = access;
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

}
