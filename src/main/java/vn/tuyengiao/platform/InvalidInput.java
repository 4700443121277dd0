package vn.tuyengiao.platform;

import org.springframework.http.HttpStatus;

/** A value breaks a business rule that bean validation cannot express; names the field at fault. */
public class InvalidInput extends DomainProblem {

	public InvalidInput(String field, String messageKey, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, messageKey, field, arguments);
	}

	/** Several fields at once; {@code messageKey} sums them up (e.g. "3 values are not valid"). */
	public InvalidInput(java.util.List<FieldProblem> problems, String messageKey, Object... arguments) {
		super(HttpStatus.BAD_REQUEST, messageKey, null, problems, arguments);
	}

}
