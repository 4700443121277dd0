package vn.tuyengiao.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits normalised Vietnamese text into syllables, numbers in either notation, percentages, dates,
 * links, e-mail addresses, hashtags, mentions and emoji; and into sentences, keeping abbreviations such
 * as {@code TP.} and {@code TS.} inside their sentence. A run of punctuation is one token as written
 * ({@code ...}, {@code ?!}, {@code --}), as word segmentation and its gold standards expect. Syllables are not
 * yet joined into words: that is the segmenter's work.
 */
public final class VietnameseTokenizer {

	/** 1.234,5 or 1,234.5 or 42. */
	private static final String NUMBER = "(?:\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)";

	/** The alternatives in the order they are tried: the longest, most specific shapes first. */
	private static final Pattern TOKEN = Pattern.compile(String.join("|",
			// a link, or a bare domain name (backan.gov.vn)
			"(?<url>(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]"
					+ "|[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)*\\.(?i:vn|com|net|org|gov|edu|info)(?![\\p{L}\\p{N}]))",
			"(?<email>[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)",
			// 12/4/2023, 30-4-2004, and day/month or month/year alone (30/11, 7/2014)
			"(?<date>(?i:ngày)\\s+\\d{1,2}\\s+(?i:tháng)\\s+\\d{1,2}\\s+(?i:năm)\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
					+ "|\\d{1,2}-\\d{1,2}-\\d{4}|\\d{1,2}/(?:\\d{4}|\\d{1,2})(?![\\p{N}/]))",
			"(?<percent>\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?\\s?%|\\d+(?:[.,]\\d+)?\\s?%)",
			// a number, or a range written without spaces (1.500-2.000, 23-3)
			"(?<number>" + NUMBER + "(?:-" + NUMBER + ")?)(?![\\p{L}\\d])",
			"(?<hashtag>#[\\p{L}\\p{M}\\p{N}_]+)",
			"(?<mention>@[\\p{L}\\p{M}\\p{N}_.]*[\\p{L}\\p{M}\\p{N}_])",
			"(?<word>[\\p{L}\\p{M}\\p{N}]*\\p{L}[\\p{L}\\p{M}\\p{N}]*(?:-[\\p{L}\\p{M}\\p{N}]+)*)",
			"(?<emoji>[\\x{1F1E6}-\\x{1F1FF}]{2}|[\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}\\x{1F1E6}-\\x{1F1FF}](?:[\\x{FE0F}\\x{200D}\\x{1F3FB}-\\x{1F3FF}][\\x{1F000}-\\x{1FAFF}\\x{2600}-\\x{27BF}]?)*)",
			// "...", "?!" and "--" are one mark as written; anything left (¼, ²) a token of its own, never dropped
			"(?<punct>[.!?\\u2026]+|(?<mark>[^\\s\\p{L}\\p{N}])\\k<mark>*|\\S)"));

	/** Abbreviations whose full stop does not end a sentence (compared in lower case, without the stop). */
	static final Set<String> ABBREVIATIONS = Set.of("tp", "ts", "ths", "pgs", "gs", "bs", "ks", "q", "p", "tx", "tt",
			"ubnd", "hđnd", "ct", "nxb", "tr", "st", "v.v", "vv", "ông", "bà", "ng", "đ/c", "đc", "tph", "h", "x");

	private VietnameseTokenizer() {
	}

	/** The tokens of the text, which is normalised first ({@link VietnameseText#normalize}). */
	public static List<Token> tokenize(String text) {
		String normal = VietnameseText.normalize(text);
		List<Token> tokens = new ArrayList<>();
		Matcher m = TOKEN.matcher(normal);
		while (m.find()) {
			Token.Type type = type(m);
			int start = m.start();
			int end = m.end();
			if (type == Token.Type.WORD && keepsItsStop(normal, m.group(), end)) {
				end++;
				m.region(end, normal.length()); // on after the stop
			}
			tokens.add(new Token(normal.substring(start, end), start, end, type));
		}
		return tokens;
	}

