package vn.tuyengiao.text.internal.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import vn.tuyengiao.text.AnalyzedToken;
import vn.tuyengiao.text.Segmentation;
import vn.tuyengiao.text.TextAnalysis;
import vn.tuyengiao.text.WordSegmenter;

/** The two analyzers, built once with the configured segmenter (if any) and shared: Lucene analyzers are. */
@Component
class LuceneTextAnalysis implements TextAnalysis {

	private final Analyzer vi;

	private final Analyzer viFolded;

	private final boolean segmenting;

	@Autowired
	LuceneTextAnalysis(Segmentation segmentation) {
		this(segmentation.segmenter().orElse(null));
	}

	LuceneTextAnalysis(WordSegmenter segmenter) {
		this.vi = new VietnameseAnalyzer(false, segmenter);
		this.viFolded = new VietnameseAnalyzer(true, segmenter);
		this.segmenting = segmenter != null;
	}

	@Override
	public Analyzer analyzer(String name) {
		return switch (name == null ? "" : name) {
			case VI -> vi;
			case VI_FOLDED -> viFolded;
			default -> throw new AnalyzerUnknown(name);
		};
	}

	@Override
	public List<AnalyzedToken> analyze(String text, String analyzer) {
		List<AnalyzedToken> tokens = new ArrayList<>();
		try (TokenStream stream = analyzer(analyzer).tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
			TypeAttribute type = stream.addAttribute(TypeAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(new AnalyzedToken(term.toString(), offset.startOffset(), offset.endOffset(), type.type()));
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex); // a String reader does not fail
		}
		return tokens;
	}

	@Override
	public boolean segmenting() {
		return segmenting;
	}

}
