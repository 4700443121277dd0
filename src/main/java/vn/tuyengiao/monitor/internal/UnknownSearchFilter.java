package vn.tuyengiao.monitor.internal;

/** A page asked a search link to set a parameter the search does not have. */
class UnknownSearchFilter extends IllegalArgumentException {

	UnknownSearchFilter(String parameter) {
		super(parameter);
	}

}
