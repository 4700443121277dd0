package vn.tuyengiao.monitor.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorConfiguration;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.monitor.MultiMatchingQueries;
import org.apache.lucene.monitor.MultipassTermFilteredPresearcher;
import org.apache.lucene.monitor.QueryMatch;
import org.apache.lucene.monitor.TermWeightor;
import org.apache.lucene.search.Query;
import org.springframework.stereotype.Component;

import vn.tuyengiao.text.TextAnalysis;

/**
 * Matches items against every saved topic at once with Lucene Monitor: the topics' queries are kept in a
 * small index of their own, an item is turned into a one-item index in memory, and only the topics whose
 * selective terms the item holds are run against it (the presearch).
 * <p>
 * Why the presearch works for Vietnamese here when Monitor's defaults did not (issue 6 measured 0.9× a naive
 * loop): a topic's words reach the matcher as the index's syllable pairs ({@code dư_luận}, see
 * {@link ItemQuery}), which are about as rare as words; the weighting below makes a topic be selected by a
 * pair (or a rare field such as the outlet) rather than by one of its syllables, which nearly every item
 * holds, and two passes select a topic of several required clauses only when the item holds a good term of
 * two of them.
 */
@Component
class TopicMatcher {

	/** What of an item topics are matched against: the fields of the item index that topics can name. */
	record Candidate(long itemId, String title, String body, String outlet, String places) {

		/** As the item index has it ({@link ItemEntity#searchText}): offsets of highlights refer to it. */
		String text() {
			return ItemEntity.searchText(title, body);
		}

	}

	/** A topic that matched an item. */
	record Hit(long topicId, long itemId) {
	}

	private final Analyzer analyzer;

	private final Monitor monitor;

	private final Map<Long, Topic> topics = new ConcurrentHashMap<>();

	/** Topics that read accents exactly: only while there are some does an item carry its accented copy. */
	private final AtomicInteger exactTopics = new AtomicInteger();

	/** Topics' queries run against items since the start, after the presearch: how selective it is. */
	private final java.util.concurrent.atomic.AtomicLong queriesRun = new java.util.concurrent.atomic.AtomicLong();

	@org.springframework.beans.factory.annotation.Autowired
	TopicMatcher(TextAnalysis analysis) {
		this(analysis, PASSES);
	}

	/** How many presearch passes: a topic of several required clauses is selected by a term of that many. */
	static final int PASSES = 2;

	TopicMatcher(TextAnalysis analysis, int passes) {
		Analyzer folded = analysis.analyzer(TextAnalysis.VI_FOLDED);
		this.analyzer = new PerFieldAnalyzerWrapper(folded,
				Map.of("text_exact", analysis.analyzer(TextAnalysis.VI), "outlet", new KeywordAnalyzer()));
		try {
			this.monitor = new Monitor(analyzer, passes > 1 ? new MultipassTermFilteredPresearcher(passes, 0, WEIGHTOR, List.of(), Set.of())
							: new org.apache.lucene.monitor.TermFilteredPresearcher(WEIGHTOR, List.of(), Set.of()),
					new MonitorConfiguration());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * How selective a term is for the presearch, the rarer the heavier: a syllable pair (a word of two, or two
	 * words side by side) is far rarer than a syllable; a longer syllable is rarer than a short one; the outlet
	 * and the places are rarer still. Monitor selects a conjunction by its heaviest clause and a disjunction by
	 * all of its terms.
	 */
	static final TermWeightor WEIGHTOR = term -> {
		String text = term.text();
		return switch (term.field()) {
			case "outlet", "places" -> 8;
			default -> text.indexOf('_') > 0 ? 5 + Math.min(text.length(), 20) / 10.0 : Math.min(text.length(), 8) / 4.0;
		};
	};

	/** A topic as the matcher holds it. */
	record Topic(long id, Query query, boolean exactAccents) {
	}

	/** Adds or replaces a topic. */
	void register(long topicId, Query query, boolean exactAccents) {
		register(List.of(new Topic(topicId, query, exactAccents)));
	}

	/** Adds or replaces topics, in one update of the topics' index (one at a time, each is a commit). */
	void register(List<Topic> added) {
		List<MonitorQuery> queries = new ArrayList<>(added.size());
		for (Topic topic : added) {
			queries.add(new MonitorQuery(Long.toString(topic.id()), topic.query(), null, Map.of()));
		}
		try {
			monitor.register(queries);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (Topic topic : added) {
			Topic before = topics.put(topic.id(), topic);
			exactTopics.addAndGet((topic.exactAccents() ? 1 : 0) - (before != null && before.exactAccents() ? 1 : 0));
		}
	}

	void remove(long topicId) {
		try {
			monitor.deleteById(Long.toString(topicId));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		Topic removed = topics.remove(topicId);
		if (removed != null && removed.exactAccents()) {
			exactTopics.decrementAndGet();
		}
	}

	/** The analyzer of each field, as the item index has it. */
	Analyzer analyzer() {
		return analyzer;
	}

	boolean anyExact() {
		return exactTopics.get() > 0;
	}

	long queriesRun() {
		return queriesRun.get();
	}

	int size() {
		return topics.size();
	}

	Query query(long topicId) {
		Topic topic = topics.get(topicId);
		return topic == null ? null : topic.query();
	}

	/**
	 * The topics each item matches. Items go one at a time: Monitor's presearch selects topics for the
	 * terms of the batch as a whole, so a batch of many items selects nearly every topic.
	 */
	List<Hit> match(List<Candidate> items) {
		if (items.isEmpty() || topics.isEmpty()) {
			return List.of();
		}
		boolean withExact = exactTopics.get() > 0;
		List<Hit> hits = new ArrayList<>();
		try {
			for (Candidate item : items) {
				MultiMatchingQueries<QueryMatch> matches = monitor.match(new Document[] { document(item, withExact) },
						TopicCheck.FACTORY);
				queriesRun.addAndGet(matches.getQueriesRun());
				for (QueryMatch match : matches.getMatches(0)) {
					hits.add(new Hit(Long.parseLong(match.getQueryId()), item.itemId()));
				}
			}
			return hits;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The fields of {@link ItemEntity}'s index that a topic may name, under the same names. */
	static Document document(Candidate item, boolean withExact) {
		Document doc = new Document();
		String text = item.text();
		doc.add(new TextField("text", text, Field.Store.NO));
		if (withExact) {
			doc.add(new TextField("text_exact", text, Field.Store.NO));
		}
		if (item.title() != null) {
			doc.add(new TextField("title", item.title(), Field.Store.NO));
		}
		if (item.outlet() != null) {
			doc.add(new StringField("outlet", item.outlet(), Field.Store.NO));
		}
		if (item.places() != null && !item.places().isEmpty()) {
			doc.add(new TextField("places", item.places(), Field.Store.NO));
		}
		return doc;
	}

}
