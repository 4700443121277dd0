package vn.tuyengiao.text.internal.analysis;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

import vn.tuyengiao.text.TextAnalysis;

/**
 * Gives Hibernate Search the analyzers {@code vi} and {@code vi_folded} under those names, so that an indexed
 * field says {@code @FullTextField(analyzer = "vi_folded")}. application.properties names this bean as the
 * Lucene backend's analysis configurer.
 */
@Component("textAnalysisConfigurer")
class TextAnalysisConfigurer implements LuceneAnalysisConfigurer {

	private final TextAnalysis analysis;

	TextAnalysisConfigurer(TextAnalysis analysis) {
		this.analysis = analysis;
	}

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(TextAnalysis.VI).instance(analysis.analyzer(TextAnalysis.VI));
		context.analyzer(TextAnalysis.VI_FOLDED).instance(analysis.analyzer(TextAnalysis.VI_FOLDED));
	}

}
