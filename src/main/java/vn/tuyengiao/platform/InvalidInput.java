package vn.tuyengiao.platform;

import org.springframework.http.HttpStatus;

/** A value breaks a business rule that bean validation cannot express; names the field at fault. */
public class InvalidInput extends DomainProblem {

	public InvalidInput(String field, String messageKey, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, messageKey, field, arguments);
	}

}
