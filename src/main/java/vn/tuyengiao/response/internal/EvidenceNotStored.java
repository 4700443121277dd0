package vn.tuyengiao.response.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A capture could not be written to the evidence directory (a full disk, a permission, a name taken). The
 * capture stays pending for the sweep to take up again.
 */
class EvidenceNotStored extends UncheckedIOException {

	EvidenceNotStored(IOException cause) {
		super(cause);
	}

}
