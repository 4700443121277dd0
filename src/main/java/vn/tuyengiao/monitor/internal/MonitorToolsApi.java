package vn.tuyengiao.monitor.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.monitor.Sources;

/** The API twins of the monitoring pages' tools: trying a source before saving it, and rebuilding the index. */
@RestController
@Tag(name = "Theo dõi thông tin")
class MonitorToolsApi {

	private final SourcePreview preview;

	private final Reindexing reindexing;

	private final MonitorAccess access;

	MonitorToolsApi(SourcePreview preview, Reindexing reindexing, MonitorAccess access) {
		this.preview = preview;
		this.reindexing = reindexing;
		this.access = access;
	}

	@Operation(summary = "Thử nguồn tin (cùng nội dung như khi thêm nguồn): những mục sẽ được nạp, không lưu gì")
	@PostMapping("/api/sources/preview")
	SourcePreview.Preview preview(@RequestBody Sources.NewSource request) {
		long owner = request.ownerUnitId() != null ? request.ownerUnitId() : access.defaultOwnerUnit();
		access.requireManager(owner);
		return preview.preview(request, owner);
	}

	@Operation(summary = "Xây dựng lại chỉ mục tìm kiếm tin (chạy nền, mỗi lần một việc); chỉ quản trị viên")
	@PostMapping("/api/admin/reindex")
	ResponseEntity<Reindexing.Status> reindex() {
		String who = access.requireAdmin().username();
		return ResponseEntity.status(HttpStatus.ACCEPTED).body(reindexing.start(who));
	}

	@Operation(summary = "Tiến độ xây dựng lại chỉ mục: state, done, total, startedAt, finishedAt, error")
	@GetMapping("/api/admin/reindex")
	Reindexing.Status reindexStatus() {
		access.requireAdmin();
		return reindexing.status();
	}

}
