package vn.tuyengiao.monitor.internal;

import java.io.IOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.backend.lucene.scope.LuceneIndexScope;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.ItemIndex;
import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.text.TextAnalysis;

/**
 * Search over the Lucene index that Hibernate Search keeps in step with {@code monitor_item}: exact totals (a
 * user counts on them), facets by outlet, kind, language and month, and highlighted passages.
 * <p>
 * Hibernate Search writes the index; the search itself runs on Lucene directly, over the reader Hibernate
 * Search hands out, with the query built by {@link ItemQuery} for Vietnamese. Two passes over the matches: the
 * ranking, which scores only the matches that can still make the page, and the counting of the total and the
 * facets ({@link FacetCounter}), which reads no scores. The page's items are read from the index's stored
 * fields and their passages marked by Lucene's highlighter from a plain analysis of the text. A million
 * items are answered within tens of milliseconds this way, where Hibernate Search's generic aggregations,
 * phrase handling and highlighting took several times longer. An item is indexed and highlighted only up to
 * the bounds of {@link SearchSettings}, so no item, however long, slows a search or swells its answer.
 */
@Component
class LuceneItemSearch implements ItemSearch, ItemIndex {

	/** The months shown as a facet, counted back from the newest item in the index. */
	private static final int MONTHS_SHOWN = 24;

	/** Hibernate Search's document-id column, one value per document. */
	private static final String ID = "__HSEARCH_id_docvalue";

	private static final Set<String> STORED = Set.of("title", "url", "publishedAt", "outlet", "sourceId", "kind", "language",
			"body");

	private final EntityManagerFactory entityManagerFactory;

	private final Analyzer folded;

	private final Analyzer exact;

	private final UnifiedHighlighter titleHighlighter;

	private final UnifiedHighlighter bodyHighlighter;

	private final SearchSettings settings;

	private volatile LuceneIndexScope scope;

	LuceneItemSearch(EntityManagerFactory entityManagerFactory, TextAnalysis analysis, SearchSettings settings) {
		this.entityManagerFactory = entityManagerFactory;
		this.settings = settings;
		this.folded = analysis.analyzer(TextAnalysis.VI_FOLDED);
		this.exact = analysis.analyzer(TextAnalysis.VI);
		// a title is at most 1,000 characters and shown whole; the body as a few passages of bounded width
		this.titleHighlighter = highlighter(folded, 1000).withBreakIterator(WholeBreakIterator::new).build();
		this.bodyHighlighter = highlighter(folded, settings.fragmentChars()).build();
	}

	/**
	 * Single terms, read from a plain analysis of the text: the fast way, and all {@link ItemQuery} asks. The
	 * highlighter reads at most {@code highlight-chars} of a text, and the index stores no more of a body.
	 */
	private UnifiedHighlighter.Builder highlighter(Analyzer analyzer, int width) {
		return UnifiedHighlighter.builderWithoutSearcher(analyzer)
			.withHandleMultiTermQuery(false)
			.withHighlightPhrasesStrictly(false)
			.withPassageRelevancyOverSpeed(false)
			.withWeightMatches(false)
			.withMaxLength(settings.highlightChars())
			.withMaxNoHighlightPassages(0)
			.withScorer(new PassageScore())
			.withFormatter(new PassageFragments(width));
	}

	@Override
	public Result search(Query query) {
		int size = Math.max(1, Math.min(query.size() <= 0 ? 20 : query.size(), 100));
		int page = Math.max(0, query.page());
		ItemQuery parsed = ItemQuery.parse(query.text());
		String field = query.exactAccents() ? "text_exact" : "text";
		Analyzer analyzer = query.exactAccents() ? exact : folded;
		try (IndexReader reader = scope().openIndexReader()) {
			ToIntFunction<Term> docFreq = term -> docFreq(reader, term);
			org.apache.lucene.search.Query lucene = withFilters(parsed.toLucene(field, analyzer, "title", folded, docFreq), query);
			IndexSearcher searcher = new IndexSearcher(reader);
			int wanted = (page + 1) * size;
			// the ranking scores only the matches that can still make the page (block-max WAND); the exact
			// total comes from the counting pass, which reads no scores
			TopDocs top = query.byDate() || parsed.isEmpty()
					? searcher.search(lucene, new TopFieldCollectorManager(
							new Sort(newestFirst("publishedAt"), newestFirst("firstSeenAt")), wanted, null, wanted))
					: searcher.search(lucene, new TopScoreDocCollectorManager(wanted, null, wanted));
			List<YearMonth> months = months(reader);
			FacetCounter facets = searcher.search(lucene, only(new FacetCounter(months.stream().map(YearMonth::toString).toList())));
			org.apache.lucene.search.Query marks = parsed.isEmpty() ? null
					: parsed.highlightTerms(field, analyzer, docFreq, "marks", folded);
			List<Hit> hits = new ArrayList<>();
			ScoreDoc[] docs = top.scoreDocs;
			StoredFields stored = reader.storedFields(); // one per search: each holds its own decompression buffers
			for (int i = page * size; i < docs.length; i++) {
				hits.add(hit(reader, stored, docs[i].doc, marks));
			}
			return new Result(facets.total(), page, size, hits,
					new Facets(counts(facets.outlets(), 20), counts(facets.kinds(), Integer.MAX_VALUE),
							counts(facets.languages(), Integer.MAX_VALUE), monthCounts(months, facets.months())));
		}
		catch (IOException ex) {
			throw new ItemIndexUnreadable(ex);
		}
	}

