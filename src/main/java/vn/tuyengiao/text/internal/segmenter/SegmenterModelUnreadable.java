package vn.tuyengiao.text.internal.segmenter;

import java.io.IOException;
import java.nio.file.Path;

/** A file of the model exists but cannot be read (permissions, a device error). */
class SegmenterModelUnreadable extends IllegalArgumentException {

	SegmenterModelUnreadable(Path file, IOException cause) {
		super("Không đọc được %s. Cannot read %s: %s".formatted(file, file, cause.getMessage()), cause);
	}

}
