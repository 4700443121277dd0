package vn.tuyengiao.text.internal.analysis;

import java.text.Normalizer;

/**
 * Character tables that let the scanner normalise, place tones and fold one character at a time, without
 * building strings: for every Latin letter, its base (the letter with its shape marks — breve, circumflex,
 * horn — but without a tone), its tone, its lower-case accent-free form, and the way back from base and
 * tone to the precomposed letter. Built once from {@link Normalizer}, so they agree with the rest of the
 * text module.
 */
public final class Letters {

	/** Tones in the order of their codes 1 to 5: grave, acute, hook above, tilde, dot below. */
	static final String TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323";

	/** Covers Latin-1, Latin Extended-A/B and Latin Extended Additional, where all Vietnamese letters are. */
	private static final int SIZE = 0x1F00;

	private static final char[] BASE = new char[SIZE];

	private static final byte[] TONE = new byte[SIZE];

	private static final char[] FOLD = new char[SIZE];

	private static final char[] LOWER = new char[SIZE];

	/** What a character is to the scanner, one of the constants below; for characters below {@link #SIZE}. */
	private static final byte[] CLASS = new byte[SIZE];

	static final byte OTHER = 0;

	static final byte LETTER = 1;

	static final byte DIGIT = 2;

	static final byte SPACE = 3;

	static final byte NEWLINE = 4;

	static final byte COMBINING = 5;

	static final byte INVISIBLE = 6;

	/** Precomposed letter for (base, tone), indexed by {@code base * 8 + tone}; 0 when there is none. */
	private static final char[] COMPOSED = new char[SIZE * 8];

	static {
		for (char c = 0; c < SIZE; c++) {
			BASE[c] = c;
			LOWER[c] = Character.toLowerCase(c);
			CLASS[c] = classify(c);
			FOLD[c] = Character.isLetter(c) ? Character.toLowerCase(c) : c;
			if (c < 0xC0 || !Character.isLetter(c)) {
				continue;
			}
			String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			byte tone = 0;
			int toneMarks = 0;
			StringBuilder base = new StringBuilder(decomposed.length());
			for (int i = 0; i < decomposed.length(); i++) {
				int t = TONE_MARKS.indexOf(decomposed.charAt(i));
				if (t >= 0) {
					tone = (byte) (t + 1);
					toneMarks++;
				}
				else {
					base.append(decomposed.charAt(i));
				}
			}
			String composedBase = Normalizer.normalize(base, Normalizer.Form.NFC);
			// ṍ and ṹ carry a tilde and an acute: two "tones", no Vietnamese letter. Taken as o or u with an
			// acute they would stand in for ó and ú when a tone is put back, and Khoá would read Khṍa.
			if (toneMarks <= 1 && composedBase.length() == 1 && composedBase.charAt(0) < SIZE) {
				BASE[c] = composedBase.charAt(0);
				TONE[c] = tone;
			}
			char first = Character.toLowerCase(decomposed.charAt(0));
			FOLD[c] = first < 0x80 && decomposed.length() > 1 ? first : Character.toLowerCase(c);
		}
		FOLD['đ'] = 'd';
		FOLD['Đ'] = 'd';
		for (char c = 0; c < SIZE; c++) {
			if (TONE[c] != 0) {
				// from the base and the mark, so that only the letter Unicode composes of the two is found
				String composed = Normalizer.normalize(BASE[c] + TONE_MARKS.substring(TONE[c] - 1, TONE[c]), Normalizer.Form.NFC);
				if (composed.length() == 1) {
					COMPOSED[BASE[c] * 8 + TONE[c]] = composed.charAt(0);
				}
			}
		}
	}

	private Letters() {
	}

	/** The scanner's class of a character: letter, digit, space, line break, combining mark, invisible, other. */
	static byte classOf(char c) {
		return c < SIZE ? CLASS[c] : classify(c);
	}

