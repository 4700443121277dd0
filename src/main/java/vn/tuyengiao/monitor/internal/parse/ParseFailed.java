package vn.tuyengiao.monitor.internal.parse;

/**
 * A whole document could not be read: malformed XML, a DOCTYPE (refused so that external entities and
 * entity expansion never run), or not the format expected. The message is Vietnamese and can be shown
 * to the person who manages the source.
 */
public class ParseFailed extends RuntimeException {

	public ParseFailed(String message) {
		super(message);
	}

	public ParseFailed(String message, Throwable cause) {
		super(message, cause);
	}

}
