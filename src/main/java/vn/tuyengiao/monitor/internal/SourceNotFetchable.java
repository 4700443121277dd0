package vn.tuyengiao.monitor.internal;

/** A source of a type that is uploaded (an import) was handed to the reader that fetches sources. */
class SourceNotFetchable extends IllegalStateException {

	SourceNotFetchable(String message) {
		super(message);
	}

}