	private static byte classify(char c) {
		if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
			return NEWLINE;
		}
		if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD') {
			return INVISIBLE; // zero-width characters, word joiner, byte-order mark, soft hyphen
		}
		if (c <= ' ' || Character.isSpaceChar(c) || Character.isISOControl(c)) {
			return SPACE;
		}
		if (c >= '0' && c <= '9') {
			return DIGIT;
		}
		if (c >= 0x0300 && c <= 0x036F) {
			return COMBINING;
		}
		return Character.isLetterOrDigit(c) ? LETTER : OTHER;
	}

	/** The letter without its tone, shape marks kept: {@code ặ} gives {@code ă}. */
	static char base(char c) {
		return c < SIZE ? BASE[c] : c;
	}

	/** The letter's tone, 1 to 5, or 0 when it has none. */
	static int tone(char c) {
		return c < SIZE ? TONE[c] : 0;
	}

	/** The tone a combining mark stands for, or 0 when it is not a tone mark. */
	static int toneOfMark(char mark) {
		return TONE_MARKS.indexOf(mark) + 1;
	}

	/** The letter in lower case, from a table for the Latin letters. */
	static char lower(char c) {
		return c < SIZE ? LOWER[c] : Character.toLowerCase(c);
	}

	/** The letter lower-cased and without any diacritic, {@code đ} as {@code d}. */
	static char fold(char c) {
		return c < SIZE ? FOLD[c] : Character.toLowerCase(c);
	}

	/** The base letter carrying the tone, or the base itself when no such letter exists. */
	static char withTone(char base, int tone) {
		if (tone == 0 || base >= SIZE) {
			return base;
		}
		char composed = COMPOSED[base * 8 + tone];
		return composed == 0 ? base : composed;
	}

	/**
	 * The letter a base takes with a combining shape mark typed after it (breve U+0306, circumflex U+0302,
	 * horn U+031B), or 0 when the pair makes no Vietnamese letter.
	 */
	static char withShape(char base, char mark) {
		String composed = Normalizer.normalize(new String(new char[] { base, mark }), Normalizer.Form.NFC);
		return composed.length() == 1 ? composed.charAt(0) : 0;
	}

	/** Vowels of the Vietnamese alphabet (lower-case bases). */
	static boolean isVowel(char lowerBase) {
		return switch (lowerBase) {
			case 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y' -> true;
			default -> false;
		};
	}

	/** Vowels with a shape mark: the tone always goes on one of them. */
	static boolean isShaped(char lowerBase) {
		return switch (lowerBase) {
			case 'ă', 'â', 'ê', 'ô', 'ơ', 'ư' -> true;
			default -> false;
		};
	}

	/**
	 * Initial consonants after which {@code y} and {@code i} are one vowel written two ways ({@code quý} and
	 * {@code quí}, {@code kỹ} and {@code kĩ}). Not g, gh, ng, ngh, which no y follows ({@code gì} is not
	 * {@code gỳ}), nor gi, whose i belongs to the consonant; no vowel either, so {@code tuy} and {@code tay}
	 * keep their y.
	 */
	private static final String[] I_OR_Y_INITIALS = { "b", "c", "ch", "d", "đ", "h", "k", "kh", "l", "m", "n", "nh",
			"p", "ph", "qu", "r", "s", "t", "th", "tr", "v", "x" };

	/** Whether the first {@code length} letters are one of them, compared in place: the scanner allocates nothing. */
	private static boolean isIOrYInitial(char[] word, int length) {
		for (String initial : I_OR_Y_INITIALS) {
			if (initial.length() == length && initial.charAt(0) == word[0] && (length == 1 || initial.charAt(1) == word[1])) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Writes {@code i} for a syllable's whole vowel {@code y} after an initial consonant, its tone kept, in the
	 * first {@code length} lower-case letters of {@code word}: {@code quý} becomes {@code quí}, {@code tỷ}
	 * {@code tỉ}, {@code hy} {@code hi}. The word {@code y} alone, {@code ay}, {@code uy} and a {@code y} before
	 * another letter are left alone. The one rule of the text module for the spelling variants readers take as
	 * one word; true when the word changed.
	 */
	public static boolean iForY(char[] word, int length) {
		if (length < 2 || length > 4 || base(word[length - 1]) != 'y') {
			return false;
		}
		for (int i = 0; i < length - 1; i++) {
			if (tone(word[i]) != 0) {
				return false;
			}
		}
		if (!isIOrYInitial(word, length - 1)) {
			return false;
		}
		word[length - 1] = withTone('i', tone(word[length - 1]));
		return true;
	}

	/**
	 * Where the tone goes in a syllable written without it (the first {@code length} lower-case bases of
	 * {@code bases}), or -1 when the letters are not one Vietnamese syllable. The one rule for the whole text
	 * module: {@code VietnameseText} places tones with it, the analyzers' scanner too.
	 */
	public static int toneIndex(char[] bases, int length) {
		int start = 0;
		// qu and gi before another vowel are consonants: quý, già, giường
		if (length > 2 && isVowel(bases[2]) && ((bases[0] == 'q' && bases[1] == 'u') || (bases[0] == 'g' && bases[1] == 'i'))) {
			start = 2;
		}
		while (start < length && !isVowel(bases[start])) {
			start++;
		}
		if (start == length) {
			return -1;
		}
		int end = start;
		while (end < length && isVowel(bases[end])) {
			end++;
		}
		for (int i = end; i < length; i++) {
			if (isVowel(bases[i])) {
				return -1; // a second vowel group: not one syllable
			}
		}
		int lastShaped = -1;
		for (int i = start; i < end; i++) {
			if (isShaped(bases[i])) {
				lastShaped = i; // ươ takes the tone on ơ: the last shaped vowel
			}
		}
		if (lastShaped >= 0) {
			return lastShaped;
		}
		int vowels = end - start;
		if (vowels == 1) {
			return start;
		}
		if (end < length) {
			return end - 1; // hoàng, toán, khuyết: on the last vowel before the final consonant
		}
		return vowels == 2 ? start : start + 1; // hòa, khỏe, thủy on the first of two; ngoài, khuỷu on the middle
	}

}
