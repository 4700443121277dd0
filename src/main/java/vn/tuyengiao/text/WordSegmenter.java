package vn.tuyengiao.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins the syllables of a sentence into words: Vietnamese writes a space between syllables, also inside a
 * word ({@code dư luận xã hội} is two words, {@code dư_luận xã_hội}). Implementations are thread-safe.
 */
public interface WordSegmenter {

	/**
	 * For the tokens of one sentence (syllables, numbers and punctuation as they were written), the number of
	 * tokens in each word, in order; the lengths add up to the number of tokens.
	 */
	int[] wordLengths(List<String> tokens);

	/** The words of the sentence, the syllables of each joined by a space. */
	default List<String> words(List<String> tokens) {
		int[] lengths = wordLengths(tokens);
		List<String> words = new ArrayList<>(lengths.length);
		int at = 0;
		for (int length : lengths) {
			words.add(String.join(" ", tokens.subList(at, at + length)));
			at += length;
		}
		return words;
	}

}