	/**
	 * An abbreviation ({@code TP.}, {@code PGS.}) or a name's initial ({@code H.}) keeps its full stop when the
	 * sentence goes on after it: the stop is part of the word, as word segmentation's gold standards write it.
	 * Not {@code ông} and {@code bà}, which are words in their own right.
	 */
	private static boolean keepsItsStop(String text, String word, int end) {
		if (end + 2 >= text.length() || text.charAt(end) != '.' || !Character.isWhitespace(text.charAt(end + 1))) {
			return false;
		}
		int next = end + 1;
		while (next < text.length() && Character.isWhitespace(text.charAt(next))) {
			next++;
		}
		if (next == text.length()) {
			return false;
		}
		String lower = word.toLowerCase(java.util.Locale.ROOT);
		boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
		return initial || (ABBREVIATIONS.contains(lower) && !lower.equals("ông") && !lower.equals("bà"));
	}

	/** The sentences of the text, normalised and trimmed; an abbreviation's stop does not end one. */
	public static List<String> sentences(String text) {
		String normal = VietnameseText.normalize(text);
		List<String> sentences = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < normal.length(); i++) {
			char c = normal.charAt(i);
			boolean end = c == '!' || c == '?' || c == '\n'
					|| (c == '.' && !abbreviationBefore(normal, i) && !digitAround(normal, i) && followedByBreak(normal, i));
			if (c == '\n') {
				// a line break ends a sentence and belongs to none
				add(sentences, normal.substring(start, i));
				start = i + 1;
				continue;
			}
			if (end) {
				int stop = i + 1;
				while (stop < normal.length() && (normal.charAt(stop) == '.' || normal.charAt(stop) == '!'
						|| normal.charAt(stop) == '?' || normal.charAt(stop) == '"' || normal.charAt(stop) == ')')) {
					stop++;
				}
				add(sentences, normal.substring(start, stop));
				start = stop;
				i = stop - 1;
			}
		}
		add(sentences, normal.substring(start));
		return sentences;
	}

	private static void add(List<String> sentences, String sentence) {
		String trimmed = sentence.strip();
		if (!trimmed.isEmpty()) {
			sentences.add(trimmed);
		}
	}

	private static boolean abbreviationBefore(String text, int dot) {
		int start = dot;
		while (start > 0 && (Character.isLetter(text.charAt(start - 1)) || text.charAt(start - 1) == '/')) {
			start--;
		}
		return start < dot && ABBREVIATIONS.contains(text.substring(start, dot).toLowerCase(java.util.Locale.ROOT));
	}

	private static boolean digitAround(String text, int dot) {
		return dot > 0 && dot + 1 < text.length() && Character.isDigit(text.charAt(dot - 1))
				&& Character.isDigit(text.charAt(dot + 1));
	}

	private static boolean followedByBreak(String text, int dot) {
		return dot + 1 >= text.length() || Character.isWhitespace(text.charAt(dot + 1)) || text.charAt(dot + 1) == '"';
	}

	private static Token.Type type(Matcher m) {
		if (m.group("url") != null) {
			return Token.Type.URL;
		}
		if (m.group("email") != null) {
			return Token.Type.EMAIL;
		}
		if (m.group("date") != null) {
			return Token.Type.DATE;
		}
		if (m.group("percent") != null) {
			return Token.Type.PERCENT;
		}
		if (m.group("number") != null) {
			return Token.Type.NUMBER;
		}
		if (m.group("hashtag") != null) {
			return Token.Type.HASHTAG;
		}
		if (m.group("mention") != null) {
			return Token.Type.MENTION;
		}
		if (m.group("word") != null) {
			return Token.Type.WORD;
		}
		if (m.group("emoji") != null) {
			return Token.Type.EMOJI;
		}
		return Token.Type.PUNCTUATION;
	}

}
