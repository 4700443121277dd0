package vn.tuyengiao.text.internal.segmenter;

import java.util.ArrayList;
import java.util.List;

/**
 * A single-classification ripple-down-rules tree, compiled: each condition is an array of (feature,
 * value id) tests. Classification starts at the root, which always fires; from a fired node the first
 * child (in the file's order) whose condition holds fires next; the deepest fired node concludes.
 * <p>
 * A node with many children indexes them by the value of one word feature each condition tests, so
 * that a syllable is tested against the few children that could fire rather than hundreds.
 */
final class RuleTree {

	/** Features of a syllable's context, the indices into the context vector. */
	static final int WORD = 0;
	static final int PREV_WORD_1 = 1;
	static final int PREV_WORD_2 = 2;
	static final int NEXT_WORD_1 = 3;
	static final int NEXT_WORD_2 = 4;
	static final int TAG = 5;
	static final int PREV_TAG_1 = 6;
	static final int PREV_TAG_2 = 7;
	static final int NEXT_TAG_1 = 8;
	static final int NEXT_TAG_2 = 9;
	static final int FEATURES = 10;

	/** Feature names as the model writes them, in index order. */
	static final List<String> FEATURE_NAMES = List.of("word", "prevWord1", "prevWord2", "nextWord1", "nextWord2",
			"tag", "prevTag1", "prevTag2", "nextTag1", "nextTag2");

	/** Tag values: {@link #KEEP} is the root's {@code NN}, the initial tag stands. */
	static final int KEEP = 0;
	static final int B = 1;
	static final int I = 2;

	/** Below this many children a node is searched in order; its index would cost more than it saves. */
	private static final int INDEX_FROM = 8;

	/** Word features by how much a test on them narrows the children, the most selective first. */
	private static final int[] KEY_ORDER = { WORD, PREV_WORD_1, NEXT_WORD_1, PREV_WORD_2, NEXT_WORD_2 };

	private final Node root;

	RuleTree(Node root, int syllableCount) {
		this.root = root;
		root.compile(syllableCount);
	}

	/** The conclusion for a context vector (word ids, then tag codes): {@link #B}, {@link #I} or {@link #KEEP}. */
	int classify(int[] context) {
		Node node = root;
		int conclusion = root.conclusion;
		while (true) {
			Node next = node.firstFiringChild(context);
			if (next == null) {
				return conclusion;
			}
			node = next;
			conclusion = next.conclusion;
		}
	}

	static final class Node {

		final int[] features;
		final int[] values;
		final int conclusion;
		final List<Node> children = new ArrayList<>();

		private Node[] ordered;

		/** For an indexed node: per key feature, per value id, the positions of the children keyed on it. */
		private int[][][] byKey;

		/** For an indexed node: the positions of the children whose conditions test no word feature. */
		private int[] unkeyed;

		Node(int[] features, int[] values, int conclusion) {
			this.features = features;
			this.values = values;
			this.conclusion = conclusion;
		}

		boolean fires(int[] context) {
			for (int k = 0; k < features.length; k++) {
				if (context[features[k]] != values[k]) {
					return false;
				}
			}
			return true;
		}

		Node firstFiringChild(int[] context) {
			if (byKey == null) {
				for (Node child : ordered) {
					if (child.fires(context)) {
						return child;
					}
				}
				return null;
			}
			int best = firstFiring(unkeyed, context, ordered.length);
			for (int k = 0; k < KEY_ORDER.length; k++) {
				int[][] index = byKey[k];
				if (index != null) {
					int[] candidates = index[context[KEY_ORDER[k]]];
					if (candidates != null) {
						best = firstFiring(candidates, context, best);
					}
				}
			}
			return best < ordered.length ? ordered[best] : null;
		}

		/** The first of the ascending positions before {@code bound} whose child fires, else {@code bound}. */
		private int firstFiring(int[] positions, int[] context, int bound) {
			for (int position : positions) {
				if (position >= bound) {
					break;
				}
				if (ordered[position].fires(context)) {
					return position;
				}
			}
			return bound;
		}

		void compile(int syllableCount) {
			ordered = children.toArray(new Node[0]);
			for (Node child : ordered) {
				child.compile(syllableCount);
			}
			if (ordered.length < INDEX_FROM) {
				return;
			}
			List<List<Integer>>[] lists = keyLists(syllableCount);
			byKey = new int[KEY_ORDER.length][][];
			for (int k = 0; k < KEY_ORDER.length; k++) {
				if (lists[k] != null) {
					byKey[k] = new int[syllableCount][];
					for (int value = 0; value < syllableCount; value++) {
						List<Integer> positions = lists[k].get(value);
						if (!positions.isEmpty()) {
							byKey[k][value] = positions.stream().mapToInt(Integer::intValue).toArray();
						}
					}
				}
			}
		}

		/** Files each child under the most selective word feature its condition tests (last list: none). */
		@SuppressWarnings("unchecked")
		private List<List<Integer>>[] keyLists(int syllableCount) {
			List<List<Integer>>[] lists = new List[KEY_ORDER.length];
			List<Integer> none = new ArrayList<>();
			for (int position = 0; position < ordered.length; position++) {
				int key = keyOf(ordered[position]);
				if (key < 0) {
					none.add(position);
					continue;
				}
				if (lists[key] == null) {
					lists[key] = new ArrayList<>(syllableCount);
					for (int value = 0; value < syllableCount; value++) {
						lists[key].add(new ArrayList<>(0));
					}
				}
				lists[key].get(ordered[position].valueOf(KEY_ORDER[key])).add(position);
			}
			unkeyed = none.stream().mapToInt(Integer::intValue).toArray();
			return lists;
		}

		private static int keyOf(Node child) {
			for (int k = 0; k < KEY_ORDER.length; k++) {
				if (child.valueOf(KEY_ORDER[k]) >= 0) {
					return k;
				}
			}
			return -1;
		}

		private int valueOf(int feature) {
			for (int k = 0; k < features.length; k++) {
				if (features[k] == feature) {
					return values[k];
				}
			}
			return -1;
		}

	}

}
