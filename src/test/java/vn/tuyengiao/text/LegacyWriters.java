package vn.tuyengiao.text;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * Writes Unicode text the way the legacy encodings stored it, to test reading it back. The VNI writer is
 * built from the rules of the VNI keyboard fonts (a vowel, then one code for its shape and tone), not
 * from the reader's table, so a round trip checks the table.
 */
final class LegacyWriters {

	/** Combining tones in the order acute, grave, hook, tilde, dot. */
	private static final String TONES = "\u0301\u0300\u0309\u0303\u0323";

	private LegacyWriters() {
	}

	/** Unicode text as VNI-Windows, each code as its Latin-1 character. */
	static String toVni(String unicode) {
		StringBuilder out = new StringBuilder();
		for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
			boolean upper = Character.isUpperCase(c);
			String parts = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFD);
			char base = parts.charAt(0);
			int tone = -1;
			char shape = 0;
			for (char mark : parts.substring(1).toCharArray()) {
				if (TONES.indexOf(mark) >= 0) {
					tone = TONES.indexOf(mark);
				}
				else {
					shape = mark;
				}
			}
			String vni;
			if (c == 'đ' || c == 'Đ') {
				vni = "ñ";
			}
			else if (base == 'i' && tone >= 0) {
				vni = String.valueOf("íìæóò".charAt(tone));
			}
			else if (base == 'y' && tone == 4) {
				vni = "î";
			}
			else if (shape == '\u0302') { // circumflex: â ê ô
				vni = base + (tone < 0 ? "â" : String.valueOf("áàåãä".charAt(tone)));
			}
			else if (shape == '\u0306') { // breve: ă
				vni = base + (tone < 0 ? "ê" : String.valueOf("éèúüë".charAt(tone)));
			}
			else if (shape == '\u031B') { // horn: ơ ư
				vni = (base == 'o' ? "ô" : "ö") + (tone < 0 ? "" : String.valueOf("ùøûõï".charAt(tone)));
			}
			else if (tone >= 0) {
				vni = base + String.valueOf("ùøûõï".charAt(tone));
			}
			else {
				vni = String.valueOf(Character.toLowerCase(c));
			}
			out.append(upper ? vni.toUpperCase(java.util.Locale.ROOT) : vni);
		}
		return out.toString();
	}

	/** Unicode text as TCVN3, each code as its Latin-1 character; toned capitals written in lower case. */
	static String toTcvn3(String unicode) {
		String nfc = Normalizer.normalize(unicode, Normalizer.Form.NFC);
		StringBuilder out = new StringBuilder();
		for (char c : nfc.toCharArray()) {
			out.append(tcvn3Code(c));
		}
		return out.toString();
	}

	/** What TCVN3 gives back for a text: the capital toned vowels it cannot write come back in lower case. */
	static String tcvn3Lossy(String unicode) {
		StringBuilder out = new StringBuilder();
		for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
			boolean keptCapital = c < 128 || "ĂÂĐÊÔƠƯ".indexOf(c) >= 0;
			out.append(Character.isUpperCase(c) && !keptCapital ? Character.toLowerCase(c) : c);
		}
		return out.toString();
	}

	private static char tcvn3Code(char c) {
		char lower = c < 128 || "ĂÂĐÊÔƠƯ".indexOf(c) >= 0 ? c : Character.toLowerCase(c);
		if (lower < 128) {
			return lower;
		}
		for (char code = 0xA1; code <= 0xFE; code++) {
			if (LegacyEncodings.fromTcvn3(String.valueOf(code)).charAt(0) == lower) {
				return code;
			}
		}
		return lower;
	}

	/**
	 * Unicode text as Windows-1258 bytes, as Windows writes it: a letter the code page has stays one byte,
	 * any other toned vowel is its base letter and a combining tone.
	 */
	static byte[] toWindows1258(String unicode) {
		CharsetEncoder encoder = Charset.forName("windows-1258").newEncoder();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (char c : Normalizer.normalize(unicode, Normalizer.Form.NFC).toCharArray()) {
			String piece = String.valueOf(c);
			if (!encoder.canEncode(c)) {
				String parts = Normalizer.normalize(piece, Normalizer.Form.NFD);
				String tone = parts.replaceAll("[^\\u0300\\u0301\\u0303\\u0309\\u0323]", "");
				String base = Normalizer.normalize(parts.replaceAll("[\\u0300\\u0301\\u0303\\u0309\\u0323]", ""),
						Normalizer.Form.NFC);
				piece = base + tone;
			}
			try {
				ByteBuffer bytes = encoder.encode(CharBuffer.wrap(piece));
				out.write(bytes.array(), 0, bytes.limit());
			}
			catch (CharacterCodingException ex) {
				throw new IllegalArgumentException(piece, ex);
			}
		}
		return out.toByteArray();
	}

	/** Legacy text that was mis-decoded as Latin-1 and saved again as UTF-8, as such pages arrive. */
	static byte[] resavedAsUtf8(String latin1) {
		return latin1.getBytes(StandardCharsets.UTF_8);
	}

	/** Legacy text as its original bytes. */
	static byte[] bytes(String latin1) {
		return latin1.getBytes(StandardCharsets.ISO_8859_1);
	}

}
