package vn.tuyengiao.classify.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.text.VietnameseText;

/**
 * A list of words and phrases, each with a class (a weight, a label, a work area), found in a text's
 * syllables. Phrases of two syllables or more are also found written without accents ({@code oc cho}),
 * where a single syllable without accents would be ambiguous ({@code deo}); the longest phrase at a place
 * wins. Read from a resource whose lines are {@code CLASS: phrase, phrase, …}.
 */
final class Lexicon {

	/** A phrase found in a text: the words as the text wrote them and the phrase's class. */
	record Hit(String written, String kind, int start, int end) {
	}

	private record Entry(String[] syllables, String kind, boolean folded) {
	}

	/** Entries by first syllable, accented and (for phrases) accent-free. */
	private final Map<String, List<Entry>> byFirst = new HashMap<>();

	private Lexicon() {
	}

	static Lexicon load(String resource) {
		Lexicon lexicon = new Lexicon();
		try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + resource);
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				int colon = line.indexOf(':');
				if (line.isBlank() || line.startsWith("#") || colon < 0) {
					continue;
				}
				String kind = line.substring(0, colon).strip();
				for (String phrase : line.substring(colon + 1).split(",")) {
					lexicon.add(phrase.strip(), kind);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return lexicon;
	}

	private void add(String phrase, String kind) {
		List<String> words = Features.words(phrase);
		if (words.isEmpty()) {
			return;
		}
		String[] accented = words.toArray(String[]::new);
		byFirst.computeIfAbsent(accented[0], k -> new ArrayList<>()).add(new Entry(accented, kind, false));
		if (accented.length > 1) {
			String[] folded = new String[accented.length];
			for (int i = 0; i < folded.length; i++) {
				folded[i] = VietnameseText.fold(accented[i]);
			}
			if (!String.join(" ", folded).equals(String.join(" ", accented))) {
				byFirst.computeIfAbsent(folded[0], k -> new ArrayList<>()).add(new Entry(folded, kind, true));
			}
		}
	}

	/**
	 * The phrases in the text's syllables, left to right, the longest at each place, without overlaps.
	 * {@code folded} holds the same syllables without accents.
	 */
	List<Hit> find(List<String> words, List<String> folded) {
		List<Hit> hits = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			Entry best = null;
			best = longest(byFirst.get(words.get(i)), words, i, best);
			best = longest(byFirst.get(folded.get(i)), folded, i, best);
			if (best == null) {
				i++;
				continue;
			}
			int end = i + best.syllables.length;
			hits.add(new Hit(String.join(" ", words.subList(i, end)), best.kind, i, end));
			i = end;
		}
		return hits;
	}

	private static Entry longest(List<Entry> candidates, List<String> words, int at, Entry best) {
		if (candidates == null) {
			return best;
		}
		for (Entry entry : candidates) {
			if (best != null && entry.syllables.length <= best.syllables.length) {
				continue;
			}
			if (matches(entry.syllables, words, at)) {
				best = entry;
			}
		}
		return best;
	}

	private static boolean matches(String[] syllables, List<String> words, int at) {
		if (at + syllables.length > words.size()) {
			return false;
		}
		for (int k = 0; k < syllables.length; k++) {
			if (!syllables[k].equals(words.get(at + k))) {
				return false;
			}
		}
		return true;
	}

}
