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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases;

/** {@code /api/cases}: cases of false or toxic information and their workflow. */
@RestController
@Tag(name = "Vụ việc")
class CasesApi {

	/** A move of the workflow: the status to go to and why; {@code version} as last read, to refuse a stale move. */
	record Move(CaseStatus to, String note, Long version) {
	}

	/** Items to add to a case. */
	record Link(List<Long> itemIds, String note) {
	}

	/** A new assignee (người xử lý): a username of a specialist, leader or administrator of the case's unit. */
	record Assignment(String assignee, String note, Long version) {
	}

	private final Cases cases;

	CasesApi(Cases cases) {
		this.cases = cases;
	}

	@Operation(summary = "Mở vụ việc: title, claim (luận điệu trong một câu), itemIds, storyIds, summary, severity LOW|MEDIUM|HIGH, workArea, places, assignee, period")
	@PostMapping("/api/cases")
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'ADMIN')")
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
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'ADMIN')")
	Cases.Case move(@PathVariable long id, @RequestBody Move move) {
		return cases.move(id, move.to(), move.note(), move.version());
	}

	@Operation(summary = "Thêm tin vào vụ việc (và chuỗi tin của chúng); bắt đầu lưu chứng cứ các tin mới")
	@PostMapping("/api/cases/{id}/items")
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'ADMIN')")
	Cases.Case link(@PathVariable long id, @RequestBody Link link) {
		return cases.link(id, link.itemIds(), link.note());
	}

	@Operation(summary = "Giao vụ việc cho người xử lý khác của đơn vị; người đó được thông báo")
	@PostMapping("/api/cases/{id}/assignee")
	@PreAuthorize("hasAnyRole('SPECIALIST', 'LEADER', 'ADMIN')")
	Cases.Case assign(@PathVariable long id, @RequestBody Assignment assignment) {
		return cases.assign(id, assignment.assignee(), assignment.note(), assignment.version());
	}

}
