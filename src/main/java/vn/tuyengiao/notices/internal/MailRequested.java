package vn.tuyengiao.notices.internal;

/**
 * An e-mail is queued: the row of {@code notices_mail} holding it, and its address for the logs. The event carries
 * no body (the registry's column is short; a digest is not), so the row is the message until it is sent.
 */
record MailRequested(long mailId, String to) {
}
