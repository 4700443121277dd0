package vn.tuyengiao.monitor.internal.parse;

/** A link that is not an absolute {@code http} or {@code https} URL; the message is Vietnamese. */
public class InvalidUrl extends IllegalArgumentException {

	public InvalidUrl(String message) {
		super(message);
	}

}
