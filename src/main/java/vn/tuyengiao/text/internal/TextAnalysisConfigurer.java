package vn.tuyengiao.text.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.springframework.stereotype.Component;

/**
 * Registers the analyzers {@code vi} and {@code vi_folded} with Hibernate Search under those names
 * (application.properties names this bean as the Lucene backend's analysis configurer).
 */
@Component("textAnalysisConfigurer")
class TextAnalysisConfigurer implements LuceneAnalysisConfigurer {

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		// The analyzers themselves arrive with the next commit.
	}

}
