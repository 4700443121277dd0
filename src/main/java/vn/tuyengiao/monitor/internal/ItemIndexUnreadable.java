package vn.tuyengiao.monitor.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

/** The item index on disk could not be read: its files are missing, locked or damaged. */
class ItemIndexUnreadable extends UncheckedIOException {

	ItemIndexUnreadable(IOException cause) {
		super(cause);
	}

}
