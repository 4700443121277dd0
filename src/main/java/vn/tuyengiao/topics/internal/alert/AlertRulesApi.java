package vn.tuyengiao.topics.internal.alert;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import vn.tuyengiao.topics.internal.alert.AlertRules.RuleSetChange;
import vn.tuyengiao.topics.internal.alert.AlertRules.RuleSetView;

/** {@code /api/topics/{id}/alert-rules}: a topic's alert rules, read and replaced as one versioned set. */
@RestController
@Tag(name = "Cảnh báo theo chủ đề")
class AlertRulesApi {

	private final AlertRules rules;

	private final AlertAccess access;

	AlertRulesApi(AlertRules rules, AlertAccess access) {
		this.rules = rules;
		this.access = access;
	}

	@Operation(summary = "Quy tắc cảnh báo của chủ đề (khóa bí mật webhook không bao giờ trả về)")
	@GetMapping("/api/topics/{id}/alert-rules")
	RuleSetView rules(@PathVariable long id) {
		return rules.view(access.readable(id));
	}

	@Operation(summary = "Thay toàn bộ quy tắc cảnh báo: mode IMMEDIATE|HOURLY|DAILY, spikeThreshold, channels IN_APP|EMAIL|WEBHOOK,"
			+ " recipients (tên đăng nhập), webhookUrl, webhookSecret; gửi kèm version đã đọc")
	@PutMapping("/api/topics/{id}/alert-rules")
	RuleSetView replace(@PathVariable long id, @RequestBody RuleSetChange change) {
		return rules.replace(access.manageable(id), change);
	}

}
