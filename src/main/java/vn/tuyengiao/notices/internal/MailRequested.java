package vn.tuyengiao.notices.internal;

import vn.tuyengiao.platform.RetriedByItsModule;

/**
 * An e-mail is queued: the row of {@code notices_mail} holding it, and its address for the logs. The event carries
 * no body (the registry's column is short; a digest is not), so the row is the message until it is sent.
 * {@link MailRetries} hands its failed deliveries back, not the platform's minute-by-minute retry.
 */
record MailRequested(long mailId, String to) implements RetriedByItsModule {
}
