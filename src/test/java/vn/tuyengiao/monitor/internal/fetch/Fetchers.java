package vn.tuyengiao.monitor.internal.fetch;

import vn.tuyengiao.monitor.FetchFailed;

/** Failures of the fetcher, for tests of the stages that call it. */
public final class Fetchers {

	private Fetchers() {
	}

	public static FetchFailed httpError(int status, String url) {
		return FetchFailed.httpError(status, url);
	}

}
