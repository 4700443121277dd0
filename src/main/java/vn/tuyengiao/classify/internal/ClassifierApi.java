package vn.tuyengiao.classify.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.platform.NotFound;

/** The classifiers' API: label a text (correct a label), train a task's model, list the models. */
@RestController
@Tag(name = "Phân loại văn bản")
class ClassifierApi {

	private final ClassifierTraining training;

	private final ClassifyAccess access;

	ClassifierApi(ClassifierTraining training, ClassifyAccess access) {
		this.training = training;
		this.access = access;
	}

	/** A label given by a person; {@code ref} names what was labelled, e.g. {@code item:123}. */
	record LabelRequest(String text, String label, String ref) {
	}

	@Operation(summary = "Gán (sửa) nhãn cho một văn bản: task là sentiment, toxic hoặc work-area; cùng ref thì thay nhãn cũ")
	@PostMapping("/api/classifiers/{task}/labels")
	ResponseEntity<ClassifierTraining.StoredLabel> label(@PathVariable String task, @RequestBody LabelRequest request) {
		var user = access.requireLabeller();
		Task t = task(task);
		return ResponseEntity.status(HttpStatus.CREATED)
			.body(training.label(t, request.text(), request.label(), request.ref(), user));
	}

	@Operation(summary = "Huấn luyện mô hình của tác vụ từ các nhãn đã lưu và dùng nó từ nay; chỉ lãnh đạo ban, quản trị viên")
	@PostMapping("/api/classifiers/{task}/train")
	ResponseEntity<ClassifierTraining.ModelInfo> train(@PathVariable String task) {
		var user = access.requireTrainer();
		return ResponseEntity.status(HttpStatus.CREATED).body(training.train(task(task), user));
	}

	@Operation(summary = "Các tác vụ phân loại: mô hình đang dùng, số nhãn đã lưu, các mô hình với điểm đánh giá")
	@GetMapping("/api/classifiers")
	List<ClassifierTraining.TaskInfo> overview() {
		access.requireReader();
		return training.overview();
	}

	private static Task task(String key) {
		Task task = Task.byKey(key);
		if (task == null) {
			throw new NotFound("classify.task.not-found", key);
		}
		return task;
	}

}
