package vn.tuyengiao.monitor.internal;

/** The item index holds a document that is not as the indexing writes it; rebuilding the index repairs it. */
class ItemIndexCorrupt extends IllegalStateException {

	ItemIndexCorrupt(String message) {
		super(message);
	}

}
