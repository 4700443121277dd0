package vn.tuyengiao.places.internal;

import java.util.Arrays;
import java.util.Map;

/** An open-addressing table from folded syllables (as characters) to their ids. */
final class Vocabulary {

	/** The id of a syllable that is in no name. */
	static final int NONE = -1;

	private final char[][] keys;

	private final int[] ids;

	private final int mask;

	Vocabulary(Map<String, Integer> words) {
		int size = Integer.highestOneBit(Math.max(16, words.size() * 3)) << 1;
		keys = new char[size][];
		ids = new int[size];
		mask = size - 1;
		for (Map.Entry<String, Integer> word : words.entrySet()) {
			char[] key = word.getKey().toCharArray();
			int slot = spread(hash(key, key.length)) & mask;
			while (keys[slot] != null) {
				slot = (slot + 1) & mask;
			}
			keys[slot] = key;
			ids[slot] = word.getValue();
		}
	}

	static int hash(char[] chars, int length) {
		int hash = 0;
		for (int i = 0; i < length; i++) {
			hash = 31 * hash + chars[i];
		}
		return hash;
	}

	private static int spread(int hash) {
		return hash ^ (hash >>> 16) * 0x45d9f3b;
	}

	int find(char[] chars, int length, int hash) {
		int slot = spread(hash) & mask;
		char[] key;
		while ((key = keys[slot]) != null) {
			if (key.length == length && Arrays.equals(key, 0, length, chars, 0, length)) {
				return ids[slot];
			}
			slot = (slot + 1) & mask;
		}
		return NONE;
	}

}
