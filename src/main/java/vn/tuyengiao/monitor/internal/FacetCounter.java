package vn.tuyengiao.monitor.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matches of a search, in total and by outlet, kind, language and month, in one pass over them.
 * <p>
 * Each item is indexed with its four facet values joined into one ({@link ItemEntity#getFacetKey}), so a
 * match costs one read of the segment's term number (ordinal) for that value and one array increment; the
 * few thousand distinct values (outlets × kinds × languages × months) are split into the four counts once,
 * at the end of the segment. Reading four values per match instead took most of the time of a search with
 * hundreds of thousands of matches.
 */
final class FacetCounter implements Collector {

	/** What separates the values in the joined facet value. */
	static final char SEPARATOR = '\t';

	private final Map<String, Integer> monthIndex = new HashMap<>();

	private final Map<String, Long> outlets = new HashMap<>();

	private final Map<String, Long> kinds = new HashMap<>();

	private final Map<String, Long> languages = new HashMap<>();

	private final long[] months;

	private long total;

	/** @param months the months counted ({@code 2023-04}), in the order their counts are wanted */
	FacetCounter(List<String> months) {
		this.months = new long[months.size()];
		for (int i = 0; i < months.size(); i++) {
			monthIndex.put(months.get(i), i);
		}
	}

	/** Every match counted. */
	long total() {
		return total;
	}

	Map<String, Long> outlets() {
		return outlets;
	}

	Map<String, Long> kinds() {
		return kinds;
	}

	Map<String, Long> languages() {
		return languages;
	}

	/** Matches per month, in the order of the months given. */
	long[] months() {
		return months;
	}

	@Override
	public ScoreMode scoreMode() {
		return ScoreMode.COMPLETE_NO_SCORES;
	}

	@Override
	public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
		SortedDocValues facets = DocValues.unwrapSingleton(DocValues.getSortedSet(context.reader(), "facets"));
		if (facets == null) {
			throw new ItemIndexCorrupt("The item index holds several facet values where one is expected: rebuild it");
		}
		IndexReader.CacheHelper core = context.reader().getCoreCacheHelper();
		String[][] names;
		synchronized (NAMES) {
			names = core == null ? new String[facets.getValueCount()][] : NAMES.computeIfAbsent(core.getKey(),
					key -> new String[facets.getValueCount()][]);
		}
		return new Leaf(facets, names);
	}

	/**
	 * The facet values of each segment, split, by term number: a segment's values do not change, and splitting
	 * them anew for every search was a good share of its garbage. Weak keys: a merged-away segment's entry
	 * goes with it.
	 */
	private static final Map<IndexReader.CacheKey, String[][]> NAMES = new WeakHashMap<>();

	private final class Leaf implements LeafCollector {

		private final SortedDocValues facets;

		private final int[] counts;

		private final String[][] names;

		Leaf(SortedDocValues facets, String[][] names) {
			this.facets = facets;
			this.counts = new int[facets.getValueCount()];
			this.names = names;
		}

		@Override
		public void setScorer(Scorable scorer) {
			// counts need no scores
		}

		@Override
		public void collect(int doc) throws IOException {
			total++;
			if (facets.advanceExact(doc)) {
				counts[facets.ordValue()]++;
			}
		}

		@Override
		public void finish() throws IOException {
			for (int ord = 0; ord < counts.length; ord++) {
				if (counts[ord] > 0) {
					String[] values = names[ord];
					if (values == null) {
						values = facets.lookupOrd(ord).utf8ToString().split(String.valueOf(SEPARATOR), -1);
						names[ord] = values; // a benign race: two searches may split the same value
					}
					outlets.merge(values[0], (long) counts[ord], Long::sum);
					kinds.merge(values[1], (long) counts[ord], Long::sum);
					languages.merge(values[2], (long) counts[ord], Long::sum);
					Integer month = monthIndex.get(values[3]);
					if (month != null) {
						months[month] += counts[ord];
					}
				}
			}
		}

	}

}
