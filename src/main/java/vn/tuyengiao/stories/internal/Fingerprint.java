package vn.tuyengiao.stories.internal;

import java.util.Arrays;
import java.util.Base64;

import vn.tuyengiao.text.VietnameseText;

/**
 * What the clustering knows of an item's text: its syllables accent-free, a MinHash signature of its
 * shingles of {@value #SHINGLE} syllables, the LSH band keys cut from that signature, and the keys of its
 * anchored passages. Punctuation, letter case and accents change none of them, so a copy with its accents
 * stripped or its punctuation changed has the fingerprint of the original.
 * <p>
 * Passages: wherever a shingle's hash is divisible by {@value #ANCHOR_EVERY}, the {@value #PASSAGE} syllables
 * from there make a passage. Where a passage starts depends on the text only, not on its position or on
 * sentence ends, so a post that quotes a span of an article holds the article's passages of that span: the
 * share of the shorter text's passages found in the other estimates how much of it was copied (mod-p
 * sampling, which a MinHash of whole texts cannot do when one is ten times the other).
 *
 * @param syllables the number of syllables (and numbers) of title and body
 * @param shingles the number of distinct shingles
 * @param signature the MinHash signature, {@value #HASHES} minima
 * @param passages the keys of the anchored passages, distinct
 * @param contentKey a hash of the whole syllable sequence: equal when the text did not change
 */
record Fingerprint(int syllables, int shingles, int[] signature, long[] passages, long contentKey) {

	/**
	 * Syllables per shingle. Three syllables are about two Vietnamese words: long enough that two unrelated
	 * articles share few shingles by chance, short enough that an edit breaks only the few around it.
	 */
	static final int SHINGLE = 3;

	/** Hash functions of the signature: the standard error of an estimated Jaccard is at most 0.044. */
	static final int HASHES = 128;

	/** LSH bands of {@value #ROWS} rows each; their product is {@link #HASHES}. */
	static final int BANDS = 32;

	static final int ROWS = 4;

	/** Syllables of a passage: as long as a clause, so a formula shared by unrelated texts rarely fills one. */
	static final int PASSAGE = 8;

	/** One shingle in this many (by its hash) anchors a passage. */
	static final int ANCHOR_EVERY = 6;

	/** At most this many passages are kept per item (the first ones: the lead and what follows). */
	static final int MAX_PASSAGES = 400;

	private static final long[] SEEDS = new long[HASHES];

	static {
		long seed = 0x5DEECE66DL;
		for (int i = 0; i < HASHES; i++) {
			seed = mix(seed + 0x9E3779B97F4A7C15L);
			SEEDS[i] = seed;
		}
	}

