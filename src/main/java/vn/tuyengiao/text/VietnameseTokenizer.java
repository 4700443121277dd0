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

	/** The alternatives in the order they are tried: the longest, most specific shapes first. */
	private static final Pattern TOKEN = Pattern.compile(String.join("|",
			"(?<url>(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]])",
			"(?<email>[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)",
			"(?<date>(?i:ngày)\\s+\\d{1,2}\\s+(?i:tháng)\\s+\\d{1,2}\\s+(?i:năm)\\s+\\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4})",
			"(?<percent>\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d+)?\\s?%|\\d+(?:[.,]\\d+)?\\s?%)",
			"(?<number>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:[.,]\\d+)?)(?![\\p{L}\\d])",
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
			tokens.add(new Token(m.group(), m.start(), m.end(), type(m)));
		}
		return tokens;
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
