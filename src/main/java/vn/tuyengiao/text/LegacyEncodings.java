package vn.tuyengiao.text;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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

	/** The three readings of Latin-1 text, in the order that wins a tie. */
	private static final List<Reading> READINGS = List.of(new Reading(Encoding.TCVN3, LegacyEncodings::fromTcvn3),
			new Reading(Encoding.VNI, LegacyEncodings::fromVni),
			new Reading(Encoding.WINDOWS_1258, LegacyTables::fromWindows1258));

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
		return LegacyTables.fromTcvn3(text);
	}

	/**
	 * The text with every VNI-Windows letter (a base letter and its mark code, or a single code) replaced
	 * by its Unicode letter; other characters stay. A mark code is read in either case, and the letter
	 * takes the case of its base.
	 */
	public static String fromVni(String text) {
		return LegacyTables.fromVni(text);
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

	/**
	 * Reads each line in the reading that repairs the largest share of its words, if that share is enough;
	 * a short line that two readings repair equally goes to the one that does better over the whole text.
	 */
	private static Decoded read(List<Line> lines) {
		Summary summary = new Summary();
		Map<Reading, Map<String, ReadingTally>> verdicts = new HashMap<>();
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

	private static String readLine(Line line, Summary summary, Map<Reading, Map<String, ReadingTally>> verdicts) {
		if (unmistakablyUnicode(line)) {
			return line.text;
		}
		Reading best = null;
		ReadingTally bestTally = new ReadingTally();
		for (Reading reading : READINGS) {
			ReadingTally tally = tally(line.text, reading, verdicts.get(reading));
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
			summary.converted(Encoding.WINDOWS_1252, new ReadingTally());
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
	private static boolean beats(ReadingTally one, Reading reading, ReadingTally other, Reading otherReading, Summary summary) {
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
	private static ReadingTally tally(String text, Reading reading, Map<String, ReadingTally> verdicts) {
		ReadingTally tally = new ReadingTally();
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
					ReadingTally verdict = verdicts.get(word);
					if (verdict == null) {
						verdict = ReadingTally.of(word, reading.convert);
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

	private record Line(String text, boolean notUtf8) {
	}

	private record Reading(Encoding encoding, UnaryOperator<String> convert) {
	}

	/** What the lines of one text were found in, summed into one answer. */
	private static final class Summary {

		private final Map<Encoding, ReadingTally> seen = new EnumMap<>(Encoding.class);

		private final Map<Encoding, ReadingTally> converted = new EnumMap<>(Encoding.class);

		void seen(Encoding encoding, ReadingTally tally) {
			seen.computeIfAbsent(encoding, e -> new ReadingTally()).add(tally);
		}

		void converted(Encoding encoding, ReadingTally tally) {
			converted.computeIfAbsent(encoding, e -> new ReadingTally()).add(tally);
		}

		/** Whether the first encoding did better than the second over the whole text. */
		boolean prefers(Encoding one, Encoding other) {
			ReadingTally a = seen.get(one);
			ReadingTally b = seen.get(other);
			return a.confidence() > b.confidence() || (a.confidence() == b.confidence() && a.repaired > b.repaired);
		}

		Decoded result(String text) {
			if (converted.isEmpty()) {
				double best = seen.values().stream().mapToDouble(ReadingTally::confidence).max().orElse(0);
				return new Decoded(text, Encoding.UNICODE, 1 - best);
			}
			Map.Entry<Encoding, ReadingTally> main = null;
			for (Map.Entry<Encoding, ReadingTally> entry : converted.entrySet()) {
				if (main == null || entry.getValue().repaired > main.getValue().repaired) {
					main = entry;
				}
			}
			return new Decoded(text, main.getKey(), main.getValue().confidence());
		}

	}

}
