package vn.tuyengiao.notices.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.notices.Notice;
import vn.tuyengiao.notices.Notices;
import vn.tuyengiao.platform.PageOf;
import vn.tuyengiao.platform.Paging;

/** {@code /api/notices}: the signed-in user's notices from every module, newest first. */
@RestController
@Tag(name = "Thông báo")
class NoticesApi {

	/** How many of the user's notices are unread: the header's count. */
	record Unread(int unread) {
	}

	/** How many notices a "mark all read" marked. */
	record Marked(int marked) {
	}

	private final Notices notices;

	NoticesApi(Notices notices) {
		this.notices = notices;
	}

	@Operation(summary = "Thông báo của người dùng hiện tại từ mọi phân hệ, mới nhất trước; unread=true chỉ lấy chưa đọc")
	@GetMapping("/api/notices")
	PageOf<Notice> list(@RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return notices.mine(unread, new Paging(page, size));
	}

	@Operation(summary = "Số thông báo chưa đọc của người dùng hiện tại")
	@GetMapping("/api/notices/unread-count")
	Unread unread() {
		return new Unread(notices.unreadCount());
	}

	@Operation(summary = "Đánh dấu đã đọc một thông báo của mình; thông báo của người khác → 404")
	@PostMapping("/api/notices/{id}/read")
	ResponseEntity<Void> read(@PathVariable long id) {
		notices.markRead(id);
		return ResponseEntity.noContent().build();
	}

	@Operation(summary = "Đánh dấu đã đọc mọi thông báo của mình")
	@PostMapping("/api/notices/read")
	Marked readAll() {
		return new Marked(notices.markAllRead());
	}

}
