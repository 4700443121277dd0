package vn.tuyengiao.monitor;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToIntFunction;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.Query;

/**
 * The item index for modules that ask it their own Lucene queries: saved topics are read with the index's
 * statistics (which syllables typed together are one word) and tried on the items of the last days before
 * they are saved. Fields: {@code title}, {@code body}, {@code outlet}, {@code locality} as in {@link ItemSearch}.
 */
public interface ItemIndex {

	/** The analyzer of accent-free search ({@code vi_folded}) and the one of exact accents ({@code vi}). */
	Analyzer folded();

	Analyzer exact();

	/** Runs {@code work} over one reader of the index: it gets the number of items holding a term. */
	<T> T reading(Function<ToIntFunction<Term>, T> work);

	/** What a query finds among the items first seen since a moment: how many, of how many, the newest. */
	record Backtest(int matched, int items, List<Long> newest) {
	}

	Backtest backtest(Query query, Instant since, int newest);

	/** How many characters of an item, title included, search and analysis read. */
	int maxAnalysedChars();

	/** Title and body as one text, the way the index reads an item: highlight offsets refer to it. */
	static String searchText(String title, String body) {
		return title == null || title.isEmpty() ? body : body == null || body.isEmpty() ? title : title + "\n\n" + body;
	}

}
