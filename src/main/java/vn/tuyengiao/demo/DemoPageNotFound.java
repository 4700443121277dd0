package vn.tuyengiao.demo;

import vn.tuyengiao.platform.NotFound;

/** No invented outlet, section or article of that name, or no feed of that kind for the outlet: a 404. */
class DemoPageNotFound extends NotFound {

	DemoPageNotFound() {
		super("problem.not-found");
	}

}
