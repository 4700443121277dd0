package vn.tuyengiao.platform;

import org.springframework.http.HttpStatus;

/** The thing asked for does not exist (or no longer does). */
public class NotFound extends DomainProblem {

	public NotFound(String messageKey, Object... arguments) {
		super(HttpStatus.NOT_FOUND, messageKey, null, arguments);
	}

}
