package vn.tuyengiao.text.internal.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUFoldingFilter;
import org.apache.lucene.analysis.icu.segmentation.ICUTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import vn.tuyengiao.text.WordSegmenters;

/**
 * Analysis throughput (normalise + tokenise + fold) of our analyzers against Lucene's ICUTokenizer +
 * ICUFoldingFilter and StandardAnalyzer on the same Vietnamese news text, one thread. One operation analyses
 * the whole corpus: the news sentences of ../shared/data/ud-vtb (train + dev) in documents of about 2,000
 * characters; the set-up prints its size, so characters per second = operations per second × that size.
 * Run with {@code bench/jmh.sh AnalysisBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx2g")
@Threads(1)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
public class AnalysisBenchmark {

	private List<String> documents;

	private Analyzer icu;

	private Analyzer standard;

	private Analyzer viFoldedSyllables;

	private Analyzer viFolded;

	private Analyzer vi;

	private Analyzer viFoldedSegmented;

	@Setup(Level.Trial)
	public void setUp() throws IOException {
		documents = corpus();
		long characters = documents.stream().mapToLong(String::length).sum();
		System.out.printf("%ncorpus: %d documents, %d characters%n", documents.size(), characters);
		icu = new Analyzer() {
			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				Tokenizer tokenizer = new ICUTokenizer();
				return new TokenStreamComponents(tokenizer, new ICUFoldingFilter(tokenizer));
			}
		};
		standard = new StandardAnalyzer();
		viFoldedSyllables = new VietnameseAnalyzer(true, null, false);
		viFolded = new VietnameseAnalyzer(true, null, true);
		vi = new VietnameseAnalyzer(false, null, true);
		viFoldedSegmented = new VietnameseAnalyzer(true,
				WordSegmenters.load(Path.of(System.getProperty("tuyengiao.data", "../shared/data"), "rdrsegmenter")), true);
	}

	@Benchmark
	public long icuTokenizerAndFolding() throws IOException {
		return analyse(icu);
	}

	@Benchmark
	public long standardAnalyzer() throws IOException {
		return analyse(standard);
	}

	/** The same work as the ICU pipeline: normalise, tokenise, fold; no bigrams. */
	@Benchmark
	public long viFoldedSyllablesOnly() throws IOException {
		return analyse(viFoldedSyllables);
	}

	/** The production analyzer vi_folded without a segmenter: syllables and syllable bigrams. */
	@Benchmark
	public long viFoldedWithBigrams() throws IOException {
		return analyse(viFolded);
	}

	/** The scanner alone, no Lucene attributes: what the tokenizer adds on top shows as the difference. */
	@Benchmark
	public long scannerOnly() {
		SyllableScanner scanner = new SyllableScanner();
		long characters = 0;
		for (String document : documents) {
			char[] chars = document.toCharArray();
			scanner.reset(chars, chars.length);
			while (scanner.next()) {
				characters += scanner.termLength;
			}
		}
		return characters;
	}

	/** vi_folded with the RDR model loaded: segmented words instead of bigrams. */
	@Benchmark
	public long viFoldedWithSegmenter() throws IOException {
		return analyse(viFoldedSegmented);
	}

	@Benchmark
	public long viWithBigrams() throws IOException {
		return analyse(vi);
	}

	private long analyse(Analyzer analyzer) throws IOException {
		long characters = 0;
		for (String document : documents) {
			try (TokenStream stream = analyzer.tokenStream("body", document)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				stream.reset();
				while (stream.incrementToken()) {
					characters += term.length();
				}
				stream.end();
			}
		}
		return characters;
	}

	static List<String> corpus() throws IOException {
		Path data = Path.of(System.getProperty("tuyengiao.data", "../shared/data"), "ud-vtb");
		List<String> sentences = new ArrayList<>();
		for (String file : List.of("vi_vtb-ud-train.conllu", "vi_vtb-ud-dev.conllu")) {
			for (String line : Files.readAllLines(data.resolve(file))) {
				if (line.startsWith("# text =")) {
					sentences.add(line.substring("# text =".length()).strip());
				}
			}
		}
		List<String> documents = new ArrayList<>();
		StringBuilder document = new StringBuilder();
		for (String sentence : sentences) {
			document.append(sentence).append(' ');
			if (document.length() >= 2000) {
				documents.add(document.toString());
				document.setLength(0);
			}
		}
		if (!document.isEmpty()) {
			documents.add(document.toString());
		}
		return documents;
	}

}
