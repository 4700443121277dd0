package vn.tuyengiao.platform;

import org.springframework.http.HttpStatus;

/**
 * A business fact that stops a request, named after the fact (for example {@code UnitNotFound}).
 * The message is a key of the i18n bundle, so API clients and pages get it in the user's language
 * (Vietnamese by default).
 */
public abstract class DomainProblem extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final transient Object[] arguments;

	/** Field the problem is about, named in the API answer; {@code null} when it is about the whole request. */
	private final String field;

	protected DomainProblem(HttpStatus status, String messageKey, String field, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.field = field;
		this.arguments = arguments;
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public Object[] arguments() {
		return arguments;
	}

	public String field() {
		return field;
	}

}
