package vn.tuyengiao.report.internal.document;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A font file, or the font directory's listing, cannot be read. */
class FontUnreadable extends UncheckedIOException {

	FontUnreadable(String message, IOException cause) {
		super(message, cause);
	}

}
