package vn.tuyengiao.response.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.response.CaseEvidence;

/**
 * {@code /api/cases/{id}/evidence}: the captures of a case's items, their WARC files, and re-captures. Files are
 * also served under {@code /documents} for the signed-in browser, whose session the stateless API does not read.
 */
@RestController
@Tag(name = "Vụ việc")
class EvidenceApi {

	static final MediaType WARC = MediaType.parseMediaType("application/warc");

	/** Which linked item to capture again. */
	record Recapture(Long itemId) {
	}

	private final EvidenceService evidence;

	EvidenceApi(EvidenceService evidence) {
		this.evidence = evidence;
	}

	@Operation(summary = "Chứng cứ đã lưu của các tin thuộc vụ việc: trạng thái, thời điểm lưu, SHA-256, downloadUrl (tệp WARC)")
	@GetMapping("/api/cases/{id}/evidence")
	List<CaseEvidence> list(@PathVariable long id) {
		return evidence.of(id);
	}

	@Operation(summary = "Lưu lại trang của một tin thuộc vụ việc: một bản lưu mới, các bản cũ giữ nguyên; 202")
	@PostMapping("/api/cases/{id}/evidence")
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'ADMIN')")
	ResponseEntity<CaseEvidence> recapture(@PathVariable long id, @RequestBody Recapture request) {
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(evidence.recapture(id, request.itemId()));
	}

	@Operation(summary = "Tệp WARC của một bản lưu; đã bị thay đổi (SHA-256 không khớp) → 409")
	@GetMapping({ "/api/cases/{id}/evidence/{evidenceId}.warc", "/documents/cases/{id}/evidence/{evidenceId}.warc" })
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long evidenceId) {
		byte[] file = evidence.file(id, evidenceId);
		return ResponseEntity.ok()
			.contentType(WARC)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("vu-viec-" + id + "-chung-cu-" + evidenceId + ".warc").build().toString())
			.body(file);
	}

}