	@Override
	public Analyzer folded() {
		return folded;
	}

	@Override
	public Analyzer exact() {
		return exact;
	}

	@Override
	public <T> T reading(Function<ToIntFunction<Term>, T> work) {
		try (IndexReader reader = scope().openIndexReader()) {
			return work.apply(term -> docFreq(reader, term));
		}
		catch (IOException ex) {
			throw new ItemIndexUnreadable(ex);
		}
	}

	@Override
	public Backtest backtest(org.apache.lucene.search.Query topic, Instant since, int newest) {
		try (IndexReader reader = scope().openIndexReader()) {
			IndexSearcher searcher = new IndexSearcher(reader);
			org.apache.lucene.search.Query window = LongPoint.newRangeQuery("firstSeenAt", since.toEpochMilli(), Long.MAX_VALUE);
			org.apache.lucene.search.Query matching = new BooleanQuery.Builder().add(topic, Occur.MUST)
				.add(window, Occur.FILTER)
				.build();
			int items = searcher.count(window);
			TopDocs top = searcher.search(matching, new TopFieldCollectorManager(
					new Sort(newestFirst("firstSeenAt")), Math.max(1, newest), null, Integer.MAX_VALUE));
			List<Long> ids = new ArrayList<>();
			for (ScoreDoc doc : top.scoreDocs) {
				if (ids.size() < newest) {
					ids.add(id(reader, doc.doc));
				}
			}
			return new Backtest((int) top.totalHits.value, items, ids);
		}
		catch (IOException ex) {
			throw new ItemIndexUnreadable(ex);
		}
	}

	@Override
	public int maxAnalysedChars() {
		return settings.maxAnalysedChars();
	}

	/** How much of an item this index reads. */
	SearchSettings settings() {
		return settings;
	}

	private LuceneIndexScope scope() {
		LuceneIndexScope current = scope;
		if (current == null) {
			current = Search.mapping(entityManagerFactory).scope(ItemEntity.class).extension(LuceneExtension.get());
			scope = current;
		}
		return current;
	}

	private static SortField newestFirst(String field) {
		SortField sort = new SortedNumericSortField(field, SortField.Type.LONG, true);
		sort.setMissingValue(Long.MIN_VALUE); // an item without a date comes after the dated ones
		return sort;
	}

	private static org.apache.lucene.search.Query withFilters(org.apache.lucene.search.Query text, Query query) {
		BooleanQuery.Builder bool = new BooleanQuery.Builder().add(text, Occur.MUST);
		if (query.outlet() != null && !query.outlet().isBlank()) {
			bool.add(new TermQuery(new Term("outlet", query.outlet())), Occur.FILTER);
		}
		if (query.kind() != null) {
			bool.add(new TermQuery(new Term("kind", query.kind().name())), Occur.FILTER);
		}
		if (query.language() != null && !query.language().isBlank()) {
			bool.add(new TermQuery(new Term("language", query.language())), Occur.FILTER);
		}
		if (query.from() != null || query.to() != null) {
			long from = query.from() == null ? Long.MIN_VALUE : query.from().toEpochMilli();
			long to = query.to() == null ? Long.MAX_VALUE : query.to().toEpochMilli() - 1;
			bool.add(LongPoint.newRangeQuery("publishedAt", from, to), Occur.FILTER);
		}
		return bool.build();
	}

