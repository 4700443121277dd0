package vn.tuyengiao.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Text typed in the legacy Vietnamese encodings that old documents and some sites still use, read back
 * as Unicode. Such text reaches us either as bytes that are not UTF-8, or already mis-decoded as
 * Latin-1 ({@code Ninh B×nh} for Ninh Bình, {@code Vieät Nam} for Việt Nam): each legacy byte became one
 * Latin-1 character, so each conversion is a character table.
 * <ul>
 * <li>TCVN3 (ABC), the national standard of 1993: one byte per letter. Its capital toned vowels were
 * drawn by separate fonts from the same codes, so they come back in lower case.</li>
 * <li>VNI-Windows, the VNI company's fonts: an ASCII vowel followed by a byte for its mark
 * ({@code aù} is á, {@code oä} is ộ), and single bytes for đ ơ ư and the toned i.</li>
 * <li>Windows-1258, Microsoft's Vietnamese code page: ă â ê ô ơ ư đ as bytes, the five tones as
 * combining marks after the vowel.</li>
 * </ul>
 * Detection never damages clean Unicode: a line is converted only when its words are not Vietnamese
 * syllables as they stand but become syllables once converted ({@link Syllables}), and clean Unicode
 * words are syllables already. It runs before {@link VietnameseText#normalize}, which would remove
 * TCVN3's ư (the Latin-1 soft hyphen); normalise the text it returns.
 */
public final class LegacyEncodings {

	/** The encodings the detector tells apart, with the label the API answers with. */
	public enum Encoding {

		UNICODE("unicode"), TCVN3("tcvn3"), VNI("vni"), WINDOWS_1258("windows-1258"),
		/** Bytes that are not UTF-8 and show no Vietnamese in any legacy reading: read as Western Windows text. */
		WINDOWS_1252("windows-1252");

		private final String label;

		Encoding(String label) {
			this.label = label;
		}

		/** The lower-case name used in API answers, such as {@code windows-1258}. */
		public String label() {
			return label;
		}

	}

	/**
	 * Text read back as Unicode.
	 *
	 * @param text the Unicode text, not yet normalised
	 * @param encoding the encoding the text was found in; for mixed text, the one that converted most words
	 * @param confidence from 0 to 1: for a legacy encoding, the share of its candidate words that its table
	 * made into Vietnamese syllables; for Unicode, 1 less the best legacy score
	 */
	public record Decoded(String text, Encoding encoding, double confidence) {
	}

	/** How many distinct words' verdicts one detection remembers. */
	private static final int MAX_VERDICTS = 50_000;

	private static final Charset WINDOWS_1252_CHARSET = Charset.forName("windows-1252");

	/** A line is converted when more than this share of its candidate words is repaired by the table. */
	private static final double THRESHOLD = 0.5;

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

	/** The three readings of Latin-1 text, in the order that wins a tie. */
	private static final List<Reading> READINGS = List.of(new Reading(Encoding.TCVN3, LegacyEncodings::fromTcvn3),
			new Reading(Encoding.VNI, LegacyEncodings::fromVni),
			new Reading(Encoding.WINDOWS_1258, LegacyEncodings::fromWindows1258));

	private LegacyEncodings() {
	}

	/**
	 * Bytes of unknown encoding read as Unicode text. Valid UTF-8 is decoded and then checked line by line
	 * for legacy text that was mis-decoded and saved again as UTF-8 ({@link #detect}); otherwise each line
	 * that is not UTF-8 is read in whichever of TCVN3, VNI and Windows-1258 yields most Vietnamese
	 * syllables. Any bytes give an answer: null or empty gives empty text.
	 */
	public static Decoded decode(byte[] bytes) {
		if (bytes == null || bytes.length == 0) {
			return new Decoded("", Encoding.UNICODE, 1);
		}
		String utf8 = strictUtf8(bytes, 0, bytes.length);
		if (utf8 != null) {
			return detect(utf8);
		}
		List<Line> lines = new ArrayList<>();
		int start = 0;
		for (int i = 0; i <= bytes.length; i++) {
			if (i == bytes.length || bytes[i] == '\n') {
				String line = strictUtf8(bytes, start, i);
				lines.add(line != null ? new Line(line, false)
						: new Line(new String(bytes, start, i - start, StandardCharsets.ISO_8859_1), true));
				start = i + 1;
			}
		}
		return read(lines);
	}

	/**
	 * Text already in Java that may hold legacy text mis-decoded as Latin-1, read line by line: a line whose
	 * words a legacy table repairs is converted, every other line is left exactly as it is. Null gives
	 * empty text.
	 */
	public static Decoded detect(String text) {
		if (text == null || text.isEmpty()) {
			return new Decoded("", Encoding.UNICODE, 1);
		}
		List<Line> lines = new ArrayList<>();
		int start = 0;
		while (start <= text.length()) {
			int end = text.indexOf('\n', start);
			if (end < 0) {
				end = text.length();
			}
			lines.add(new Line(text.substring(start, end), false));
			start = end + 1;
		}
		return read(lines);
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
	 * The text with every VNI-Windows letter (a base letter and its mark code, or a single code) replaced
	 * by its Unicode letter; other characters stay. A mark code is read in either case, and the letter
	 * takes the case of its base.
	 */
	public static String fromVni(String text) {
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

	/**
	 * How sure we are that the text is mis-decoded TCVN3, from 0 to 1: among its words that the table
	 * would change, the share that are not Vietnamese syllables as they stand but become one once
	 * converted. Clean Unicode scores 0: its words are syllables already, so there is nothing to repair.
	 * Words that read as a syllable either way (such as {@code cô}) are no evidence and not counted.
	 */
	public static double tcvn3Confidence(String text) {
		return tally(text, READINGS.get(0), new HashMap<>()).confidence();
	}

	/** As {@link #tcvn3Confidence}, for VNI-Windows. */
	public static double vniConfidence(String text) {
		return tally(text, READINGS.get(1), new HashMap<>()).confidence();
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

	/**
	 * Reads each line in the reading that repairs the largest share of its words, if that share is enough;
	 * a short line that two readings repair equally goes to the one that does better over the whole text.
	 */
	private static Decoded read(List<Line> lines) {
		Summary summary = new Summary();
		Map<Reading, Map<String, Tally>> verdicts = new HashMap<>();
		for (Reading reading : READINGS) {
			verdicts.put(reading, new HashMap<>());
		}
		for (Line line : lines) {
			if (unmistakablyUnicode(line)) {
				continue;
			}
			for (Reading reading : READINGS) {
				summary.seen(reading.encoding, tally(line.text, reading, verdicts.get(reading)));
			}
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < lines.size(); i++) {
			if (i > 0) {
				out.append('\n');
			}
			out.append(readLine(lines.get(i), summary, verdicts));
		}
		return summary.result(out.toString());
	}

	private static String readLine(Line line, Summary summary, Map<Reading, Map<String, Tally>> verdicts) {
		if (unmistakablyUnicode(line)) {
			return line.text;
		}
		Reading best = null;
		Tally bestTally = new Tally();
		for (Reading reading : READINGS) {
			Tally tally = tally(line.text, reading, verdicts.get(reading));
			// bytes that are not UTF-8 are legacy text for sure: familiar words are evidence enough there
			boolean evidence = tally.repaired > 0 || (line.notUtf8 && tally.familiar > 0);
			if (evidence && (best == null || beats(tally, reading, bestTally, best, summary))) {
				best = reading;
				bestTally = tally;
			}
		}
		if (best != null && (line.notUtf8 || bestTally.confidence() > THRESHOLD)) {
			summary.converted(best.encoding, bestTally);
			return best.convert.apply(line.text);
		}
		if (line.notUtf8) {
			// no Vietnamese in sight: most likely Western text from Windows
			summary.converted(Encoding.WINDOWS_1252, new Tally());
			return new String(line.text.getBytes(StandardCharsets.ISO_8859_1), WINDOWS_1252_CHARSET);
		}
		return line.text;
	}

	/**
	 * A line that holds a letter only Unicode can write (ă, đ, ĩ, ũ, ơ, ư or a letter of the Latin Extended
	 * Additional block such as ạ or ế) is Unicode Vietnamese: legacy text read as Latin-1 or Windows-1252
	 * never produces those, so the line needs no tallying. This keeps clean text, by far the most common,
	 * cheap to check.
	 */
	private static boolean unmistakablyUnicode(Line line) {
		if (line.notUtf8) {
			return false;
		}
		String text = line.text;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if ((c >= '\u1EA0' && c <= '\u1EF9') || c == '\u0103' || c == '\u0102' || c == '\u0111' || c == '\u0110'
					|| c == '\u0129' || c == '\u0128' || c == '\u0169' || c == '\u0168' || c == '\u01A1' || c == '\u01A0'
					|| c == '\u01B0' || c == '\u01AF') {
				return true;
			}
		}
		return false;
	}

	/** Higher share repaired; on a tie more familiar words; then the better reading over the whole text. */
	private static boolean beats(Tally one, Reading reading, Tally other, Reading otherReading, Summary summary) {
		if (one.confidence() != other.confidence()) {
			return one.confidence() > other.confidence();
		}
		if (one.familiar != other.familiar) {
			return one.familiar > other.familiar;
		}
		return summary.prefers(reading.encoding, otherReading.encoding);
	}

	/**
	 * Counts, over the words of the text, those the reading would change and those it repairs. Each word's
	 * verdict is remembered in the given map (real text repeats its words), up to a bound.
	 */
	private static Tally tally(String text, Reading reading, Map<String, Tally> verdicts) {
		Tally tally = new Tally();
		if (text == null) {
			return tally;
		}
		int start = -1;
		for (int i = 0; i <= text.length(); i++) {
			boolean separator = i == text.length() || isSeparator(text.charAt(i));
			if (!separator && start < 0) {
				start = i;
			}
			else if (separator && start >= 0) {
				if (!ascii(text, start, i)) {
					String word = text.substring(start, i);
					Tally verdict = verdicts.get(word);
					if (verdict == null) {
						verdict = Tally.of(word, reading.convert);
						if (verdicts.size() < MAX_VERDICTS) {
							verdicts.put(word, verdict);
						}
					}
					tally.add(verdict);
				}
				start = -1;
			}
		}
		return tally;
	}

	/** No reading changes ASCII. */
	private static boolean ascii(String text, int from, int to) {
		for (int i = from; i < to; i++) {
			if (text.charAt(i) >= 128) {
				return false;
			}
		}
		return true;
	}

	private static boolean isSeparator(char c) {
		return Character.isWhitespace(c) || c == '\u00A0' || (c < 128 && !Character.isLetterOrDigit(c));
	}

	private static String strictUtf8(byte[] bytes, int from, int to) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, from, to - from))
				.toString();
		}
		catch (CharacterCodingException ex) {
			return null;
		}
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

	private record Line(String text, boolean notUtf8) {
	}

	private record Reading(Encoding encoding, UnaryOperator<String> convert) {
	}

	/**
	 * Words a reading would change (not counting those that are syllables either way), those it repairs,
	 * and how many more of the most frequent syllables it makes than it unmakes, which settles a tie on
	 * short lines.
	 */
	private static final class Tally {

		private long candidates;

		private long repaired;

		/** Frequent syllables the reading makes, less those it unmakes. */
		private long familiar;

		/** The verdict on one word. */
		static Tally of(String word, UnaryOperator<String> convert) {
			Tally verdict = new Tally();
			verdict.add(word, convert);
			return verdict;
		}

		private void add(String word, UnaryOperator<String> convert) {
			String converted = convert.apply(word);
			if (converted.equals(word)) {
				return;
			}
			boolean before = Syllables.wellFormed(word);
			boolean after = Syllables.wellFormed(converted);
			if (after && Syllables.common(converted)) {
				familiar++;
			}
			if (before && Syllables.common(word)) {
				familiar--;
			}
			if (before && after) {
				return; // cô or cơ: no evidence either way
			}
			candidates++;
			if (!before && after) {
				repaired++;
			}
		}

		void add(Tally other) {
			candidates += other.candidates;
			repaired += other.repaired;
			familiar += other.familiar;
		}

		double confidence() {
			return candidates == 0 ? 0 : (double) repaired / candidates;
		}

	}

	/** What the lines of one text were found in, summed into one answer. */
	private static final class Summary {

		private final Map<Encoding, Tally> seen = new EnumMap<>(Encoding.class);

		private final Map<Encoding, Tally> converted = new EnumMap<>(Encoding.class);

		void seen(Encoding encoding, Tally tally) {
			seen.computeIfAbsent(encoding, e -> new Tally()).add(tally);
		}

		void converted(Encoding encoding, Tally tally) {
			converted.computeIfAbsent(encoding, e -> new Tally()).add(tally);
		}

		/** Whether the first encoding did better than the second over the whole text. */
		boolean prefers(Encoding one, Encoding other) {
			Tally a = seen.get(one);
			Tally b = seen.get(other);
			return a.confidence() > b.confidence() || (a.confidence() == b.confidence() && a.repaired > b.repaired);
		}

		Decoded result(String text) {
			if (converted.isEmpty()) {
				double best = seen.values().stream().mapToDouble(Tally::confidence).max().orElse(0);
				return new Decoded(text, Encoding.UNICODE, 1 - best);
			}
			Map.Entry<Encoding, Tally> main = null;
			for (Map.Entry<Encoding, Tally> entry : converted.entrySet()) {
				if (main == null || entry.getValue().repaired > main.getValue().repaired) {
					main = entry;
				}
			}
			return new Decoded(text, main.getKey(), main.getValue().confidence());
		}

	}

}
