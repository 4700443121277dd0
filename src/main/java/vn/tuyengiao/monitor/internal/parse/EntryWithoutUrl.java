package vn.tuyengiao.monitor.internal.parse;

/** A parser made an entry with no URL: every item is known by its URL. */
class EntryWithoutUrl extends IllegalArgumentException {

	EntryWithoutUrl(String message) {
		super(message);
	}

}
