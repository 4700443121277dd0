package vn.tuyengiao.report.internal.document;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A DOCX, PDF or XLSX could not be written to its stream (a download cut off, a full disk). */
class DocumentNotWritten extends UncheckedIOException {

	DocumentNotWritten(IOException cause) {
		super(cause);
	}

}
