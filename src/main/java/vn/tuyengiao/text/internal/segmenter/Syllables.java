package vn.tuyengiao.text.internal.segmenter;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tuyengiao.text.VietnameseText;

/**
 * The syllables the model knows, each with a small integer id, so that rules and the vocabulary compare
 * numbers instead of strings. A token is looked up as written first (its case and tone-placement
 * variants are registered at load time); only an unseen spelling pays for normalisation.
 */
final class Syllables {

	/** The id of a missing neighbour: the model writes it {@code ""}. */
	static final int ABSENT = 0;

	/** The id of every syllable the model does not know; no rule and no vocabulary word mentions it. */
	static final int UNKNOWN = 1;

	/** Token shapes, which the initial segmentation reads. */
	static final int OTHER = 0;
	static final int LOWER = 1;
	static final int TITLE = 2;
	static final int UPPER = 3;

	private final Map<String, Integer> ids = new HashMap<>();

	/** Written form → id and shape packed as {@code id << 2 | shape}. */
	private final Map<String, Integer> surfaces = new HashMap<>();

	private final List<String> names = new ArrayList<>(List.of("", "\u0000unknown"));

	/** The id of the syllable (any spelling of it), registering it and its usual spellings if new. */
	int intern(String syllable) {
		Integer known = surfaces.get(syllable);
		if (known != null) {
			return known >>> 2;
		}
		String key = canonical(syllable);
		Integer id = ids.get(key);
		if (id == null) {
			id = names.size();
			ids.put(key, id);
			names.add(key);
			register(key, id);
		}
		register(syllable, id);
		return id;
	}

	/** How many ids there are, {@link #ABSENT} and {@link #UNKNOWN} included. */
	int size() {
		return names.size();
	}

	/** The id and shape of a token as {@code id << 2 | shape}: {@link #UNKNOWN} for a syllable the model lacks. */
	int lookup(String token) {
		Integer packed = surfaces.get(token);
		if (packed != null) {
			return packed;
		}
		Integer id = token.isEmpty() ? null : ids.get(canonical(token));
		return (id == null ? UNKNOWN : id) << 2 | shape(token);
	}

	private void register(String spelling, int id) {
		String lower = spelling.toLowerCase(Locale.ROOT);
		for (String form : new String[] { spelling, lower, capitalised(lower), lower.toUpperCase(Locale.ROOT) }) {
			surfaces.putIfAbsent(form, id << 2 | shape(form));
		}
	}

	/** One spelling for all the ways a syllable is written: normalised (today's tone placement), lower case. */
	static String canonical(String token) {
		return VietnameseText.normalize(token).toLowerCase(Locale.ROOT);
	}

	private static String capitalised(String lower) {
		if (lower.isEmpty()) {
			return lower;
		}
		int first = lower.codePointAt(0);
		return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
			.append(lower, Character.charCount(first), lower.length())
			.toString();
	}

	/**
	 * {@link #LOWER} when the token starts with a lower-case letter, {@link #UPPER} for two or more letters
	 * all in capitals (an acronym), {@link #TITLE} for another token starting with a capital, else
	 * {@link #OTHER} (numbers, punctuation).
	 */
	static int shape(String token) {
		if (token.isEmpty()) {
			return OTHER;
		}
		int first = token.codePointAt(0);
		if (!Character.isLetter(first)) {
			return OTHER;
		}
		if (Character.isLowerCase(first)) {
			return LOWER;
		}
		boolean lower = false;
		for (int i = 0; i < token.length(); i++) {
			char c = token.charAt(i);
			if (!Character.isLetter(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
				return OTHER; // Q. or COVID-19: an abbreviation or a code, not part of a name
			}
			lower |= Character.isLowerCase(c);
		}
		return lower || token.length() == 1 ? TITLE : UPPER;
	}

}
