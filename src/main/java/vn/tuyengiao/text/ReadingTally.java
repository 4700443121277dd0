package vn.tuyengiao.text;

import java.util.function.UnaryOperator;

/**
 * Words a reading would change (not counting those that are syllables either way), those it repairs,
 * and how many more of the most frequent syllables it makes than it unmakes, which settles a tie on
 * short lines.
 */
final class ReadingTally {

	private long candidates;

	long repaired;

	/** Frequent syllables the reading makes, less those it unmakes. */
	long familiar;

	/** The verdict on one word. */
	static ReadingTally of(String word, UnaryOperator<String> convert) {
		ReadingTally verdict = new ReadingTally();
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

	void add(ReadingTally other) {
		candidates += other.candidates;
		repaired += other.repaired;
		familiar += other.familiar;
	}

	double confidence() {
		return candidates == 0 ? 0 : (double) repaired / candidates;
	}

}
