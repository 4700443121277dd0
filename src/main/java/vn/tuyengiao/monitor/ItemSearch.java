package vn.tuyengiao.monitor;

import java.time.Instant;
import java.util.List;

/**
 * Full-text search over the items (tin). A query is written as users write in a search box: words, quoted
 * phrases ({@code "dư luận xã hội"}), {@code -word} to exclude, {@code |} for or; accent-free by default
 * ({@code bac kan} finds {@code Bắc Kạn}), exact accents on request.
 */
public interface ItemSearch {

	Result search(Query query);

	/**
	 * @param text the query; blank lists every item
	 * @param exactAccents match accents as typed ({@code hòa} does not find {@code hoa})
	 * @param outlet only this outlet; {@code kind}, {@code language} likewise
	 * @param from published on or after; {@code to} before
	 * @param byDate newest first instead of most relevant first
	 */
	record Query(String text, boolean exactAccents, String outlet, SourceKind kind, String language, Instant from,
			Instant to, boolean byDate, int page, int size) {
	}

	/** One page of hits, the exact total, and the counts by outlet, kind, language and month. */
	record Result(long total, int page, int size, List<Hit> items, Facets facets) {
	}

	/**
	 * An item found, with the passages that matched: HTML with the text escaped and matches in
	 * {@code <mark>}.
	 */
	record Hit(long id, String title, String url, Instant publishedAt, String source, long sourceId, SourceKind kind,
			String language, List<String> titleHighlights, List<String> bodyHighlights) {
	}

	record Facets(List<Count> outlet, List<Count> kind, List<Count> language, List<Count> month) {
	}

	record Count(String value, long count) {
	}

}
