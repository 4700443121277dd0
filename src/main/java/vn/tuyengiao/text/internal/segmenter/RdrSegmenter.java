package vn.tuyengiao.text.internal.segmenter;

import java.util.List;

import vn.tuyengiao.text.WordSegmenter;

/**
 * The segmenter of the LREC 2018 paper {@code A Fast and Accurate Vietnamese Word Segmenter}: an initial
 * pass tags each syllable B (begins a word) or I (inside one) by longest matching against the vocabulary,
 * joining runs of capitalised syllables into names; then the ripple-down-rules tree corrects each tag
 * from the syllable, its two neighbours on either side and their initial tags.
 * <p>
 * The details of the initial pass were chosen by measuring: on the model's own training text they bring
 * the rules' output closest to its gold segmentation, and they agree with the gold words of the UD
 * Vietnamese treebank's dev split best (see docs/PERFORMANCE.md).
 */
final class RdrSegmenter implements WordSegmenter {

	/** Longer runs of capitals are headlines or lists of names more often than one name. */
	private static final int MAX_NAME = 4;

	private final Syllables syllables;
	private final Vocabulary vocabulary;
	private final RuleTree rules;

	RdrSegmenter(Syllables syllables, Vocabulary vocabulary, RuleTree rules) {
		this.syllables = syllables;
		this.vocabulary = vocabulary;
		this.rules = rules;
	}

	@Override
	public int[] wordLengths(List<String> tokens) {
		int n = tokens.size();
		int[] ids = new int[n];
		byte[] shapes = new byte[n];
		for (int i = 0; i < n; i++) {
			String token = tokens.get(i);
			int packed = token == null ? Syllables.UNKNOWN << 2 : syllables.lookup(token);
			ids[i] = packed >>> 2;
			shapes[i] = (byte) (packed & 3);
		}
		byte[] initial = initialTags(ids, shapes);
		byte[] tags = new byte[n];
		int[] context = new int[RuleTree.FEATURES];
		int words = 0;
		for (int i = 0; i < n; i++) {
			context[RuleTree.WORD] = ids[i];
			context[RuleTree.PREV_WORD_1] = i >= 1 ? ids[i - 1] : Syllables.ABSENT;
			context[RuleTree.PREV_WORD_2] = i >= 2 ? ids[i - 2] : Syllables.ABSENT;
			context[RuleTree.NEXT_WORD_1] = i + 1 < n ? ids[i + 1] : Syllables.ABSENT;
			context[RuleTree.NEXT_WORD_2] = i + 2 < n ? ids[i + 2] : Syllables.ABSENT;
			context[RuleTree.TAG] = initial[i];
			context[RuleTree.PREV_TAG_1] = i >= 1 ? initial[i - 1] : Syllables.ABSENT;
			context[RuleTree.PREV_TAG_2] = i >= 2 ? initial[i - 2] : Syllables.ABSENT;
			context[RuleTree.NEXT_TAG_1] = i + 1 < n ? initial[i + 1] : Syllables.ABSENT;
			context[RuleTree.NEXT_TAG_2] = i + 2 < n ? initial[i + 2] : Syllables.ABSENT;
			int tag = rules.classify(context);
			// A sentence cannot open inside a word, whatever a rule concludes.
			tags[i] = i == 0 ? RuleTree.B : tag == RuleTree.KEEP ? initial[i] : (byte) tag;
			if (tags[i] == RuleTree.B) {
				words++;
			}
		}
		int[] lengths = new int[words];
		int word = -1;
		for (int i = 0; i < n; i++) {
			if (tags[i] == RuleTree.B) {
				word++;
			}
			lengths[word]++;
		}
		return lengths;
	}

	/**
	 * B or I for each syllable before any rule. A syllable starts the longest vocabulary word it can; a
	 * capitalised one not at the start of the sentence also takes the capitalised syllables after it as a
	 * name ({@code Bắc Kạn}, {@code Nguyễn Văn Minh}) when that is longer, up to one that begins a common word
	 * written on in lower case ({@code Sở | Tài chính}). A lower-case syllable just before a capitalised one
	 * stays alone ({@code tỉnh | Bắc Kạn}): the vocabulary's words are common nouns, not names.
	 */
	private byte[] initialTags(int[] ids, byte[] shapes) {
		int n = ids.length;
		byte[] tags = new byte[n];
		int i = 0;
		while (i < n) {
			int length = 1;
			int shape = shapes[i];
			boolean beforeName = i + 1 < n && shapes[i + 1] == Syllables.TITLE;
			if (shape == Syllables.TITLE || shape == Syllables.UPPER || (shape == Syllables.LOWER && !beforeName)) {
				length = Math.max(1, vocabulary.longestMatch(ids, i, n));
			}
			if (shape == Syllables.TITLE && i > 0) {
				int end = i + 1;
				while (end < n && end - i < MAX_NAME && shapes[end] == Syllables.TITLE && !beginsLowerCaseWord(ids, shapes, end)) {
					end++;
				}
				length = Math.max(length, end - i);
			}
			tags[i] = RuleTree.B;
			for (int k = 1; k < length; k++) {
				tags[i + k] = RuleTree.I;
			}
			i += length;
		}
		return tags;
	}

	/** Whether a vocabulary word begins at the syllable and runs on into lower case ({@code Tài chính}). */
	private boolean beginsLowerCaseWord(int[] ids, byte[] shapes, int at) {
		int length = vocabulary.longestMatch(ids, at, ids.length);
		return length > 0 && shapes[at + length - 1] == Syllables.LOWER;
	}

}
