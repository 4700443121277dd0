package vn.tuyengiao.monitor.internal.archive;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A capture's WARC file could not be written to the archive directory (disk full, no permission). */
class CaptureNotWritten extends UncheckedIOException {

	CaptureNotWritten(IOException cause) {
		super(cause);
	}

}