	/**
	 * The month boundaries of the facet, ending with the month of the newest item in the index (demo data from
	 * 2023 seen in a later year still gets its own months). The newest date is read from the index's points
	 * summary: no search.
	 */
	private static List<YearMonth> months(IndexReader reader) throws IOException {
		byte[] newest = PointValues.getMaxPackedValue(reader, "publishedAt");
		YearMonth last = newest == null ? YearMonth.now(VietnamTime.ZONE)
				: YearMonth.from(Instant.ofEpochMilli(LongPoint.decodeDimension(newest, 0)).atZone(VietnamTime.ZONE));
		List<YearMonth> months = new ArrayList<>();
		for (int i = MONTHS_SHOWN - 1; i >= 0; i--) {
			months.add(last.minusMonths(i));
		}
		return months;
	}

	private static int docFreq(IndexReader reader, Term term) {
		try {
			return reader.docFreq(term);
		}
		catch (IOException ex) {
			throw new ItemIndexUnreadable(ex);
		}
	}

	private static long id(IndexReader reader, int doc) throws IOException {
		List<LeafReaderContext> leaves = reader.leaves();
		LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
		BinaryDocValues ids = DocValues.getBinary(leaf.reader(), ID);
		if (!ids.advanceExact(doc - leaf.docBase)) {
			throw new ItemIndexCorrupt("An indexed item without an id");
		}
		return Long.parseLong(ids.binaryValue().utf8ToString());
	}

	/**
	 * A hit as stored in the index, its passages marked. The values are read as Hibernate Search stores them
	 * (text, an instant as ISO-8601 text, a number); ItemSearchTests would notice if that changed.
	 */
	private Hit hit(IndexReader reader, StoredFields fields, int doc, org.apache.lucene.search.Query marks) throws IOException {
		Document stored = fields.document(doc, STORED);
		String title = stored.get("title");
		String body = stored.get("body");
		String published = stored.get("publishedAt");
		Number sourceId = stored.getField("sourceId").numericValue();
		boolean marking = marks != null;
		return new Hit(id(reader, doc), title, stored.get("url"), published == null ? null : Instant.parse(published),
				stored.get("outlet"), sourceId.longValue(), SourceKind.valueOf(stored.get("kind")), stored.get("language"),
				marking ? marked(titleHighlighter, marks, title, 1) : List.of(),
				marking ? marked(bodyHighlighter, marks, SearchSettings.prefix(body, settings.highlightChars()),
						settings.fragments()) : List.of());
	}

	@SuppressWarnings("unchecked")
	private static List<String> marked(UnifiedHighlighter highlighter, org.apache.lucene.search.Query marks, String text,
			int passages) throws IOException {
		if (text == null || text.isEmpty()) {
			return List.of();
		}
		Object found = highlighter.highlightWithoutSearcher("marks", marks, text, passages);
		return found == null ? List.of() : (List<String>) found;
	}

	private static List<Count> counts(Map<String, Long> counts, int limit) {
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map(e -> new Count(e.getKey(), e.getValue()))
			.toList();
	}

	private static List<Count> monthCounts(List<YearMonth> months, long[] counts) {
		List<Count> list = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				list.add(new Count(months.get(i).toString(), counts[i]));
			}
		}
		return list;
	}

	/** The one collector of a search without an executor, as a manager. */
	private static CollectorManager<FacetCounter, FacetCounter> only(FacetCounter counter) {
		return new CollectorManager<>() {

			@Override
			public FacetCounter newCollector() {
				return counter;
			}

			@Override
			public FacetCounter reduce(Collection<FacetCounter> collectors) {
				return counter;
			}

		};
	}

	/**
	 * Lucene's passage score (BM25 over the passage's matches, longer passages and earlier ones preferred)
	 * without its per-passage hash table: the distinct terms are found by comparing the passage's first
	 * {@value #SCORED_MATCHES} matches, which is all a score needs (a text without sentence ends is one passage
	 * with thousands of matches, and comparing them all is quadratic). The default scorer allocated a 32 KB
	 * block per passage, most of a search's garbage.
	 */
	private static final class PassageScore extends PassageScorer {

		private static final int SCORED_MATCHES = 32;

		@Override
		public float score(Passage passage, int contentLength) {
			int matches = Math.min(passage.getNumMatches(), SCORED_MATCHES);
			BytesRef[] terms = passage.getMatchTerms();
			int[] inDoc = passage.getMatchTermFreqsInDoc();
			float score = 0;
			for (int i = 0; i < matches; i++) {
				boolean seen = false;
				int freq = 0;
				for (int j = 0; j < matches; j++) {
					if (terms[j].bytesEquals(terms[i])) {
						seen |= j < i;
						freq++;
					}
				}
				if (!seen) {
					score += weight(contentLength, inDoc[i]) * tf(freq, passage.getLength());
				}
			}
			return score * norm(passage.getStartOffset());
		}

	}

}
