package vn.tuyengiao.text.internal.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.WordSegmenter;

/**
 * The Lucene analyzer {@code vi} (normalised and lower-cased, accents kept) or {@code vi_folded} (the same,
 * accent-free), with the words of a segmenter when one is configured and syllable bigrams otherwise.
 */
final class VietnameseAnalyzer extends Analyzer {

	private static final Set<String> STOPWORDS = loadStopwords();

	private static final Stopwords STOP_SYLLABLES = new Stopwords(STOPWORDS.stream().filter(w -> !w.contains(" ")).toList());

	private static final Stopwords STOP_PHRASES = new Stopwords(STOPWORDS.stream().filter(w -> w.contains(" ")).toList());

	private static final Stopwords STOP_PHRASES_FOLDED = new Stopwords(
			STOPWORDS.stream().filter(w -> w.contains(" ")).map(VietnameseText::fold).toList());

	private final boolean folded;

	private final WordSegmenter segmenter;

	private final boolean words;

	VietnameseAnalyzer(boolean folded, WordSegmenter segmenter) {
		this(folded, segmenter, true);
	}

	/** {@code words} false leaves out segmented words and bigrams: syllables and the other tokens only. */
	VietnameseAnalyzer(boolean folded, WordSegmenter segmenter, boolean words) {
		this.folded = folded;
		this.segmenter = segmenter;
		this.words = words;
	}

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		return new TokenStreamComponents(new VietnameseLuceneTokenizer(folded, segmenter, words, STOP_SYLLABLES,
				folded ? STOP_PHRASES_FOLDED : STOP_PHRASES));
	}

	/** For the single terms of wildcard and prefix queries ({@code tuyên*}): the same case and folding. */
	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new TokenFilter(in) {

			private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

			@Override
			public boolean incrementToken() throws IOException {
				if (!input.incrementToken()) {
					return false;
				}
				String key = VietnameseText.matchKey(term.toString());
				term.setEmpty().append(folded ? VietnameseText.fold(key) : key);
				return true;
			}
		};
	}

	private static Set<String> loadStopwords() {
		try (InputStream in = VietnameseAnalyzer.class.getResourceAsStream("/vn/tuyengiao/text/stopwords-vi.txt")) {
			Set<String> words = new HashSet<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				String word = line.strip();
				if (!word.isEmpty() && !word.startsWith("#")) {
					words.add(VietnameseText.matchKey(word)); // the form of the terms they are compared with
				}
			}
			return Set.copyOf(words);
		}
		catch (IOException ex) {
			throw new StopwordsUnreadable(ex);
		}
	}

}
