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

	/** Several fields at fault at once (a whole report), each with its own message. */
	private final transient java.util.List<FieldProblem> fieldProblems;

	protected DomainProblem(HttpStatus status, String messageKey, String field, Object... arguments) {
		this(status, messageKey, field, java.util.List.of(), arguments);
	}

	protected DomainProblem(HttpStatus status, String messageKey, String field, java.util.List<FieldProblem> fieldProblems,
			Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.field = field;
		this.fieldProblems = java.util.List.copyOf(fieldProblems);
		this.arguments = arguments;
	}

	/** Further members of the API's problem answer (for example where in a query the mistake is). */
	private final java.util.Map<String, Object> properties = new java.util.LinkedHashMap<>();

	/** Adds a member to the API's problem answer. */
	public DomainProblem with(String name, Object value) {
		properties.put(name, value);
		return this;
	}

	public java.util.Map<String, Object> properties() {
		return java.util.Collections.unmodifiableMap(properties);
	}

	public java.util.List<FieldProblem> fieldProblems() {
		return fieldProblems;
	}

	/** One field at fault: its name as the API knows it, and an i18n message key with arguments. */
	public record FieldProblem(String field, String messageKey, Object... arguments) {
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
