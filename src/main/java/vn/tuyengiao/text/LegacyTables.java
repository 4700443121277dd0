package vn.tuyengiao.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The character tables of the legacy Vietnamese encodings ({@link LegacyEncodings}), each code as the Latin-1
 * character it became, and the conversions that apply them.
 */
final class LegacyTables {

	/** Unicode letter for each TCVN3 code (as its Latin-1 character): lowercase vowels, đ, and the 7 capitals. */
	private static final Map<Character, Character> TCVN3 = new HashMap<>();

	/** VNI letters written with one code: đ ơ ư, the toned i and ỵ (as Latin-1 characters). */
	private static final Map<Character, Character> VNI_SINGLE = new HashMap<>();

	/** VNI letters written as a base letter and a mark code, keyed by the two characters. */
	private static final Map<Integer, Character> VNI_PAIR = new HashMap<>();

	/** The Windows-1258 bytes whose Latin-1 reading differs, and what they are in Windows-1258. */
	private static final Map<Character, Character> WINDOWS_1258 = new HashMap<>();

	static {
		String codes = "\u00B5\u00B8\u00B6\u00B7\u00B9" + "\u00A8\u00BB\u00BE\u00BC\u00BD\u00C6"
				+ "\u00A9\u00C7\u00CA\u00C8\u00C9\u00CB" + "\u00AE\u00CC\u00D0\u00CE\u00CF\u00D1"
				+ "\u00AA\u00D2\u00D5\u00D3\u00D4\u00D6" + "\u00D7\u00DD\u00D8\u00DC\u00DE"
				+ "\u00DF\u00E3\u00E1\u00E2\u00E4" + "\u00AB\u00E5\u00E8\u00E6\u00E7\u00E9"
				+ "\u00AC\u00EA\u00ED\u00EB\u00EC\u00EE" + "\u00EF\u00F3\u00F1\u00F2\u00F4"
				+ "\u00AD\u00F5\u00F8\u00F6\u00F7\u00F9" + "\u00FA\u00FD\u00FB\u00FC\u00FE"
				+ "\u00A1\u00A2\u00A7\u00A3\u00A4\u00A5\u00A6";
		String letters = "àáảãạ" + "ăằắẳẵặ" + "âầấẩẫậ" + "đèéẻẽẹ" + "êềếểễệ" + "ìíỉĩị" + "òóỏõọ" + "ôồốổỗộ"
				+ "ơờớởỡợ" + "ùúủũụ" + "ưừứửữự" + "ỳýỷỹỵ" + "ĂÂĐÊÔƠƯ";
		put(TCVN3, codes, letters);

		// VNI: the mark codes in the order none, acute, grave, hook, tilde, dot
		String tone = "ùøûõï";
		String circumflex = "âáàåãä";
		String breve = "êéèúüë";
		pairs('a', tone, "áàảãạ");
		pairs('a', circumflex, "âấầẩẫậ");
		pairs('a', breve, "ăắằẳẵặ");
		pairs('e', tone, "éèẻẽẹ");
		pairs('e', circumflex, "êếềểễệ");
		pairs('o', tone, "óòỏõọ");
		pairs('o', circumflex, "ôốồổỗộ");
		pairs('ô', tone, "ớờởỡợ");
		pairs('u', tone, "úùủũụ");
		pairs('ö', tone, "ứừửữự");
		pairs('y', tone.substring(0, 4), "ýỳỷỹ");
		put(VNI_SINGLE, "íìæóòîôöñ", "íìỉĩịỵơưđ");
		put(VNI_SINGLE, "ÍÌÆÓÒÎÔÖÑ", "ÍÌỈĨỊỴƠƯĐ");

		// the tones are combining marks, so these letters must not be composed with each other
		putRaw(WINDOWS_1258, "\u00C3\u00CC\u00D0\u00D2\u00D5\u00DD\u00DE\u00E3\u00EC\u00F0\u00F2\u00F5\u00FD\u00FE",
				"\u0102\u0300\u0110\u0309\u01A0\u01AF\u0303\u0103\u0301\u0111\u0323\u01A1\u01B0\u20AB");
	}

	private LegacyTables() {
	}

	/** The text with every TCVN3 code replaced by its Unicode letter; other characters stay. */
	static String fromTcvn3(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(TCVN3.getOrDefault(c, c));
		}
		return out.toString();
	}

	/**
	 * The text with every VNI-Windows letter (a base letter and its mark code, or a single code) replaced
	 * by its Unicode letter; other characters stay. A mark code is read in either case, and the letter
	 * takes the case of its base.
	 */
	static String fromVni(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (i + 1 < text.length()) {
				Character pair = vniPair(c, text.charAt(i + 1));
				if (pair != null) {
					out.append(pair);
					i++;
					continue;
				}
			}
			out.append(VNI_SINGLE.getOrDefault(c, c));
		}
		return out.toString();
	}

	/** Latin-1 text whose bytes were Windows-1258: its letters, with tones composed onto their vowels. */
	static String fromWindows1258(String latin1) {
		StringBuilder out = new StringBuilder(latin1.length());
		boolean changed = false;
		for (int i = 0; i < latin1.length(); i++) {
			char c = latin1.charAt(i);
			Character letter = WINDOWS_1258.get(c);
			changed |= letter != null;
			out.append(letter == null ? c : letter);
		}
		return changed ? Normalizer.normalize(out, Normalizer.Form.NFC) : latin1;
	}

	private static Character vniPair(char base, char mark) {
		boolean upper = Character.isUpperCase(base);
		Character letter = VNI_PAIR.get(key(Character.toLowerCase(base), Character.toLowerCase(mark)));
		if (letter == null) {
			return null;
		}
		return upper ? Character.toUpperCase(letter) : letter;
	}

	private static void put(Map<Character, Character> map, String codes, String letters) {
		putRaw(map, codes, Normalizer.normalize(letters, Normalizer.Form.NFC));
	}

	private static void putRaw(Map<Character, Character> map, String codes, String letters) {
		for (int i = 0; i < codes.length(); i++) {
			map.put(codes.charAt(i), letters.charAt(i));
		}
	}

	private static void pairs(char base, String marks, String letters) {
		String nfc = Normalizer.normalize(letters, Normalizer.Form.NFC);
		for (int i = 0; i < marks.length(); i++) {
			VNI_PAIR.put(key(base, marks.charAt(i)), nfc.charAt(i));
		}
	}

	private static int key(char base, char mark) {
		return base << 16 | mark;
	}

}
