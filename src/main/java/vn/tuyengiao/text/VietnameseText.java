package vn.tuyengiao.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;

import vn.tuyengiao.text.internal.analysis.Letters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Normalisation and folding of Vietnamese text. Pure functions, safe on any input: text that is not
 * Vietnamese passes through unchanged but for Unicode normalisation and cleaning.
 */
public final class VietnameseText {

	/** The five tone marks as Unicode combining characters: grave, acute, tilde, hook above, dot below. */
	private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

	private VietnameseText() {
	}

	/** HTML named character references seen in Vietnamese pages, beyond the accented vowels built below. */
	private static final Map<String, String> ENTITIES = new HashMap<>(Map.ofEntries(Map.entry("amp", "&"),
			Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""), Map.entry("apos", "'"),
			Map.entry("nbsp", "\u00A0"), Map.entry("shy", "\u00AD"), Map.entry("zwj", "\u200D"),
			Map.entry("zwnj", "\u200C"), Map.entry("ldquo", "\u201C"), Map.entry("rdquo", "\u201D"),
			Map.entry("lsquo", "\u2018"), Map.entry("rsquo", "\u2019"), Map.entry("laquo", "\u00AB"),
			Map.entry("raquo", "\u00BB"), Map.entry("hellip", "\u2026"), Map.entry("ndash", "\u2013"),
			Map.entry("mdash", "\u2014")));

	static {
		// &agrave; &Ecirc; and the like: the vowels with the marks HTML has names for
		String[][] marks = { { "grave", "\u0300", "aeiou" }, { "acute", "\u0301", "aeiouy" },
				{ "circ", "\u0302", "aeo" }, { "tilde", "\u0303", "ao" } };
		for (String[] mark : marks) {
			for (char vowel : mark[2].toCharArray()) {
				String lower = Normalizer.normalize(vowel + mark[1], Normalizer.Form.NFC);
				ENTITIES.put(vowel + mark[0], lower);
				ENTITIES.put(Character.toUpperCase(vowel) + mark[0], lower.toUpperCase(Locale.ROOT));
			}
		}
	}

	/**
	 * The canonical form for display and storage: HTML character references decoded ({@code &amp;},
	 * {@code &#7879;}, {@code &nbsp;}); NFC; zero-width characters and soft hyphens removed;
	 * non-breaking and other Unicode spaces made plain spaces; typographic quotes and dashes made
	 * plain; each syllable's tone mark on the vowel where today's usage puts it ({@code hoà} and
	 * {@code hòa} both become {@code hòa}, {@code thuỷ} becomes {@code thủy}).
	 */
	public static String normalize(String text) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		String clean = clean(Normalizer.normalize(decodeEntities(text), Normalizer.Form.NFC));
		StringBuilder out = new StringBuilder(clean.length());
		int i = 0;
		while (i < clean.length()) {
			if (Character.isLetter(clean.charAt(i))) {
				int end = i;
				while (end < clean.length() && Character.isLetter(clean.charAt(end))) {
					end++;
				}
				if (mayCarryTone(clean, i, end)) {
					out.append(placedTone(clean.substring(i, end)));
				}
				else {
					out.append(clean, i, end); // no tone mark: nothing to move (most of a text's words)
				}
				i = end;
			}
			else {
				out.append(clean.charAt(i++));
			}
		}
		return out.toString();
	}

	/** Letters below U+1F00 that carry a tone mark once decomposed (à, ế, ợ, ỹ…). */
	private static final boolean[] TONED = new boolean[0x1F00];

	static {
		for (char c = 0xC0; c < TONED.length; c++) {
			String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			for (int i = 1; i < decomposed.length(); i++) {
				TONED[c] |= TONES.indexOf(decomposed.charAt(i)) >= 0;
			}
		}
	}

	/** Whether the word holds a toned letter, a combining mark, or a letter the table does not cover. */
	private static boolean mayCarryTone(String text, int start, int end) {
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (c >= 0xC0 && (c >= TONED.length || TONED[c] || (c >= 0x300 && c <= 0x36F))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The accent-free form for search and matching: normalised, lower-cased, every diacritic removed
	 * and {@code đ} written {@code d}; {@code Bắc Kạn} becomes {@code bac kan}.
	 */
	public static String fold(String text) {
		String normal = normalize(text);
		char[] folded = new char[normal.length()];
		for (int i = 0; i < folded.length; i++) {
			char c = normal.charAt(i);
			char f = c < FOLDED.length ? FOLDED[c] : 0;
			if (f == 0) {
				return slowFold(normal); // a letter outside the table: the general way
			}
			folded[i] = f;
		}
		return new String(folded);
	}

	/**
	 * Each character below U+2100 folded alone, as {@link #slowFold} folds it, where that gives one character
	 * (0 elsewhere: the capital sigma, whose lower case depends on its neighbours, and the few letters that
	 * fold to two). Covers Latin with every Vietnamese letter and the punctuation of running text.
	 */
	private static final char[] FOLDED = new char[0x2100];

	static {
		for (char c = 0; c < FOLDED.length; c++) {
			String one = slowFold(String.valueOf(c));
			FOLDED[c] = one.length() == 1 && c != '\u03A3' && !Character.isSurrogate(c) ? one.charAt(0) : 0;
		}
	}

	private static String slowFold(String normal) {
		String decomposed = Normalizer.normalize(normal.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
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
	 * {@code kỹ} and {@code kĩ}, {@code lý} and {@code lí} are the same key). Accents are kept, so
	 * {@code lý} and {@code lỹ} differ; {@code y}, {@code tuy} and {@code tay} keep their y. It is the form
	 * the analyzers {@code vi} and {@code vi_folded} index (folded for the latter).
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
				case '\u200D' -> {
					if (joinsEmoji(text, i)) {
						out.append(c); // 👨‍👩‍👧 is one picture only with its joiners
					}
				}
				case '\u200B', '\u200C', '\u2060', '\uFEFF', '\u00AD' -> {
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

	/** A zero-width joiner between two emoji (or an emoji and its variation selector) holds them together. */
	private static boolean joinsEmoji(String text, int joiner) {
		if (joiner == 0 || joiner + 1 >= text.length()) {
			return false;
		}
		char before = text.charAt(joiner - 1);
		char after = text.charAt(joiner + 1);
		boolean emojiBefore = Character.isLowSurrogate(before) || before == '\uFE0F' || (before >= '\u2600' && before <= '\u27BF');
		boolean emojiAfter = Character.isHighSurrogate(after) || (after >= '\u2600' && after <= '\u27BF');
		return emojiBefore && emojiAfter;
	}

	/**
	 * HTML character references made characters: the named ones in {@link #ENTITIES}, decimal and hexadecimal
	 * ones for any valid code point. Anything else that starts with an ampersand is left as it is, and the
	 * result is not decoded again ({@code &amp;nbsp;} gives {@code &nbsp;}).
	 */
	static String decodeEntities(String text) {
		int amp = text.indexOf('&');
		if (amp < 0) {
			return text;
		}
		StringBuilder out = new StringBuilder(text.length());
		int i = 0;
		while (amp >= 0) {
			out.append(text, i, amp);
			int semicolon = text.indexOf(';', amp);
			String decoded = semicolon > amp + 1 && semicolon - amp <= 10 ? entity(text.substring(amp + 1, semicolon)) : null;
			if (decoded == null) {
				out.append('&');
				i = amp + 1;
			}
			else {
				out.append(decoded);
				i = semicolon + 1;
			}
			amp = text.indexOf('&', i);
		}
		return out.append(text, i, text.length()).toString();
	}

	private static String entity(String name) {
		if (name.charAt(0) != '#') {
			return ENTITIES.get(name);
		}
		try {
			boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
			int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
			boolean valid = codePoint > 0 && Character.isValidCodePoint(codePoint)
					&& !(codePoint >= 0xD800 && codePoint <= 0xDFFF);
			return valid ? new String(Character.toChars(codePoint)) : null;
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	/**
	 * {@link #placeTone}, remembered: a text repeats the few thousand syllables of the language, and
	 * decomposing and recomposing each occurrence was the normaliser's main cost when ingesting news.
	 */
	private static String placedTone(String word) {
		String placed = PLACED.get(word);
		if (placed == null) {
			placed = placeTone(word);
			if (PLACED.size() >= MAX_REMEMBERED) {
				PLACED.clear(); // garbage or a foreign script: start over rather than grow without end
			}
			PLACED.put(word, placed);
		}
		return placed;
	}

	private static final int MAX_REMEMBERED = 200_000;

	private static final Map<String, String> PLACED = new ConcurrentHashMap<>();

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
		char[] lower = base.toLowerCase(Locale.ROOT).toCharArray();
		return Letters.toneIndex(lower, lower.length);
	}

	/** {@code y} as the whole vowel after a consonant is the same word as with {@code i}. */
	private static String iForY(String word) {
		char[] letters = word.toCharArray();
		return Letters.iForY(letters, letters.length) ? new String(letters) : word;
	}

}
