package vn.tuyengiao.text.internal.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The stopword list packed with the application cannot be read: the package is damaged. */
class StopwordsUnreadable extends UncheckedIOException {

	StopwordsUnreadable(IOException cause) {
		super(cause);
	}

}
