package vn.tuyengiao.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import vn.tuyengiao.text.internal.segmenter.SegmenterEvaluation;

/**
 * Word segmentation speed on one thread: one operation segments every sentence of the UD Vietnamese
 * treebank's dev split (1,123 sentences, 26,162 gold words), already split into syllables, so words per
 * second = operations per second × 26,162. {@code naiveStringRules} is a same-run baseline: the same model
 * evaluated the straightforward way (strings compared rule by rule, the vocabulary as joined strings).
 * Run: {@code bench/jmh.sh SegmenterBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 1, jvmArgs = { "-Xms1g", "-Xmx1g" })
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class SegmenterBenchmark {

	private static final Path DATA = Path.of("..", "shared", "data");

	private List<List<String>> sentences;
	private WordSegmenter segmenter;
	private NaiveRdr naive;

	@Setup
	public void setUp() throws IOException {
		Path model = DATA.resolve("rdrsegmenter");
		segmenter = WordSegmenters.load(model);
		naive = new NaiveRdr(model);
		try (BufferedReader gold = Files.newBufferedReader(DATA.resolve("ud-vtb").resolve("vi_vtb-ud-dev.conllu"),
				StandardCharsets.UTF_8)) {
			sentences = SegmenterEvaluation.read(gold).stream().map(SegmenterEvaluation.GoldSentence::syllables).toList();
		}
	}

	@Benchmark
	public void rippleDownRules(Blackhole sink) {
		for (List<String> sentence : sentences) {
			sink.consume(segmenter.wordLengths(sentence));
		}
	}

	@Benchmark
	public void naiveStringRules(Blackhole sink) {
		for (List<String> sentence : sentences) {
			sink.consume(naive.tags(sentence));
		}
	}

	/**
	 * The model read into strings and walked as written: the baseline an implementation without indexing
	 * gets. Longest matching only, no name heuristics, and no tone-placement canonicalisation (which
	 * would make it slower still).
	 */
	static final class NaiveRdr {

		private static final List<String> FEATURES = List.of("word", "prevWord1", "prevWord2", "nextWord1", "nextWord2",
				"tag", "prevTag1", "prevTag2", "nextTag1", "nextTag2");

		private final Set<String> vocabulary = new HashSet<>();
		private int longest;
		private final Rule root;

		NaiveRdr(Path model) throws IOException {
			for (String word : Files.readAllLines(model.resolve("VnVocab.txt"))) {
				vocabulary.add(word.strip());
				longest = Math.max(longest, word.split(" ").length);
			}
			List<Rule> path = new ArrayList<>();
			Rule top = null;
			for (String line : Files.readAllLines(model.resolve("Model.RDR"))) {
				if (line.isBlank()) {
					continue;
				}
				int depth = 0;
				while (line.charAt(depth) == '\t') {
					depth++;
				}
				Rule rule = new Rule(line.strip());
				if (depth == 0) {
					top = rule;
				}
				else {
					path.get(depth - 1).children.add(rule);
				}
				path.subList(depth, path.size()).clear();
				path.add(rule);
			}
			root = top;
		}

		String[] tags(List<String> sentence) {
			int n = sentence.size();
			String[] words = new String[n];
			for (int i = 0; i < n; i++) {
				words[i] = sentence.get(i).toLowerCase(Locale.ROOT);
			}
			String[] initial = new String[n];
			for (int i = 0; i < n;) {
				int length = 1;
				for (int j = Math.min(n, i + longest); j > i + 1; j--) {
					if (vocabulary.contains(String.join(" ", List.of(words).subList(i, j)))) {
						length = j - i;
						break;
					}
				}
				initial[i] = "B";
				for (int k = 1; k < length; k++) {
					initial[i + k] = "I";
				}
				i += length;
			}
			String[] tags = new String[n];
			for (int i = 0; i < n; i++) {
				String[] features = { words[i], at(words, i - 1), at(words, i - 2), at(words, i + 1), at(words, i + 2),
						initial[i], at(initial, i - 1), at(initial, i - 2), at(initial, i + 1), at(initial, i + 2) };
				String conclusion = root.conclusion;
				Rule node = root;
				boolean descended = true;
				while (descended) {
					descended = false;
					for (Rule child : node.children) {
						if (child.fires(features)) {
							node = child;
							conclusion = child.conclusion;
							descended = true;
							break;
						}
					}
				}
				tags[i] = conclusion.equals("NN") ? initial[i] : conclusion;
			}
			return tags;
		}

		private static String at(String[] values, int i) {
			return i >= 0 && i < values.length ? values[i] : "";
		}

		static final class Rule {

			final List<String[]> tests = new ArrayList<>();
			final String conclusion;
			final List<Rule> children = new ArrayList<>();

			Rule(String line) {
				String[] sides = line.split(" : object\\.conclusion = ");
				conclusion = sides[1].substring(1, sides[1].length() - 1);
				if (!sides[0].equals("True")) {
					for (String test : sides[0].split(" and (?=object\\.)")) {
						String[] parts = test.substring("object.".length()).split(" == ", 2);
						tests.add(new String[] { parts[0], parts[1].substring(1, parts[1].length() - 1) });
					}
				}
			}

			boolean fires(String[] features) {
				for (String[] test : tests) {
					if (!features[FEATURES.indexOf(test[0])].equals(test[1])) {
						return false;
					}
				}
				return true;
			}

		}

	}

}
