package vn.tuyengiao.text.internal.analysis;

import java.util.Collection;

/**
 * A small set of words looked up straight from a char array, without a String or a lower-casing pass: the
 * analyzer asks it once per syllable, so it is an open-addressing table of exact char sequences.
 */
final class Stopwords {

	private final char[][] table;

	private final int mask;

	Stopwords(Collection<String> words) {
		int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
		this.table = new char[size][];
		this.mask = size - 1;
		for (String word : words) {
			char[] chars = word.toCharArray();
			int slot = hash(chars, 0, chars.length) & mask;
			while (table[slot] != null) {
				slot = (slot + 1) & mask;
			}
			table[slot] = chars;
		}
	}

	boolean contains(char[] chars, int offset, int length) {
		int slot = hash(chars, offset, length) & mask;
		for (char[] word = table[slot]; word != null; word = table[slot = (slot + 1) & mask]) {
			if (word.length == length && java.util.Arrays.equals(word, 0, length, chars, offset, offset + length)) {
				return true;
			}
		}
		return false;
	}

	private static int hash(char[] chars, int offset, int length) {
		int h = length;
		for (int i = offset; i < offset + length; i++) {
			h = 31 * h + chars[i];
		}
		return h ^ (h >>> 16);
	}

}
