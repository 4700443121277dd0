package vn.tuyengiao.audit.internal;

import java.time.Instant;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditEntry;
import vn.tuyengiao.audit.AuditLog.AuditQuery;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.PageOf;
import vn.tuyengiao.platform.VietnamTime;

/** The audit trail for admins: the page {@code /admin/audit} and the API {@code GET /api/audit}. */
final class AuditController {

	private AuditController() {
	}

	static AuditQuery query(String actor, AuditAction action, Long unitId, LocalDate from, LocalDate to,
			String text) {
		Instant start = from == null ? null : from.atStartOfDay(VietnamTime.ZONE).toInstant();
		Instant end = to == null ? null : to.plusDays(1).atStartOfDay(VietnamTime.ZONE).toInstant();
		return new AuditQuery(actor, action, unitId, start, end, text);
	}

	@RestController
	@Tag(name = "Nhật ký hệ thống")
	@PreAuthorize("hasRole('ADMIN')")
	static class Api {

		private final AuditLog audit;

		Api(AuditLog audit) {
			this.audit = audit;
		}

		@Operation(summary = "Tra cứu nhật ký (mới nhất trước)")
		@GetMapping("/api/audit")
		PageOf<AuditEntry> search(@RequestParam(required = false) String actor,
				@RequestParam(required = false) AuditAction action, @RequestParam(required = false) Long unitId,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
				@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
				@RequestParam(defaultValue = "50") int size) {
			return PageOf.of(audit.search(query(actor, action, unitId, from, to, q),
					PageRequest.of(Math.max(page, 0), Math.min(Math.max(size, 1), 500))));
		}

	}

	@Controller
	@PreAuthorize("hasRole('ADMIN')")
	static class Page {

		private final AuditLog audit;

		Page(AuditLog audit) {
			this.audit = audit;
		}

		@GetMapping("/admin/audit")
		String list(@RequestParam(required = false) String actor,
				@RequestParam(required = false) AuditAction action,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
				@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
				@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
				Model model) {
			model.addAttribute("entries", audit.search(query(actor, action, null, from, to, q),
					PageRequest.of(Math.max(page, 0), 50)));
			model.addAttribute("actions", AuditAction.values());
			model.addAttribute("zone", VietnamTime.ZONE);
			return "audit/list";
		}

	}

}
