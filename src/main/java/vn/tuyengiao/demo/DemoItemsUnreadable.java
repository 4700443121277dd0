package vn.tuyengiao.demo;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The invented items packed with the application cannot be read: the package is damaged. */
class DemoItemsUnreadable extends UncheckedIOException {

	DemoItemsUnreadable(IOException cause) {
		super(cause);
	}

}
