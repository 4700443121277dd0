package vn.tuyengiao.classify.internal;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;

/** A lexicon packed with the application is missing or cannot be read: the package is damaged. */
class LexiconUnreadable extends UncheckedIOException {

	LexiconUnreadable(IOException cause) {
		super(cause);
	}

	private LexiconUnreadable(String message, IOException cause) {
		super(message, cause);
	}

	static LexiconUnreadable missing(String resource) {
		return new LexiconUnreadable("Missing resource " + resource, new FileNotFoundException(resource));
	}

}
