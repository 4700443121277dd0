package vn.tuyengiao.response.internal;

import java.util.List;

/**
 * What was done in answer to a case (hình thức xử lý), each with the outcomes it can have: an article and a
 * guidance notice have none, a removal request is pending until the platform removes or refuses, a referral
 * until the agency answers.
 */
enum ResponseKind {

	REBUTTAL("Bài phản bác", List.of()),
	CLARIFICATION("Bài đính chính, làm rõ", List.of()),
	GUIDANCE("Định hướng thông tin gửi báo chí, đơn vị", List.of()),
	REMOVAL_REQUEST("Đề nghị nền tảng gỡ bỏ nội dung", List.of("PENDING", "REMOVED", "REFUSED")),
	REFERRAL("Chuyển cơ quan chức năng", List.of("PENDING", "ANSWERED"));

	static final String PENDING = "PENDING";

	private final String label;

	private final List<String> outcomes;

	ResponseKind(String label, List<String> outcomes) {
		this.label = label;
		this.outcomes = outcomes;
	}

	public String label() {
		return label;
	}

	/** The outcomes this kind can have; empty when it has none (it is done once recorded). */
	public List<String> outcomes() {
		return outcomes;
	}

	/** The outcomes that end the wait, by code with their labels: what a handler records. */
	public java.util.Map<String, String> finalOutcomes() {
		java.util.Map<String, String> labels = new java.util.LinkedHashMap<>();
		outcomes.stream().filter(o -> !PENDING.equals(o)).forEach(o -> labels.put(o, outcomeLabel(o)));
		return labels;
	}

	boolean hasOutcome() {
		return !outcomes.isEmpty();
	}

	/** Whether it is an article published in answer (phản bác or đính chính). */
	boolean isArticle() {
		return this == REBUTTAL || this == CLARIFICATION;
	}

	static String outcomeLabel(String outcome) {
		if (outcome == null) {
			return "";
		}
		return switch (outcome) {
			case "PENDING" -> "Chờ kết quả";
			case "REMOVED" -> "Đã gỡ bỏ";
			case "REFUSED" -> "Nền tảng từ chối";
			case "ANSWERED" -> "Đã có trả lời";
			default -> outcome;
		};
	}

}
