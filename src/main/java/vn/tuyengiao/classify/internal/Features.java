package vn.tuyengiao.classify.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tuyengiao.text.VietnameseText;

/**
 * The features a model sees in a text: syllables and syllable pairs, both with accents and without
 * (social media writes {@code khong} as often as {@code không}), and character n-grams of the accent-free
 * words, which catch teencode and stretched spellings ({@code quáaaa}). Values are sublinear term counts,
 * scaled to unit length.
 */
public final class Features {

	/** Character n-grams from this length up to {@link #MAX_CHARS}. */
	private static final int MIN_CHARS = 2;

	private static final int MAX_CHARS = 4;

	/** Long items are read up to here: the opening tells a tone as well as the whole, at a bounded cost. */
	static final int MAX_TEXT = 4000;

	private Features() {
	}

	/**
	 * The syllables of the text in reading order, lower-cased, after {@link VietnameseText#normalize} (one tone
	 * placement, clean characters): runs of letters and digits, numbers as {@code <số>}, links and e-mail
	 * addresses as {@code <link>}, mentions as {@code <tên>}, and {@code !}, {@code ?} and emoji kept. One pass
	 * over the characters: the tokenizer's full grammar (dates, percentages) is more than features need, and
	 * this runs on every item.
	 */
	public static List<String> words(String text) {
		String cut = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
		String normal = VietnameseText.normalize(cut);
		List<String> words = new ArrayList<>(normal.length() / 4);
		StringBuilder word = new StringBuilder(16);
		int n = normal.length();
		int i = 0;
		while (i < n) {
			char c = normal.charAt(i);
			if (Character.isWhitespace(c)) {
				i++;
				continue;
			}
			int chunkEnd = i;
			while (chunkEnd < n && !Character.isWhitespace(normal.charAt(chunkEnd))) {
				chunkEnd++;
			}
			if (isLink(normal, i, chunkEnd)) {
				words.add("<link>");
				i = chunkEnd;
				continue;
			}
			if (c == '@' && i + 1 < chunkEnd && Character.isLetter(normal.charAt(i + 1))) {
				words.add("<tên>");
				i++;
				while (i < chunkEnd && (Character.isLetterOrDigit(normal.charAt(i)) || normal.charAt(i) == '_'
						|| normal.charAt(i) == '.')) {
					i++;
				}
				continue;
			}
			while (i < chunkEnd) {
				c = normal.charAt(i);
				if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
					word.setLength(0);
					boolean letter = false;
					while (i < chunkEnd && (Character.isLetterOrDigit(normal.charAt(i))
							|| Character.getType(normal.charAt(i)) == Character.NON_SPACING_MARK)) {
						char w = Character.toLowerCase(normal.charAt(i));
						letter |= Character.isLetter(w);
						int len = word.length();
						if (len < 2 || word.charAt(len - 1) != w || word.charAt(len - 2) != w) {
							word.append(w); // a letter repeated more than twice counts twice: quáaaa is quáa
						}
						i++;
					}
					words.add(letter ? word.toString() : "<số>");
				}
				else if (c == '!' || c == '?') {
					words.add(c == '!' ? "!" : "?");
					i++;
				}
				else if (Character.isSurrogate(c) || (c >= 0x2600 && c <= 0x27BF)) {
					int code = normal.codePointAt(i);
					if (Character.getType(code) == Character.OTHER_SYMBOL) {
						words.add(new String(Character.toChars(code)));
					}
					i += Character.charCount(code);
				}
				else {
					i++;
				}
			}
		}
		return words;
	}

	private static boolean isLink(String text, int start, int end) {
		if (text.startsWith("http://", start) || text.startsWith("https://", start) || text.startsWith("www.", start)) {
			return true;
		}
		int at = text.indexOf('@', start);
		return at > start && at < end && text.indexOf('.', at) > at && text.indexOf('.', at) < end - 1;
	}

	/** The weighted features of the text: name to value, of unit Euclidean length. */
	public static Map<String, Double> of(String text) {
		List<String> words = words(text);
		List<String> folded = new ArrayList<>(words.size());
		for (String word : words) {
			folded.add(VietnameseText.fold(word));
		}
		return of(words, folded);
	}

	/** The weighted features of a text already read into syllables, with accents and without. */
	public static Map<String, Double> of(List<String> words, List<String> foldedWords) {
		Map<String, double[]> counts = new HashMap<>(words.size() * 6);
		Map<String, int[]> distinctFolded = new HashMap<>(words.size());
		String previous = null;
		String previousFolded = null;
		for (int at = 0; at < words.size(); at++) {
			String word = words.get(at);
			String folded = foldedWords.get(at);
			add(counts, "w:" + word, 1);
			if (!folded.equals(word)) {
				add(counts, "f:" + folded, 1);
			}
			if (previous != null) {
				add(counts, "b:" + previous + ' ' + word, 1);
				add(counts, "g:" + previousFolded + ' ' + folded, 1);
			}
			distinctFolded.computeIfAbsent(folded, k -> new int[1])[0]++;
			previous = word;
			previousFolded = folded;
		}
		// Character n-grams once per distinct word, counted as often as the word occurs: long texts repeat words.
		char[] key = new char[2 + MAX_CHARS];
		key[0] = 'c';
		key[1] = ':';
		for (Map.Entry<String, int[]> e : distinctFolded.entrySet()) {
			String padded = ' ' + e.getKey() + ' ';
			int times = e.getValue()[0];
			for (int n = MIN_CHARS; n <= MAX_CHARS; n++) {
				for (int i = 0; i + n <= padded.length(); i++) {
					padded.getChars(i, i + n, key, 2);
					add(counts, new String(key, 0, 2 + n), times);
				}
			}
		}
		Map<String, Double> vector = new HashMap<>(counts.size() * 2);
		double norm = 0;
		for (Map.Entry<String, double[]> e : counts.entrySet()) {
			double v = 1 + Math.log(e.getValue()[0]);
			vector.put(e.getKey(), v);
			norm += v * v;
		}
		if (norm > 0) {
			double scale = 1 / Math.sqrt(norm);
			vector.replaceAll((k, v) -> v * scale);
		}
		return vector;
	}

	private static void add(Map<String, double[]> counts, String feature, int times) {
		double[] count = counts.get(feature);
		if (count == null) {
			counts.put(feature, new double[] { times });
		}
		else {
			count[0] += times;
		}
	}


}
