package vn.tuyengiao.text;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Map;

/**
 * Text typed in the legacy Vietnamese encodings that old documents and some sites still use, read back
 * as Unicode. Such text reaches us mis-decoded as Latin-1 ("Ninh B×nh" for Ninh Bình): each legacy byte
 * became one Latin-1 character, so the conversion is a character table.
 * <p>
 * First part of issue 4: TCVN3 (ABC). Its capital toned vowels were drawn by separate fonts from the same
 * codes, so they come back in lower case. VNI-Windows and Windows-1258 follow.
 */
public final class LegacyEncodings {

	/** Unicode letter for each TCVN3 code (as its Latin-1 character): lowercase vowels, đ, and the 7 capitals. */
	private static final Map<Character, Character> TCVN3 = new HashMap<>();

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
		String nfc = Normalizer.normalize(letters, Normalizer.Form.NFC);
		for (int i = 0; i < codes.length(); i++) {
			TCVN3.put(codes.charAt(i), nfc.charAt(i));
		}
	}

	private LegacyEncodings() {
	}

	/** The text with every TCVN3 code replaced by its Unicode letter; other characters stay. */
	public static String fromTcvn3(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			out.append(TCVN3.getOrDefault(c, c));
		}
		return out.toString();
	}

	/**
	 * How sure we are that the text is mis-decoded TCVN3, from 0 to 1: among its words that hold TCVN3
	 * codes, the share that are not Vietnamese as they stand but read as one Vietnamese syllable once
	 * converted. Clean Unicode scores 0: its words are already syllables, so there is nothing to repair.
	 */
	public static double tcvn3Confidence(String text) {
		int candidates = 0;
		int repaired = 0;
		for (String word : text.split("[\\s\\p{Punct}]+")) {
			if (word.isEmpty() || word.chars().noneMatch(c -> TCVN3.containsKey((char) c))) {
				continue;
			}
			candidates++;
			if (!syllable(word) && syllable(fromTcvn3(word))) {
				repaired++;
			}
		}
		return candidates == 0 ? 0 : (double) repaired / candidates;
	}

	/** One Vietnamese syllable: only letters of the Vietnamese alphabet, one group of vowels. */
	static boolean syllable(String word) {
		String lower = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(java.util.Locale.ROOT);
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if (!(c >= 'a' && c <= 'z') && VIETNAMESE_LETTERS.indexOf(c) < 0) {
				return false;
			}
		}
		String bare = Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("[\\u0300\\u0301\\u0303\\u0309\\u0323]", "");
		return VietnameseText.toneIndex(Normalizer.normalize(bare, Normalizer.Form.NFC)) >= 0;
	}

	/** The letters of the Vietnamese alphabet beyond a to z, with every tone, in lower case. */
	private static final String VIETNAMESE_LETTERS = Normalizer.normalize(
			"àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ", Normalizer.Form.NFC);

}
