package vn.tuyengiao.response.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/cases/{id}/responses}: what was done in answer to a case, and the outcomes of removals and referrals. */
@RestController
@Tag(name = "Vụ việc")
class ResponsesApi {

	private final ResponseService responses;

	ResponsesApi(ResponseService responses) {
		this.responses = responses;
	}

	@Operation(summary = "Ghi kết quả xử lý: kind REBUTTAL|CLARIFICATION (url, outlet, title), GUIDANCE (recipients, text), "
			+ "REMOVAL_REQUEST (platform, url), REFERRAL (agency, agencyKind STATE_MANAGEMENT|POLICE|JUDICIAL|OTHER); date")
	@PostMapping("/api/cases/{id}/responses")
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'ADMIN')")
	ResponseEntity<CaseResponse> record(@PathVariable long id, @RequestBody ResponseService.NewResponse request) {
		CaseResponse recorded = responses.record(id, request);
		return ResponseEntity.created(URI.create("/api/cases/" + id + "/responses/" + recorded.id())).body(recorded);
	}

	@GetMapping("/api/cases/{id}/responses")
	List<CaseResponse> list(@PathVariable long id) {
		return responses.of(id);
	}

	@Operation(summary = "Ghi kết quả: outcome REMOVED|REFUSED|PENDING (gỡ bỏ) hoặc ANSWERED|PENDING (chuyển cơ quan), "
			+ "answer, date; cần version đã đọc, bản cũ → 409")
	@PutMapping("/api/cases/{id}/responses/{responseId}")
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'ADMIN')")
	CaseResponse recordOutcome(@PathVariable long id, @PathVariable long responseId,
			@RequestBody ResponseService.OutcomeUpdate update) {
		return responses.recordOutcome(id, responseId, update);
	}

}
