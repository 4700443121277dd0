package vn.tuyengiao.classify.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import vn.tuyengiao.text.VietnameseText;

/**
 * A list of words and phrases, each with a class (a weight, a label, a work area), found as whole words in a
 * text's syllables. Phrases of two syllables or more are also found where the text writes them without accents
 * ({@code oc cho}); a text that writes accents is read only as written, so {@code đỡ cho} is never
 * {@code đồ chó}, nor {@code ngủ} {@code ngu}. The longest phrase at a place wins.
 * <p>
 * Vietnamese writes words of several syllables with spaces, so a one-syllable term is often a syllable of an
 * innocent word ({@code mọi} of {@code mọi người}). The lexicon lists those innocent words itself (class
 * {@value #INNOCENT}): a term that shares a syllable with an innocent word found in the text, and does not hold
 * all of it, is not found there. That is all a fresh installation has; where the operator configured a word
 * segmenter, a term must also begin and end at the boundaries of the words it found.
 * <p>
 * Read from resources whose lines are {@code CLASS: phrase, phrase, …}.
 */
final class Lexicon {

	/** The class of the innocent words that hide a term sharing their syllables. */
	static final String INNOCENT = "INNOCENT";

	/** A phrase found in a text: the words as the text wrote them, the phrase's class and the syllables it covers. */
	record Hit(String written, String kind, int start, int end) {
	}

	/** An entry as the file wrote it, for tests and tools that go through the list. */
	record Term(String phrase, String kind) {
	}

	private record Entry(String[] syllables, String kind) {
	}

	/** Entries by first syllable, as written. */
	private final Map<String, List<Entry>> accented = new HashMap<>();

	/** Entries of two syllables or more without accents, by first syllable, for texts written without accents. */
	private final Map<String, List<Entry>> folded = new HashMap<>();

	private final List<Term> terms = new ArrayList<>();

	private Lexicon() {
	}

	static Lexicon load(String... resources) {
		Lexicon lexicon = new Lexicon();
		for (String resource : resources) {
			lexicon.read(resource);
		}
		return lexicon;
	}

	private void read(String resource) {
		try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw LexiconUnreadable.missing(resource);
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
					add(phrase.strip(), kind);
				}
			}
		}
		catch (IOException e) {
			throw new LexiconUnreadable(e);
		}
	}

	private void add(String phrase, String kind) {
		List<String> words = Features.words(phrase);
		if (words.isEmpty()) {
			return;
		}
		terms.add(new Term(String.join(" ", words), kind));
		String[] written = words.toArray(String[]::new);
		accented.computeIfAbsent(written[0], k -> new ArrayList<>()).add(new Entry(written, kind));
		if (written.length > 1) {
			String[] plain = new String[written.length];
			for (int i = 0; i < plain.length; i++) {
				plain[i] = VietnameseText.fold(written[i]);
			}
			if (!String.join(" ", plain).equals(String.join(" ", written))) {
				folded.computeIfAbsent(plain[0], k -> new ArrayList<>()).add(new Entry(plain, kind));
			}
		}
	}

	/** Every phrase of the lists, innocent words included, in the order written. */
	List<Term> terms() {
		return List.copyOf(terms);
	}

	/**
	 * The phrases in the text's syllables, left to right, the longest at each place, without overlaps and without
	 * those that are part of an innocent word. {@code folded} holds the same syllables without accents.
	 */
	List<Hit> find(List<String> words, List<String> folded) {
		return find(words, folded, null);
	}

	/**
	 * As {@link #find(List, List)}, and where a word segmenter told which syllables begin a word
	 * ({@code wordStarts}, or null), only phrases that begin and end at word boundaries.
	 */
	List<Hit> find(List<String> words, List<String> folded, boolean[] wordStarts) {
		List<List<Entry>> matching = new ArrayList<>(words.size());
		List<int[]> innocent = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			List<Entry> here = at(words, folded, i);
			matching.add(here);
			for (Entry entry : here) {
				if (entry.kind.equals(INNOCENT)) {
					innocent.add(new int[] { i, i + entry.syllables.length });
				}
			}
		}
		List<Hit> hits = new ArrayList<>();
		int i = 0;
		while (i < words.size()) {
			Entry best = null;
			for (Entry entry : matching.get(i)) {
				int end = i + entry.syllables.length;
				if (!entry.kind.equals(INNOCENT) && (best == null || entry.syllables.length > best.syllables.length)
						&& !insideInnocent(innocent, i, end) && wholeWords(wordStarts, i, end)) {
					best = entry;
				}
			}
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

	/** The entries that match at a place: as written, or without accents where the text has none there. */
	private List<Entry> at(List<String> words, List<String> plain, int at) {
		List<Entry> found = List.of();
		for (Entry entry : accented.getOrDefault(words.get(at), List.of())) {
			if (matches(entry.syllables, words, at)) {
				found = add(found, entry);
			}
		}
		if (words.get(at).equals(plain.get(at))) {
			// matched against the text as written: every syllable of the place is written without accents
			for (Entry entry : folded.getOrDefault(plain.get(at), List.of())) {
				if (matches(entry.syllables, words, at)) {
					found = add(found, entry);
				}
			}
		}
		return found;
	}

	private static List<Entry> add(List<Entry> found, Entry entry) {
		List<Entry> more = found.isEmpty() ? new ArrayList<>(2) : found;
		more.add(entry);
		return more;
	}

	/** Without a segmentation every place is a word boundary; with one, [start, end) must begin and end at one. */
	private static boolean wholeWords(boolean[] wordStarts, int start, int end) {
		return wordStarts == null || (wordStarts[start] && (end == wordStarts.length || wordStarts[end]));
	}

	/** A term [start, end) shares a syllable with an innocent word that reaches beyond it. */
	private static boolean insideInnocent(List<int[]> innocent, int start, int end) {
		for (int[] word : innocent) {
			if (word[0] < end && start < word[1] && (word[0] < start || word[1] > end)) {
				return true;
			}
		}
		return false;
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
