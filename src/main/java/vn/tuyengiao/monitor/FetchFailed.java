package vn.tuyengiao.monitor;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import org.springframework.http.HttpStatus;

import vn.tuyengiao.platform.DomainProblem;

/**
 * A page could not be read, or was not read on purpose: the {@link Reason} says which. The refusals of
 * the address itself are answered with 400 and name the field {@code url}, so the same exception serves
 * when a source is created; failures of the remote site are 502 or 504.
 */
public class FetchFailed extends DomainProblem {

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** Why a fetch failed. */
	public enum Reason {

		/** Not an absolute http or https URL with a host. */
		INVALID_URL("invalid-url", HttpStatus.BAD_REQUEST, false),
		/** A scheme other than http and https, also in a redirect. */
		SCHEME_REFUSED("scheme-refused", HttpStatus.BAD_REQUEST, false),
		/** A private, loopback, link-local or metadata address not listed in the allowed hosts. */
		ADDRESS_REFUSED("address-refused", HttpStatus.BAD_REQUEST, false),
		/** The host name does not resolve. */
		UNKNOWN_HOST("unknown-host", HttpStatus.BAD_REQUEST, true),
		/** The site asks robots not to read this page, or its robots.txt cannot be read now. */
		ROBOTS_DISALLOWED("robots-disallowed", HttpStatus.BAD_REQUEST, false),
		/** Larger than the configured maximum, counted after decompression. */
		TOO_LARGE("too-large", HttpStatus.BAD_GATEWAY, false),
		/** No answer within the configured timeouts. */
		TIMEOUT("timeout", HttpStatus.GATEWAY_TIMEOUT, true),
		/** The site answered with an HTTP error; {@link FetchFailed#upstreamStatus()} has the code. */
		HTTP_ERROR("http-error", HttpStatus.BAD_GATEWAY, false),
		TOO_MANY_REDIRECTS("too-many-redirects", HttpStatus.BAD_GATEWAY, false),
		/** The connection failed or broke. */
		UNREACHABLE("unreachable", HttpStatus.BAD_GATEWAY, true);

		private final String key;

		private final HttpStatus status;

		private final boolean temporary;

		Reason(String key, HttpStatus status, boolean temporary) {
			this.key = "monitor.fetch." + key;
			this.status = status;
			this.temporary = temporary;
		}

		/** The key of the message in the i18n bundles. */
		public String messageKey() {
			return key;
		}

	}

	private final Reason reason;

	private final int upstreamStatus;

	public FetchFailed(Reason reason, Object... arguments) {
		this(reason, 0, arguments);
	}

	/** The site answered {@code status} for {@code url}. */
	public static FetchFailed httpError(int status, String url) {
		return new FetchFailed(Reason.HTTP_ERROR, status, new Object[] { status, url });
	}

	private FetchFailed(Reason reason, int upstreamStatus, Object[] arguments) {
		super(reason.status, reason.messageKey(), reason.status == HttpStatus.BAD_REQUEST ? "url" : null, arguments);
		this.reason = reason;
		this.upstreamStatus = upstreamStatus;
	}

	public Reason reason() {
		return reason;
	}

	/** The status the remote site answered with, for {@link Reason#HTTP_ERROR}; otherwise 0. */
	public int upstreamStatus() {
		return upstreamStatus;
	}

	/**
	 * Whether the same fetch may well succeed later (a timeout, a lost connection, a 5xx or 429 answer),
	 * so a scheduler should try again rather than give up on the source.
	 */
	public boolean isTemporary() {
		return reason.temporary || upstreamStatus == 429 || upstreamStatus >= 500;
	}

	/** The Vietnamese message, for logs and for callers without a {@code MessageSource}. */
	@Override
	public String getMessage() {
		try {
			ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", Locale.ROOT,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			return new MessageFormat(bundle.getString(messageKey()), VIETNAMESE).format(arguments());
		}
		catch (MissingResourceException ex) {
			return messageKey();
		}
	}

}
