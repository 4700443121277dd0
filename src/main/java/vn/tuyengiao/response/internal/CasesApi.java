package vn.tuyengiao.response.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases;

/** {@code /api/cases}: cases of false or toxic information and their workflow. */
@RestController
@Tag(name = "Vụ việc")
class CasesApi {

	/** A move of the workflow: the status to go to and why. */
	record Move(CaseStatus to, String note) {
	}

	private final Cases cases;

	CasesApi(Cases cases) {
		this.cases = cases;
	}

	@Operation(summary = "Mở vụ việc: title, claim (luận điệu trong một câu), itemIds, summary, severity LOW|MEDIUM|HIGH")
	@PostMapping("/api/cases")
	ResponseEntity<Cases.Case> open(@RequestBody Cases.NewCase request) {
		Cases.Case opened = cases.open(request);
		return ResponseEntity.created(URI.create("/api/cases/" + opened.id())).body(opened);
	}

	@GetMapping("/api/cases")
	List<Cases.Case> list() {
		return cases.visible();
	}

	@GetMapping("/api/cases/{id}")
	Cases.Case get(@PathVariable long id) {
		return cases.get(id);
	}

	@Operation(summary = "Chuyển trạng thái: NEW → VERIFYING → FALSE|MISLEADING|TRUE|UNVERIFIABLE → RESPONDING → CLOSED; sai quy trình → 409")
	@PostMapping("/api/cases/{id}/transitions")
	Cases.Case move(@PathVariable long id, @RequestBody Move move) {
		return cases.move(id, move.to(), move.note());
	}

}
