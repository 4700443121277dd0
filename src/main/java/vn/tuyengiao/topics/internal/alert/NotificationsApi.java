package vn.tuyengiao.topics.internal.alert;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.topics.internal.alert.Notifications.Notification;

/** {@code /api/notifications}: the signed-in user's alert notifications, newest first. */
@RestController
@Tag(name = "Cảnh báo theo chủ đề")
class NotificationsApi {

	private final Notifications notifications;

	private final AlertAccess access;

	NotificationsApi(Notifications notifications, AlertAccess access) {
		this.notifications = notifications;
		this.access = access;
	}

	@Operation(summary = "Thông báo cảnh báo của người dùng hiện tại, mới nhất trước; unread=true chỉ lấy chưa đọc")
	@GetMapping("/api/notifications")
	List<Notification> list(@RequestParam(defaultValue = "false") boolean unread,
			@RequestParam(defaultValue = "50") int size) {
		return notifications.of(access.username(), unread, size);
	}

	@Operation(summary = "Đánh dấu đã đọc một thông báo của mình")
	@PostMapping("/api/notifications/{id}/read")
	ResponseEntity<Void> read(@PathVariable long id) {
		notifications.markRead(id, access.username());
		return ResponseEntity.noContent().build();
	}

}
