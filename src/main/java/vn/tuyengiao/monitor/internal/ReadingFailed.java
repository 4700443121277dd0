package vn.tuyengiao.monitor.internal;

import org.springframework.http.HttpStatus;

import vn.tuyengiao.platform.DomainProblem;

/** A source could not be read this time: the answer is 502, the reason is in the source's health. */
class ReadingFailed extends DomainProblem {

	ReadingFailed(String reason) {
		super(HttpStatus.BAD_GATEWAY, "monitor.source.read-failed", null, reason);
	}

}
