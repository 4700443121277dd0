package vn.tuyengiao.monitor.internal.parse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import vn.tuyengiao.text.VietnameseText;

/**
 * A fingerprint of what an item says, so that a re-fetch with the same content is not an edit and the same
 * story syndicated under another URL can be recognised.
 * <p>
 * It is the SHA-256 of the main text folded ({@link VietnameseText#fold}: normalised, lower-cased, accents
 * removed) with every run of spaces and line breaks made one space. So a re-encoded page, moved tone marks
 * ({@code hoà} for {@code hòa}), changed capitals or reflowed paragraphs give the same hash; any change of
 * words gives another. The title is left out on purpose: outlets that reprint a story often retitle it, and
 * editors retouch titles without changing the article. Only when there is no text (a feed entry that is a
 * bare link) is the title hashed instead, so that such entries still have a fingerprint.
 */
public final class ContentHash {

	private ContentHash() {
	}

	/** Lower-case hexadecimal SHA-256 of the folded text, or of the folded title when the text is blank. */
	public static String of(String title, String text) {
		String content = comparable(text);
		if (content.isEmpty()) {
			content = comparable(title);
		}
		return sha256(content);
	}

	/** Lower-case hexadecimal SHA-256 of the text's UTF-8 bytes: also the items' URL keys. */
	public static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			// cannot happen: the message says why
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	static String comparable(String text) {
		if (text == null) {
			return "";
		}
		String folded = VietnameseText.fold(text);
		StringBuilder out = new StringBuilder(folded.length());
		boolean space = false;
		for (int i = 0; i < folded.length(); i++) {
			char c = folded.charAt(i);
			if (c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\u000B') { // as \\s in a regex
				space = !out.isEmpty();
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
		return out.toString().strip();
	}

}
