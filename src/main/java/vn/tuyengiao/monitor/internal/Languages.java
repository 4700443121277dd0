package vn.tuyengiao.monitor.internal;

/** Placeholder until the parsing stage's language detection lands. */
final class Languages {

	private Languages() {
	}

	static String detect(String text) {
		return text.chars().anyMatch(c -> "ăâêôơưđĂÂÊÔƠƯĐ".indexOf(c) >= 0) ? "vi" : "other";
	}

}
