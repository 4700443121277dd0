package vn.tuyengiao.text.internal.segmenter;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.WordSegmenter;

/**
 * Word segmentation measured against a gold standard in CoNLL-U, whose FORM column holds one word a
 * token with its syllables separated by spaces: a predicted word is correct when it spans exactly the
 * syllables of a gold word.
 */
public final class SegmenterEvaluation {

	private SegmenterEvaluation() {
	}

	/**
	 * A sentence's syllables, the length of each gold word in syllables, and the sentence as running text (the
	 * CoNLL-U {@code # text} comment, or else the syllables separated by spaces).
	 */
	public record GoldSentence(List<String> syllables, int[] wordLengths, String text) {

		public GoldSentence(List<String> syllables, int[] wordLengths) {
			this(syllables, wordLengths, String.join(" ", syllables));
		}

	}

	/**
	 * Word-level scores in percent and the speed: words of the gold standard segmented per second on this
	 * thread, from the median of repeated timed passes after a warm-up (the syllables are in memory, so no
	 * I/O is timed).
	 */
	public record Result(long goldWords, long predictedWords, long correctWords, double wordsPerSecond) {

		public double precision() {
			return predictedWords == 0 ? 0 : 100.0 * correctWords / predictedWords;
		}

		public double recall() {
			return goldWords == 0 ? 0 : 100.0 * correctWords / goldWords;
		}

		public double f1() {
			double p = precision();
			double r = recall();
			return p + r == 0 ? 0 : 2 * p * r / (p + r);
		}

	}

	/** The sentences of a CoNLL-U file; multiword-token ranges and empty nodes are skipped. */
	public static List<GoldSentence> read(BufferedReader conllu) throws IOException {
		List<GoldSentence> sentences = new ArrayList<>();
		List<String> syllables = new ArrayList<>();
		List<Integer> lengths = new ArrayList<>();
		String text = null;
		String line;
		while ((line = conllu.readLine()) != null) {
			if (line.isBlank()) {
				add(sentences, syllables, lengths, text);
				syllables = new ArrayList<>();
				lengths = new ArrayList<>();
				text = null;
				continue;
			}
			if (line.startsWith("# text = ")) {
				text = line.substring("# text = ".length());
				continue;
			}
			if (line.startsWith("#")) {
				continue;
			}
			String[] columns = line.split("\t");
			if (columns.length < 2 || !columns[0].chars().allMatch(Character::isDigit)) {
				continue;
			}
			String[] parts = columns[1].strip().split(" +");
			syllables.addAll(Arrays.asList(parts));
			lengths.add(parts.length);
		}
		add(sentences, syllables, lengths, text);
		return sentences;
	}

	private static void add(List<GoldSentence> sentences, List<String> syllables, List<Integer> lengths, String text) {
		if (!syllables.isEmpty()) {
			int[] wordLengths = lengths.stream().mapToInt(Integer::intValue).toArray();
			sentences.add(text == null ? new GoldSentence(List.copyOf(syllables), wordLengths)
					: new GoldSentence(List.copyOf(syllables), wordLengths, text));
		}
	}

	/**
	 * Word-level scores of a segmentation made from each sentence's running text, tokenizer included, as
	 * {@code text segment} makes it: {@code words} gives a text's words, each as its tokens. A word is right
	 * when it covers exactly the characters of a gold word, counted without white space (the tokens of both
	 * need not be the same). No speed is measured.
	 */
	public static Result fromText(List<GoldSentence> sentences, Function<String, List<List<String>>> words) {
		long gold = 0;
		long predicted = 0;
		long correct = 0;
		for (GoldSentence sentence : sentences) {
			Set<Long> goldSpans = new HashSet<>();
			int at = 0;
			int syllable = 0;
			for (int length : sentence.wordLengths()) {
				int start = at;
				for (int k = 0; k < length; k++) {
					at += visibleLength(sentence.syllables().get(syllable++));
				}
				goldSpans.add(span(start, at));
			}
			gold += goldSpans.size();
			at = 0;
			for (List<String> word : words.apply(sentence.text())) {
				int start = at;
				for (String token : word) {
					at += visibleLength(token);
				}
				predicted++;
				correct += goldSpans.contains(span(start, at)) ? 1 : 0;
			}
		}
		return new Result(gold, predicted, correct, 0);
	}

	/** Characters other than white space, once normalised as the segmenter's input is. */
	private static int visibleLength(String token) {
		String normal = VietnameseText.normalize(token);
		int length = 0;
		for (int i = 0; i < normal.length(); i++) {
			length += Character.isWhitespace(normal.charAt(i)) ? 0 : 1;
		}
		return length;
	}

	private static long span(int start, int end) {
		return (long) start << 32 | end;
	}

	/** Scores the segmenter on the sentences and times it for about {@code seconds} after as long a warm-up. */
	public static Result evaluate(WordSegmenter segmenter, List<GoldSentence> sentences, double seconds) {
		long gold = 0;
		long predicted = 0;
		long correct = 0;
		for (GoldSentence sentence : sentences) {
			int[] lengths = segmenter.wordLengths(sentence.syllables());
			gold += sentence.wordLengths().length;
			predicted += lengths.length;
			correct += matchingSpans(sentence.wordLengths(), lengths);
		}
		long nanos = (long) (seconds * 1e9);
		timePasses(segmenter, sentences, nanos);
		return new Result(gold, predicted, correct, gold * 1e9 / timePasses(segmenter, sentences, nanos));
	}

	/**
	 * The median time of one pass over all the sentences, passes repeated for at least {@code nanos}: the
	 * median, so that moments when the machine's other work takes the core do not count.
	 */
	private static double timePasses(WordSegmenter segmenter, List<GoldSentence> sentences, long nanos) {
		List<Long> passes = new ArrayList<>();
		long words = 0;
		long start = System.nanoTime();
		long end = start;
		do {
			long passStart = end;
			for (GoldSentence sentence : sentences) {
				words += segmenter.wordLengths(sentence.syllables()).length;
			}
			end = System.nanoTime();
			passes.add(end - passStart);
		}
		while (end - start < nanos);
		passes.sort(null);
		// The words counted are used, so the JIT cannot drop the calls that produced them.
		return words < 0 ? 0 : passes.get(passes.size() / 2);
	}

	/** How many words of the two segmentations of the same syllables cover the same span. */
	static int matchingSpans(int[] gold, int[] predicted) {
		int matches = 0;
		int g = 0;
		int p = 0;
		int goldStart = 0;
		int predictedStart = 0;
		while (g < gold.length && p < predicted.length) {
			if (goldStart == predictedStart && gold[g] == predicted[p]) {
				matches++;
			}
			int goldEnd = goldStart + gold[g];
			int predictedEnd = predictedStart + predicted[p];
			if (goldEnd <= predictedEnd) {
				goldStart = goldEnd;
				g++;
			}
			if (predictedEnd <= goldEnd) {
				predictedStart = predictedEnd;
				p++;
			}
		}
		return matches;
	}

}
