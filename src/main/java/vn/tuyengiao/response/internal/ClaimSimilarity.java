package vn.tuyengiao.response.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import vn.tuyengiao.text.VietnameseText;

/**
 * Whether a text repeats a claim (luận điệu) in other words around the same facts: most of the claim's pairs of
 * neighbouring syllables (which carry Vietnamese words: {@code đền bù}, {@code đất rừng}) are found in the text.
 * Pairs made only of function words ({@code của các}, {@code sẽ được}) do not count: every text has them. A claim
 * needs {@value #MIN_PAIRS} pairs that count, so a claim of two words matches nothing.
 */
final class ClaimSimilarity {

	/** The share of the claim's pairs the text must hold: a rewording keeps the key words and changes the rest. */
	static final double COVERAGE = 0.7;

	static final int MIN_PAIRS = 4;

	private static final Set<String> FUNCTION_WORDS = Set.of("và", "của", "là", "có", "được", "những", "các", "cho", "với",
			"trong", "này", "đã", "sẽ", "thì", "mà", "một", "không", "để", "khi", "đến", "từ", "ở", "về", "theo", "tại", "bị",
			"rằng", "như", "nhưng", "vì", "nên", "lại", "cũng", "đang", "ra", "vào", "trên", "dưới");

	private ClaimSimilarity() {
	}

	/** The pairs of neighbouring syllables of a text, accents kept, each written {@code "đền bù"}. */
	static Set<String> pairs(String text) {
		Set<String> pairs = new LinkedHashSet<>();
		if (text == null) {
			return pairs;
		}
		String previous = null;
		for (String syllable : VietnameseText.matchKey(text).split("[^\\p{L}\\p{N}]+")) {
			if (syllable.isEmpty()) {
				continue;
			}
			if (previous != null && !(FUNCTION_WORDS.contains(previous) && FUNCTION_WORDS.contains(syllable))) {
				pairs.add(previous + " " + syllable);
			}
			previous = syllable;
		}
		return pairs;
	}

	/** Whether the text's pairs hold enough of the claim's. */
	static boolean repeats(Set<String> claim, Set<String> text) {
		if (claim.size() < MIN_PAIRS) {
			return false;
		}
		long found = claim.stream().filter(text::contains).count();
		return found >= COVERAGE * claim.size();
	}

}
