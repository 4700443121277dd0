package vn.tuyengiao;

import jakarta.mail.internet.MimeMessage;

/** What a test reads of an e-mail the loopback SMTP server received: its first recipient, subject and text. */
public final class ReceivedMail {

	private ReceivedMail() {
	}

	public static String recipient(MimeMessage message) {
		try {
			return message.getAllRecipients()[0].toString();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String subject(MimeMessage message) {
		try {
			return message.getSubject();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String body(MimeMessage message) {
		try {
			return (String) message.getContent();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
