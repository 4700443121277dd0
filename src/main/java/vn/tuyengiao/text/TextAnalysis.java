package vn.tuyengiao.text;

import java.util.List;

import org.apache.lucene.analysis.Analyzer;

/**
 * The Lucene analyzers every module uses where Vietnamese text is indexed or matched, by name: {@code vi}
 * keeps accents (a search for {@code hòa} finds {@code hoà} and {@code HÒA}, not {@code hoa}),
 * {@code vi_folded} drops them (a search for {@code bac kan} finds {@code Bắc Kạn}). Hibernate Search knows
 * them under the same names.
 */
public interface TextAnalysis {

	String VI = "vi";

	String VI_FOLDED = "vi_folded";

	/** The analyzer of that name; unknown names are refused with {@link IllegalArgumentException}. */
	Analyzer analyzer(String name);

	/** The terms the named analyzer makes of the text, in order. */
	List<AnalyzedToken> analyze(String text, String analyzer);

	/** Whether a word segmentation model is loaded; without one, analysis indexes syllable bigrams. */
	boolean segmenting();

}
