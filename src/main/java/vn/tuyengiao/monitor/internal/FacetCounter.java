package vn.tuyengiao.monitor.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * Counts the matches of a search by outlet, kind, language and month in the same pass that finds the top
 * hits. Per segment it counts into arrays indexed by the segment's own term numbers (ordinals) and turns
 * them into names once, at the end of the segment, so a match costs four array increments: cheap enough to
 * count facets exactly over hundreds of thousands of matches.
 */
final class FacetCounter implements Collector {

	private final long[] monthStarts;

	private final Map<String, Long> outlets = new HashMap<>();

	private final Map<String, Long> kinds = new HashMap<>();

	private final Map<String, Long> languages = new HashMap<>();

	private final long[] months;

	private long total;

	/**
	 * @param monthStarts the first instant (epoch milliseconds) of each month counted, ascending, followed by
	 * the end of the last one
	 */
	FacetCounter(long[] monthStarts) {
		this.monthStarts = monthStarts;
		this.months = new long[monthStarts.length - 1];
		// months begin at midnight in Vietnam, which keeps no daylight saving time: a day's month is a table
		// look-up, not a search per match
		int days = (int) ((monthStarts[monthStarts.length - 1] - monthStarts[0]) / DAY);
		this.monthOfDay = new int[days];
		for (int day = 0, month = 0; day < days; day++) {
			while (monthStarts[0] + day * DAY >= monthStarts[month + 1]) {
				month++;
			}
			monthOfDay[day] = month;
		}
	}

	private static final long DAY = 86_400_000L;

	private final int[] monthOfDay;

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
		SortedDocValues outlet = DocValues.unwrapSingleton(DocValues.getSortedSet(context.reader(), "outlet"));
		SortedDocValues kind = DocValues.unwrapSingleton(DocValues.getSortedSet(context.reader(), "kind"));
		SortedDocValues language = DocValues.unwrapSingleton(DocValues.getSortedSet(context.reader(), "language"));
		NumericDocValues published = DocValues.unwrapSingleton(DocValues.getSortedNumeric(context.reader(), "publishedAt"));
		if (outlet == null || kind == null || language == null || published == null) {
			throw new IllegalStateException("The item index holds several values where one is expected: rebuild it");
		}
		return new Leaf(outlet, kind, language, published);
	}

	private final class Leaf implements LeafCollector {

		private final SortedDocValues outlet;

		private final SortedDocValues kind;

		private final SortedDocValues language;

		private final NumericDocValues published;

		private final int[] outletCounts;

		private final int[] kindCounts;

		private final int[] languageCounts;

		Leaf(SortedDocValues outlet, SortedDocValues kind, SortedDocValues language, NumericDocValues published) {
			this.outlet = outlet;
			this.kind = kind;
			this.language = language;
			this.published = published;
			this.outletCounts = new int[outlet.getValueCount()];
			this.kindCounts = new int[kind.getValueCount()];
			this.languageCounts = new int[language.getValueCount()];
		}

		@Override
		public void setScorer(Scorable scorer) {
			// counts need no scores
		}

		@Override
		public void collect(int doc) throws IOException {
			total++;
			if (outlet.advanceExact(doc)) {
				outletCounts[outlet.ordValue()]++;
			}
			if (kind.advanceExact(doc)) {
				kindCounts[kind.ordValue()]++;
			}
			if (language.advanceExact(doc)) {
				languageCounts[language.ordValue()]++;
			}
			if (published.advanceExact(doc)) {
				long at = published.longValue();
				if (at >= monthStarts[0] && at < monthStarts[monthStarts.length - 1]) {
					months[monthOfDay[(int) ((at - monthStarts[0]) / DAY)]]++;
				}
			}
		}

		@Override
		public void finish() throws IOException {
			add(outlet, outletCounts, outlets);
			add(kind, kindCounts, kinds);
			add(language, languageCounts, languages);
		}

		private static void add(SortedDocValues values, int[] counts, Map<String, Long> into) throws IOException {
			for (int ord = 0; ord < counts.length; ord++) {
				if (counts[ord] > 0) {
					into.merge(values.lookupOrd(ord).utf8ToString(), (long) counts[ord], Long::sum);
				}
			}
		}

	}

}