	/** The fingerprint of an item's title and body (either may be null). */
	static Fingerprint of(String title, String body) {
		String folded = VietnameseText.fold((title == null ? "" : title) + "\n" + (body == null ? "" : body));
		// the syllables are the runs of letters and digits of the folded text: punctuation, links and emoji
		// differ between copies of one text, and a copy typed again does not keep them
		long[] words = new long[folded.length() / 2 + 1];
		int count = 0;
		int i = 0;
		while (i < folded.length()) {
			if (!Character.isLetterOrDigit(folded.charAt(i))) {
				i++;
				continue;
			}
			long h = 0xCBF29CE484222325L;
			while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
				h = (h ^ folded.charAt(i++)) * 0x100000001B3L;
			}
			words[count++] = mix(h);
		}
		long content = count;
		for (int w = 0; w < count; w++) {
			content = mix(content * 31 + words[w]);
		}
		long[] positional = new long[Math.max(0, count - SHINGLE + 1)];
		for (int p = 0; p < positional.length; p++) {
			positional[p] = combine(words, p, SHINGLE);
		}
		long[] shingles = count < SHINGLE ? (count == 0 ? new long[0] : new long[] { combine(words, 0, count) })
				: distinct(positional.clone());
		return new Fingerprint(count, shingles.length, minHash(shingles), passages(words, count, positional), content);
	}

	private static long[] passages(long[] words, int count, long[] shingles) {
		long[] passages = new long[Math.min(MAX_PASSAGES, shingles.length)];
		int found = 0;
		for (int i = 0; i + PASSAGE <= count && found < passages.length; i++) {
			if (Long.remainderUnsigned(shingles[i], ANCHOR_EVERY) == 0) {
				passages[found++] = combine(words, i, PASSAGE);
			}
		}
		return distinct(Arrays.copyOf(passages, found));
	}

	/** The band keys: each band's rows hashed with the band's number, so equal rows in two bands differ. */
	long[] bandKeys() {
		return bandKeys(signature);
	}

	static long[] bandKeys(int[] signature) {
		long[] keys = new long[BANDS];
		for (int band = 0; band < BANDS; band++) {
			long key = band + 1;
			for (int row = 0; row < ROWS; row++) {
				key = mix(key * 0x100000001B3L + signature[band * ROWS + row]);
			}
			keys[band] = key;
		}
		return keys;
	}

	/** The share of equal minima in two signatures: an unbiased estimate of the shingle sets' Jaccard index. */
	static double jaccard(int[] a, int[] b) {
		int equal = 0;
		for (int i = 0; i < HASHES; i++) {
			if (a[i] == b[i]) {
				equal++;
			}
		}
		return equal / (double) HASHES;
	}

	/**
	 * How much of the smaller shingle set lies in the larger, estimated from the Jaccard index and the two
	 * sizes: the intersection is {@code J (|A| + |B|) / (1 + J)}.
	 */
	static double containment(double jaccard, int shinglesA, int shinglesB) {
		int smaller = Math.min(shinglesA, shinglesB);
		if (smaller == 0) {
			return 0;
		}
		double shared = jaccard * (shinglesA + shinglesB) / (1 + jaccard);
		return Math.min(1, shared / smaller);
	}

	/** How many values two sorted arrays of distinct values share. */
	static int shared(long[] a, long[] b) {
		int i = 0;
		int j = 0;
		int shared = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				shared++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return shared;
	}

	String encodedSignature() {
		return encode(signature);
	}

	static String encode(int[] signature) {
		byte[] bytes = new byte[signature.length * 4];
		for (int i = 0; i < signature.length; i++) {
			bytes[4 * i] = (byte) (signature[i] >>> 24);
			bytes[4 * i + 1] = (byte) (signature[i] >>> 16);
			bytes[4 * i + 2] = (byte) (signature[i] >>> 8);
			bytes[4 * i + 3] = (byte) signature[i];
		}
		return Base64.getEncoder().withoutPadding().encodeToString(bytes);
	}

	static int[] decode(String encoded) {
		byte[] bytes = Base64.getDecoder().decode(encoded);
		int[] signature = new int[bytes.length / 4];
		for (int i = 0; i < signature.length; i++) {
			signature[i] = (bytes[4 * i] & 0xFF) << 24 | (bytes[4 * i + 1] & 0xFF) << 16
					| (bytes[4 * i + 2] & 0xFF) << 8 | bytes[4 * i + 3] & 0xFF;
		}
		return signature;
	}

	/** The distinct values, sorted (in place: the array is reused). */
	private static long[] distinct(long[] values) {
		Arrays.sort(values);
		int distinct = 0;
		for (int i = 0; i < values.length; i++) {
			if (i == 0 || values[i] != values[i - 1]) {
				values[distinct++] = values[i];
			}
		}
		return Arrays.copyOf(values, distinct);
	}

	private static long combine(long[] words, int from, int length) {
		long h = length;
		for (int i = from; i < from + length; i++) {
			h = h * 0x9E3779B97F4A7C15L + words[i];
		}
		return mix(h);
	}

	private static int[] minHash(long[] shingles) {
		int[] minima = new int[HASHES];
		Arrays.fill(minima, Integer.MAX_VALUE);
		for (long shingle : shingles) {
			for (int i = 0; i < HASHES; i++) {
				int h = (int) (mix(shingle ^ SEEDS[i]) >>> 33); // non-negative, so MAX_VALUE is "none"
				if (h < minima[i]) {
					minima[i] = h;
				}
			}
		}
		return minima;
	}

	/** The finaliser of SplitMix64: every input bit reaches every output bit. */
	static long mix(long z) {
		z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
		z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
		return z ^ (z >>> 31);
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Fingerprint f && f.contentKey == contentKey && f.syllables == syllables;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(contentKey);
	}

	@Override
	public String toString() {
		return "Fingerprint[" + syllables + " syllables, " + shingles + " shingles, " + passages.length + " passages]";
	}

}
