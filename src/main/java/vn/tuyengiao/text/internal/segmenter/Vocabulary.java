package vn.tuyengiao.text.internal.segmenter;

import java.util.Arrays;

/**
 * The words of several syllables that the initial pass matches, as a trie over syllable ids: the edges
 * live in one open-addressing table keyed by (node, syllable), so a lookup allocates nothing.
 */
final class Vocabulary {

	private long[] keys = new long[1 << 16];
	private int[] targets = new int[1 << 16];
	private int edges;
	private boolean[] wordEnds = new boolean[1 << 14];
	private int nodes = 1;
	private int longest;

	Vocabulary() {
		Arrays.fill(keys, -1L);
	}

	void add(int[] syllables) {
		int node = 0;
		for (int syllable : syllables) {
			int next = child(node, syllable);
			if (next < 0) {
				next = newNode();
				put(node, syllable, next);
			}
			node = next;
		}
		wordEnds[node] = true;
		longest = Math.max(longest, syllables.length);
	}

	/** How many of the syllables from {@code start} on make the longest word, or 0 when none of two or more does. */
	int longestMatch(int[] syllables, int start, int end) {
		int node = 0;
		int match = 0;
		int limit = Math.min(end, start + longest);
		for (int i = start; i < limit; i++) {
			node = child(node, syllables[i]);
			if (node < 0) {
				break;
			}
			if (wordEnds[node]) {
				match = i - start + 1;
			}
		}
		return match >= 2 ? match : 0;
	}

	private int newNode() {
		if (nodes == wordEnds.length) {
			wordEnds = Arrays.copyOf(wordEnds, nodes * 2);
		}
		return nodes++;
	}

	private int child(int node, int syllable) {
		long key = key(node, syllable);
		int mask = keys.length - 1;
		for (int slot = hash(key) & mask;; slot = (slot + 1) & mask) {
			long found = keys[slot];
			if (found == key) {
				return targets[slot];
			}
			if (found == -1L) {
				return -1;
			}
		}
	}

	private void put(int node, int syllable, int target) {
		if (2 * (edges + 1) > keys.length) {
			grow();
		}
		long key = key(node, syllable);
		int mask = keys.length - 1;
		int slot = hash(key) & mask;
		while (keys[slot] != -1L) {
			slot = (slot + 1) & mask;
		}
		keys[slot] = key;
		targets[slot] = target;
		edges++;
	}

	private void grow() {
		long[] oldKeys = keys;
		int[] oldTargets = targets;
		keys = new long[oldKeys.length * 2];
		targets = new int[oldKeys.length * 2];
		Arrays.fill(keys, -1L);
		edges = 0;
		for (int i = 0; i < oldKeys.length; i++) {
			if (oldKeys[i] != -1L) {
				put((int) (oldKeys[i] >>> 32), (int) oldKeys[i], oldTargets[i]);
			}
		}
	}

	private static long key(int node, int syllable) {
		return (long) node << 32 | (syllable & 0xFFFFFFFFL);
	}

	private static int hash(long key) {
		long h = key * 0x9E3779B97F4A7C15L;
		return (int) (h ^ (h >>> 32));
	}

}
