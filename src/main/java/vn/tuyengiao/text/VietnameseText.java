package vn.tuyengiao.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Normalisation and folding of Vietnamese text. Pure functions, safe on any input: text that is not
 * Vietnamese passes through unchanged but for Unicode normalisation and cleaning.
 */
public final class VietnameseText {

	/** The five tone marks as Unicode combining characters: grave, acute, tilde, hook above, dot below. */
	private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

	private static final String VOWELS = "aăâeêioôơuưy";

	/** Vowels that carry a shape mark (breve, circumflex, horn): a tone always goes on one of them. */
	private static final String SHAPED = "ăâêôơư";

	private VietnameseText() {
	}

	/**
	 * The canonical form for display and storage: NFC; zero-width characters and soft hyphens removed;
	 * non-breaking and other Unicode spaces made plain spaces; typographic quotes and dashes made
	 * plain; each syllable's tone mark on the vowel where today's usage puts it ({@code hoà} and
	 * {@code hòa} both become {@code hòa}, {@code thuỷ} becomes {@code thủy}).
	 */
	public static String normalize(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String clean = clean(Normalizer.normalize(text, Normalizer.Form.NFC));
		StringBuilder out = new StringBuilder(clean.length());
		int i = 0;
		while (i < clean.length()) {
			if (Character.isLetter(clean.charAt(i))) {
				int end = i;
				while (end < clean.length() && Character.isLetter(clean.charAt(end))) {
					end++;
				}
				out.append(placeTone(clean.substring(i, end)));
				i = end;
			}
			else {
				out.append(clean.charAt(i++));
			}
		}
		return out.toString();
	}

	/**
	 * The accent-free form for search and matching: normalised, lower-cased, every diacritic removed
	 * and {@code đ} written {@code d}; {@code Bắc Kạn} becomes {@code bac kan}.
	 */
	public static String fold(String text) {
		String decomposed = Normalizer.normalize(normalize(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		StringBuilder out = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				continue;
			}
			out.append(c == 'đ' ? 'd' : c);
		}
		return out.toString();
	}

	/**
	 * The form under which spellings that readers take as one word are equal: normalised, lower-cased,
	 * and a lone {@code y} after a consonant written {@code i} ({@code quý} and {@code quí},
	 * {@code kỹ} and {@code kĩ}, {@code lý} and {@code lí} are the same key). Accents are kept.
	 */
	public static String matchKey(String text) {
		String lower = normalize(text).toLowerCase(Locale.forLanguageTag("vi"));
		StringBuilder out = new StringBuilder(lower.length());
		int i = 0;
		while (i < lower.length()) {
			if (Character.isLetter(lower.charAt(i))) {
				int end = i;
				while (end < lower.length() && Character.isLetter(lower.charAt(end))) {
					end++;
				}
				out.append(iForY(lower.substring(i, end)));
				i = end;
			}
			else {
				out.append(lower.charAt(i++));
			}
		}
		return out.toString();
	}

	/** Invisible characters go, exotic spaces and typographic punctuation become their plain forms. */
	static String clean(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
					// zero-width characters, word joiner, byte-order mark, soft hyphen: nothing to show
				}
				case '\u00A0', '\u2007', '\u202F', '\u2002', '\u2003', '\u2009', '\u200A', '\u3000' -> out.append(' ');
				case '\u2018', '\u2019', '\u201A', '\u2032' -> out.append('\'');
				case '\u201C', '\u201D', '\u201E', '\u2033', '\u00AB', '\u00BB' -> out.append('"');
				case '\u2013', '\u2014', '\u2212' -> out.append('-');
				case '\u2026' -> out.append("...");
				default -> out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * Puts the syllable's tone mark where today's usage puts it. A word that is not one Vietnamese
	 * syllable (several vowel groups, no tone, foreign letters) is returned as it is.
	 */
	static String placeTone(String word) {
		String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
		char tone = 0;
		StringBuilder bare = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (TONES.indexOf(c) >= 0) {
				if (tone != 0 && tone != c) {
					return word; // two different tones: not a syllable we understand
				}
				tone = c;
			}
			else {
				bare.append(c);
			}
		}
		if (tone == 0) {
			return word;
		}
		String base = Normalizer.normalize(bare, Normalizer.Form.NFC);
		int target = toneIndex(base);
		if (target < 0) {
			return word;
		}
		String marked = Normalizer.normalize(base.charAt(target) + String.valueOf(tone), Normalizer.Form.NFC);
		return base.substring(0, target) + marked + base.substring(target + 1);
	}

	/** Where the tone goes in a syllable written without it, or -1 when it is not one syllable. */
	static int toneIndex(String base) {
		String lower = base.toLowerCase(Locale.ROOT);
		int start = 0;
		// "qu" and "gi" before another vowel are consonants: quý, già, giường
		if (lower.startsWith("qu") && lower.length() > 2 && isVowel(lower.charAt(2))) {
			start = 2;
		}
		else if (lower.startsWith("gi") && lower.length() > 2 && isVowel(lower.charAt(2))) {
			start = 2;
		}
		while (start < lower.length() && !isVowel(lower.charAt(start))) {
			start++;
		}
		if (start == lower.length()) {
			return -1;
		}
		int end = start;
		while (end < lower.length() && isVowel(lower.charAt(end))) {
			end++;
		}
		for (int i = end; i < lower.length(); i++) {
			if (isVowel(lower.charAt(i))) {
				return -1; // a second vowel group: not one syllable
			}
		}
		int length = end - start;
		boolean closed = end < lower.length();
		for (int i = start; i < end; i++) {
			if (SHAPED.indexOf(lower.charAt(i)) >= 0) {
				// "ươ" takes the tone on ơ: the last shaped vowel
				int last = i;
				for (int j = i + 1; j < end; j++) {
					if (SHAPED.indexOf(lower.charAt(j)) >= 0) {
						last = j;
					}
				}
				return last;
			}
		}
		if (length == 1) {
			return start;
		}
		if (closed) {
			return end - 1; // hoàng, toán, khuyết: on the last vowel before the final consonant
		}
		if (length == 2) {
			return start; // hòa, khỏe, thủy, mùa, tài: on the first of two
		}
		return start + 1; // ngoài, khuỷu, xoáy: on the middle of three
	}

	/** {@code y} as the whole vowel after a consonant is the same word as with {@code i}. */
	private static String iForY(String word) {
		String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
		int y = decomposed.indexOf('y');
		if (y <= 0 || decomposed.indexOf('y', y + 1) >= 0) {
			return word;
		}
		String before = decomposed.substring(0, y);
		String after = decomposed.substring(y + 1);
		boolean onlyTonesAfter = after.chars().allMatch(c -> TONES.indexOf(c) >= 0);
		boolean consonantsBefore = before.equals("qu") || before.chars().noneMatch(c -> isVowel((char) c));
		if (!onlyTonesAfter || !consonantsBefore) {
			return word;
		}
		return Normalizer.normalize(before + "i" + after, Normalizer.Form.NFC);
	}

	private static boolean isVowel(char c) {
		return VOWELS.indexOf(Character.toLowerCase(c)) >= 0;
	}

}
