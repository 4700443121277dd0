package vn.tuyengiao.places.internal;

import java.util.Arrays;

import vn.tuyengiao.text.VietnameseText;

/** The text cut into syllables (letters and digits), each with its accent-free id in the trie's vocabulary. */
final class Tokens {

	private static final char[] FOLD = new char[0x2000];

	static {
		for (char c = 0; c < FOLD.length; c++) {
			if (Character.isLetterOrDigit(c)) {
				String folded = VietnameseText.fold(String.valueOf(c));
				FOLD[c] = folded.length() == 1 ? folded.charAt(0) : 0;
			}
		}
	}

	final String text;

	int count;

	int[] start = new int[64];

	int[] end = new int[64];

	int[] id = new int[64];

	Tokens(String text, Vocabulary vocabulary) {
		this.text = text;
		char[] chars = text.toCharArray();
		int n = chars.length;
		char[] buffer = new char[32];
		int i = 0;
		while (i < n) {
			if (!partOfWord(chars[i])) {
				i++;
				continue;
			}
			int from = i;
			int length = 0;
			int hash = 0;
			boolean simple = true;
			while (i < n && partOfWord(chars[i])) {
				char ch = chars[i];
				char folded = ch < FOLD.length ? FOLD[ch] : 0;
				if (folded == 0) {
					simple = false;
				}
				else if (length < buffer.length) {
					buffer[length++] = folded;
					hash = 31 * hash + folded;
				}
				i++;
			}
			int tokenId = Vocabulary.NONE;
			if (vocabulary != null) {
				if (simple && length == i - from) {
					tokenId = vocabulary.find(buffer, length, hash);
				}
				else {
					char[] key = VietnameseText.fold(text.substring(from, i)).replace(" ", "").toCharArray();
					tokenId = vocabulary.find(key, key.length, Vocabulary.hash(key, key.length));
				}
			}
			add(from, i, tokenId);
		}
	}

	private static boolean partOfWord(char c) {
		if (c < 0x80) {
			char lower = (char) (c | 0x20);
			return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
		}
		return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
	}

	private void add(int from, int to, int tokenId) {
		if (count == start.length) {
			start = Arrays.copyOf(start, count * 2);
			end = Arrays.copyOf(end, count * 2);
			id = Arrays.copyOf(id, count * 2);
		}
		start[count] = from;
		end[count] = to;
		id[count] = tokenId;
		count++;
	}

	private String[] keys;

	String word(int token) {
		return text.substring(start[token], end[token]);
	}

	/** The syllable's matching key (accents kept), computed once. */
	String key(int token) {
		if (keys == null) {
			keys = new String[count];
		}
		if (keys[token] == null) {
			keys[token] = VietnameseText.matchKey(word(token));
		}
		return keys[token];
	}

	/** Only spaces (and a dot after an abbreviation such as TP. or H.) between two syllables. */
	boolean adjacent(int left, int right) {
		for (int i = end[left]; i < start[right]; i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && c != '\u00A0'
					&& !(c == '.' && end[left] - start[left] <= 2 && upperCase(left))) {
				return false;
			}
		}
		return true;
	}

	boolean capitalised(int token) {
		char c = text.charAt(start[token]);
		return Character.isUpperCase(c) || Character.isDigit(c);
	}

	/** A capital followed by small letters: a proper name, not a shouted headline. */
	boolean titleCase(int token) {
		if (!Character.isUpperCase(text.charAt(start[token]))) {
			return false;
		}
		for (int i = start[token] + 1; i < end[token]; i++) {
			if (Character.isUpperCase(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	boolean upperCase(int token) {
		for (int i = start[token]; i < end[token]; i++) {
			if (!Character.isUpperCase(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	boolean digits(int token) {
		for (int i = start[token]; i < end[token]; i++) {
			if (!Character.isDigit(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	/** Written with a diacritic (đ included). */
	boolean accented(int token) {
		for (int i = start[token]; i < end[token]; i++) {
			char c = text.charAt(i);
			if (c > 0x7F) {
				return true;
			}
		}
		return false;
	}

}
