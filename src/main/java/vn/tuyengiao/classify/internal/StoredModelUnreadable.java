package vn.tuyengiao.classify.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A stored model's bytes are not in the format {@link LinearModel} writes, or are cut short or corrupt. */
class StoredModelUnreadable extends UncheckedIOException {

	StoredModelUnreadable(IOException cause) {
		super(cause);
	}

	private StoredModelUnreadable(String message) {
		super(message, new IOException(message));
	}

	static StoredModelUnreadable unknownFormat() {
		return new StoredModelUnreadable("Unknown model format");
	}

}
