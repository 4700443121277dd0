package vn.tuyengiao.notices;

/**
 * An e-mail to send, as {@link Mail} publishes it: kept in the event publication registry until it is sent.
 *
 * @param subject without the platform's prefix, which the sender adds
 * @param text plain text; the sender adds the line saying the message is automatic
 */
public record MailRequested(String to, String subject, String text) {
}
