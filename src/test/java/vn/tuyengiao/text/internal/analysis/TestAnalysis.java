package vn.tuyengiao.text.internal.analysis;

import vn.tuyengiao.text.TextAnalysis;

/** The text module's analyzers for tests of other modules that need no Spring context. */
public final class TestAnalysis {

	private static final TextAnalysis WITHOUT_SEGMENTER = new LuceneTextAnalysis((vn.tuyengiao.text.WordSegmenter) null);

	private TestAnalysis() {
	}

	/** {@code vi} and {@code vi_folded} as a fresh install has them: words of two syllables as syllable pairs. */
	public static TextAnalysis withoutSegmenter() {
		return WITHOUT_SEGMENTER;
	}

}
