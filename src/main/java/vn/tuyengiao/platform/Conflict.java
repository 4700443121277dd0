package vn.tuyengiao.platform;

import org.springframework.http.HttpStatus;

/** The request clashes with the current state, e.g. a duplicate name or an edit made on a stale copy. */
public class Conflict extends DomainProblem {

	public Conflict(String field, String messageKey, Object... arguments) {
		super(HttpStatus.CONFLICT, messageKey, field, arguments);
	}

}
