package vn.tuyengiao.text.internal.analysis;

/**
 * Where the tokens that are not words end: URLs, e-mail addresses, emoji and runs of punctuation, measured on
 * the scanner's character array without copying it; and the character classes the scanner tests. Kept apart
 * from {@link SyllableScanner}, which owns the position and the term and normalises syllables.
 */
final class TokenEnds {

	/** Longest URL kept whole. */
	static final int MAX_URL = 2048;

	private TokenEnds() {
	}

	static boolean startsUrl(char[] text, int pos, int length) {
		return startsWithIgnoreCase(text, pos, length, "http://") || startsWithIgnoreCase(text, pos, length, "https://")
				|| startsWithIgnoreCase(text, pos, length, "www.");
	}

	private static boolean startsWithIgnoreCase(char[] text, int pos, int length, String prefix) {
		if (pos + prefix.length() > length) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (Character.toLowerCase(text[pos + i]) != prefix.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** The end of the URL at {@code pos}: up to a space, a quote or an angle bracket, less trailing punctuation. */
	static int url(char[] text, int pos, int length) {
		int i = pos;
		int limit = Math.min(length, pos + MAX_URL);
		while (i < limit && !isSeparator(text[i]) && text[i] != '<' && text[i] != '>' && text[i] != '"'
				&& text[i] != '\n' && text[i] != '\r') {
			i++;
		}
		while (i > pos && ".,;:!?)]}'".indexOf(text[i - 1]) >= 0) {
			i--;
		}
		return i;
	}

	/** The end of local@domain.tld at {@code pos}, with at least one dot in the domain; -1 when it is not one. */
	static int email(char[] text, int pos, int length) {
		int i = pos;
		int limit = Math.min(length, pos + SyllableScanner.MAX_TOKEN);
		while (i < limit && (isLetterOrDigit(text[i]) || ".-_+%".indexOf(text[i]) >= 0)) {
			i++;
		}
		if (i == pos || i >= length || text[i] != '@') {
			return -1;
		}
		int domainStart = ++i;
		int lastDot = -1;
		limit = Math.min(length, pos + SyllableScanner.MAX_TOKEN);
		while (i < limit && (isLetterOrDigit(text[i]) || text[i] == '-' || (text[i] == '.' && i + 1 < length
				&& isLetterOrDigit(text[i + 1])))) {
			if (text[i] == '.') {
				lastDot = i;
			}
			i++;
		}
		if (lastDot < domainStart + 1 || i - pos > SyllableScanner.MAX_TOKEN) {
			return -1;
		}
		return i;
	}

	static boolean isEmoji(int cp) {
		return (cp >= 0x1F000 && cp <= 0x1FAFF) || (cp >= 0x2600 && cp <= 0x27BF);
	}

	/** The end of the emoji {@code cp} at {@code pos} with its modifiers and joined parts (👍🏽, 👨‍👩‍👧, 🇻🇳). */
	static int emoji(char[] text, int pos, int length, int cp) {
		int i = pos + Character.charCount(cp);
		boolean flag = cp >= 0x1F1E6 && cp <= 0x1F1FF;
		while (i < length && i - pos < 32) {
			int next = Character.codePointAt(text, i, length);
			if (flag && next >= 0x1F1E6 && next <= 0x1F1FF) {
				i += Character.charCount(next);
				flag = false;
			}
			else if (next == 0xFE0F || (next >= 0x1F3FB && next <= 0x1F3FF)) {
				i += Character.charCount(next);
			}
			else if (next == 0x200D && i + 1 < length) {
				int joined = Character.codePointAt(text, i + 1, length);
				i += 1 + Character.charCount(joined);
			}
			else {
				break;
			}
		}
		return i;
	}

	/**
	 * The end of the run of punctuation at {@code pos}: {@code ...}, {@code …}, {@code ?!} (stops of any kind
	 * together), {@code --} or {@code ***} (the same mark repeated); as {@code VietnameseTokenizer} has it.
	 */
	static int punctuation(char[] text, int pos, int length) {
		char first = text[pos];
		boolean stop = isStop(first);
		int i = pos + 1;
		int limit = Math.min(length, pos + SyllableScanner.MAX_TOKEN);
		while (i < limit && (text[i] == first || (stop && isStop(text[i])))) {
			i++;
		}
		return i;
	}

	private static boolean isStop(char c) {
		return c == '.' || c == '!' || c == '?' || c == '\u2026';
	}

	static boolean isLetterOrDigit(char c) {
		byte type = Letters.classOf(c);
		return type == Letters.LETTER || type == Letters.DIGIT;
	}

	static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	static boolean isEmailChar(char c) {
		return c == '@' || c == '.' || c == '_' || c == '+' || c == '%' || c == '-';
	}

	/** Spaces of every kind, including no-break spaces, and control characters. */
	static boolean isSeparator(char c) {
		if (c <= ' ') {
			return true;
		}
		return c >= 0x80 && (Character.isSpaceChar(c) || Character.isISOControl(c));
	}

	/** Zero-width characters, word joiner, byte-order mark, soft hyphen: nothing to read. */
	static boolean isInvisible(char c) {
		return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
	}

	static boolean isCombining(char c) {
		return c >= 0x0300 && c <= 0x036F;
	}

}
