package vn.tuyengiao.notices;

/**
 * The platform's one mail sender. Messages are sent after the caller's transaction commits (one is started when
 * there is none), at least once, from the event publication registry; nothing is sent or kept when SMTP is not
 * configured ({@code spring.mail.host}).
 */
public interface Mail {

	/** Whether the operator configured SMTP; without it {@link #send} does nothing. */
	boolean configured();

	/**
	 * Sends a plain-text message to one address; its subject gets the prefix {@code [Tuyên giáo số]}.
	 *
	 * @return false when nothing was queued (no SMTP, or no address)
	 */
	boolean send(String to, String subject, String text);

}
