package vn.tuyengiao.text.internal.segmenter;

import java.nio.file.Path;

/** The model directory lacks its rules file or its vocabulary. */
class SegmenterModelIncomplete extends IllegalArgumentException {

	SegmenterModelIncomplete(Path directory, String rulesFile, String vocabularyFile) {
		super(("Thư mục mô hình tách từ %s phải chứa %s và %s. "
				+ "The word segmentation model directory %s must hold %s and %s.")
			.formatted(directory, rulesFile, vocabularyFile, directory, rulesFile, vocabularyFile));
	}

}
