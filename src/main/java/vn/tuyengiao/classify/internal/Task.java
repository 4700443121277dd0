package vn.tuyengiao.classify.internal;

import java.util.List;
import java.util.Locale;

/**
 * What a classifier decides, by the name the API and the command line use: {@code sentiment},
 * {@code toxic} and {@code work-area}. Labels are stored under one canonical spelling per task.
 */
public enum Task {

	SENTIMENT("sentiment", List.of("NEGATIVE", "NEUTRAL", "POSITIVE")),
	TOXIC("toxic", List.of("CLEAN", "OFFENSIVE", "HATE")),
	WORK_AREA("work-area", List.of("THAM_MUU", "NGHI_QUYET", "DU_LUAN", "BAO_VE_NEN_TANG", "DINH_HUONG", "VAN_HOA",
			"LY_LUAN", "KHOA_GIAO", "HOC_TAP_LAM_THEO", "PHOI_HOP", "XAY_DUNG_NGANH"));

	private final String key;

	private final List<String> labels;

	Task(String key, List<String> labels) {
		this.key = key;
		this.labels = labels;
	}

	public String key() {
		return key;
	}

	public List<String> labels() {
		return labels;
	}

	/** The task of an API path or command-line name, or null. */
	public static Task byKey(String key) {
		for (Task task : values()) {
			if (task.key.equals(key)) {
				return task;
			}
		}
		return null;
	}

	/**
	 * The canonical label for how a file or a person wrote it, or null when it is none of this task's: a
	 * number in the data sets' order (toxic 0 clean, 1 offensive, 2 hate; sentiment 0 negative, 1 neutral,
	 * 2 positive as in UIT-VSFC), the English name in any case, or the Vietnamese one.
	 */
	public String canonical(String written) {
		if (written == null) {
			return null;
		}
		String w = written.strip().toUpperCase(Locale.ROOT).replace('-', '_');
		if (labels.contains(w)) {
			return w;
		}
		if (this != WORK_AREA && w.matches("[0-2]")) {
			return labels.get(w.charAt(0) - '0');
		}
		String vi = written.strip().toLowerCase(Locale.forLanguageTag("vi"));
		return switch (this) {
			case SENTIMENT -> switch (vi) {
				case "neg", "tiêu cực" -> "NEGATIVE";
				case "neu", "trung lập", "trung tính" -> "NEUTRAL";
				case "pos", "tích cực" -> "POSITIVE";
				default -> null;
			};
			case TOXIC -> switch (vi) {
				case "sạch", "bình thường" -> "CLEAN";
				case "xúc phạm", "phản cảm" -> "OFFENSIVE";
				case "thù ghét", "kích động thù ghét" -> "HATE";
				default -> null;
			};
			case WORK_AREA -> null;
		};
	}

}
