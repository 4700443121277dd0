package vn.tuyengiao.topics.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/topics}: saved topics, their preview over the last 30 days, and their matches. */
@RestController
@Tag(name = "Chủ đề theo dõi")
class TopicsApi {

	private final Topics topics;

	TopicsApi(Topics topics) {
		this.topics = topics;
	}

	@Operation(summary = "Các chủ đề theo dõi của các đơn vị trong phạm vi, với số tin khớp")
	@GetMapping("/api/topics")
	List<Topics.TopicView> list() {
		return topics.visible();
	}

	@Operation(summary = "Tạo chủ đề theo dõi: name, query (AND, OR, NOT, ngoặc đơn, \"cụm từ\", \"a b\"~5, title: body: source: locality:, từ*), exactAccents")
	@PostMapping("/api/topics")
	ResponseEntity<Topics.TopicView> create(@RequestBody Topics.NewTopic request) {
		Topics.TopicView created = topics.create(request);
		return ResponseEntity.created(URI.create("/api/topics/" + created.id())).body(created);
	}

	@Operation(summary = "Thử truy vấn trên tin 30 ngày qua trước khi lưu: số tin khớp, tỷ lệ, cảnh báo truy vấn quá rộng")
	@PostMapping("/api/topics/preview")
	Topics.Preview preview(@RequestBody Topics.NewTopic request) {
		return topics.preview(request.query(), Boolean.TRUE.equals(request.exactAccents()));
	}

	@GetMapping("/api/topics/{id}")
	Topics.TopicView topic(@PathVariable long id) {
		return topics.get(id);
	}

	@Operation(summary = "Sửa chủ đề (gửi kèm version đã đọc); active=false để ngừng theo dõi")
	@PutMapping("/api/topics/{id}")
	Topics.TopicView update(@PathVariable long id, @RequestBody Topics.TopicChange change) {
		return topics.update(id, change);
	}

	@Operation(summary = "Các tin khớp chủ đề, mới nhất trước, với đoạn văn có từ khớp được đánh dấu")
	@GetMapping("/api/topics/{id}/matches")
	List<TopicMatches.Match> matches(@PathVariable long id, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "50") int size) {
		return topics.matches(id, page, size);
	}

}
