package vn.tuyengiao.classify.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tuyengiao.text.Token;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.VietnameseTokenizer;

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

	/** The syllables of the text in reading order, lower-cased, numbers and links as placeholders. */
	public static List<String> words(String text) {
		String cut = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
		List<Token> tokens = VietnameseTokenizer.tokenize(cut);
		List<String> words = new ArrayList<>(tokens.size());
		for (Token token : tokens) {
			switch (token.type()) {
				case WORD, HASHTAG, EMOJI -> words.add(squeeze(token.text().toLowerCase(Locale.ROOT)));
				case NUMBER, PERCENT, DATE -> words.add("<số>");
				case URL, EMAIL -> words.add("<link>");
				case MENTION -> words.add("<tên>");
				case PUNCTUATION -> {
					String p = token.text();
					if (p.equals("!") || p.equals("?")) {
						words.add(p);
					}
				}
			}
		}
		return words;
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
		Map<String, Double> counts = new HashMap<>(words.size() * 8);
		String previous = null;
		String previousFolded = null;
		for (int at = 0; at < words.size(); at++) {
			String word = words.get(at);
			String folded = foldedWords.get(at);
			add(counts, "w:" + word);
			if (!folded.equals(word)) {
				add(counts, "f:" + folded);
			}
			if (previous != null) {
				add(counts, "b:" + previous + ' ' + word);
				add(counts, "g:" + previousFolded + ' ' + folded);
			}
			String padded = ' ' + folded + ' ';
			for (int n = MIN_CHARS; n <= MAX_CHARS; n++) {
				for (int i = 0; i + n <= padded.length(); i++) {
					add(counts, "c:" + padded.substring(i, i + n));
				}
			}
			previous = word;
			previousFolded = folded;
		}
		double norm = 0;
		for (Map.Entry<String, Double> e : counts.entrySet()) {
			double v = 1 + Math.log(e.getValue());
			e.setValue(v);
			norm += v * v;
		}
		if (norm > 0) {
			double scale = 1 / Math.sqrt(norm);
			counts.replaceAll((k, v) -> v * scale);
		}
		return counts;
	}

	private static void add(Map<String, Double> counts, String feature) {
		counts.merge(feature, 1.0, Double::sum);
	}

	/** A letter repeated more than twice counts twice: {@code quáaaa} and {@code quáaa} are one spelling. */
	static String squeeze(String word) {
		StringBuilder out = null;
		int run = 1;
		for (int i = 1; i < word.length(); i++) {
			run = word.charAt(i) == word.charAt(i - 1) ? run + 1 : 1;
			if (run > 2) {
				if (out == null) {
					out = new StringBuilder(word.length()).append(word, 0, i);
				}
			}
			else if (out != null) {
				out.append(word.charAt(i));
			}
		}
		return out == null ? word : out.toString();
	}

}
