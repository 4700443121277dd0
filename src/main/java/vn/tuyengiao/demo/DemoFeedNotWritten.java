package vn.tuyengiao.demo;

/** An outlet's feed or sitemap could not be written from its items (a character XML cannot hold). */
class DemoFeedNotWritten extends IllegalStateException {

	DemoFeedNotWritten(Exception cause) {
		super(cause);
	}

}
