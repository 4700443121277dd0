package vn.tuyengiao.topics.internal;

import java.util.List;
import java.util.function.ToIntFunction;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;

import vn.tuyengiao.text.TextAnalysis;

/**
 * Saved topics as monitoring's tests read them, to prove that a topic finds what the search box finds: the
 * topic language ({@link TopicQueryParser}) and the matcher ({@link TopicMatcher}) from outside this package.
 */
public final class TopicQueries {

	private TopicQueries() {
	}

	/** A topic's query, read with these analyzers and document frequencies. */
	public static Query read(TextAnalysis analysis, String topic, boolean exactAccents, ToIntFunction<Term> docFreq) {
		return TopicQueryParser.read(topic, analysis.analyzer(TextAnalysis.VI_FOLDED), analysis.analyzer(TextAnalysis.VI),
				exactAccents, docFreq);
	}

	/** An item to match: its number, title, body and outlet. */
	public record Item(long id, String title, String body, String outlet) {
	}

	/** The numbers of the items one topic of this query matches. */
	public static List<Long> matched(TextAnalysis analysis, String topic, boolean exactAccents, List<Item> items) {
		TopicMatcher matcher = new TopicMatcher(analysis);
		matcher.register(1, read(analysis, topic, exactAccents, term -> 0), exactAccents);
		return matcher.match(items.stream()
			.map(item -> new TopicMatcher.Candidate(item.id(), item.title(), item.body(), item.outlet(), ""))
			.toList()).stream().map(TopicMatcher.Hit::itemId).toList();
	}

}
