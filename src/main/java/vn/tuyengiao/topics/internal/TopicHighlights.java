package vn.tuyengiao.topics.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;
import org.springframework.web.util.HtmlUtils;

/**
 * The passages of an item that made a topic match it, the matched words marked ({@code <mark>}), so a user
 * sees why without opening the item. Computed only for the matches, which are few, from Lucene's matches
 * of the topic's own query over the item held in memory with offsets: what is marked is exactly what matched,
 * a phrase as a phrase.
 */
final class TopicHighlights {

	/** At most this many passages per match. */
	static final int PASSAGES = 3;

	/** Characters of context on each side of a marked word, at most, cut at a sentence's edge when there is one. */
	private static final int CONTEXT = 90;

	private final MemoryIndex index;

	private final String text;

	private final String title;

	/** One item, analysed once for all the topics it matched. */
	TopicHighlights(TopicMatcher.Candidate item, Analyzer analyzer, boolean withExact) {
		this.index = new MemoryIndex(true, false);
		this.text = item.text();
		this.title = item.title() == null ? "" : item.title();
		index.addField("text", text, analyzer);
		if (withExact) {
			index.addField("text_exact", text, analyzer);
		}
		index.addField("title", title, analyzer);
	}

	/** Marked passages for one topic's query, the title's first when the title matched. */
	List<String> passages(Query query) {
		IndexSearcher searcher = index.createSearcher();
		try {
			Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
			LeafReaderContext leaf = searcher.getIndexReader().leaves().get(0);
			Matches matches = weight.matches(leaf, 0);
			if (matches == null) {
				return List.of();
			}
			List<String> passages = new ArrayList<>();
			for (String field : List.of("text", "text_exact", "title")) {
				MatchesIterator it = matches.getMatches(field);
				if (it == null) {
					continue;
				}
				TreeMap<Integer, Integer> spans = new TreeMap<>();
				while (it.next()) {
					if (it.startOffset() >= 0) {
						spans.merge(it.startOffset(), it.endOffset(), Math::max);
					}
				}
				passages.addAll(passages(field.equals("title") ? title : text, spans));
				if (!passages.isEmpty()) {
					break;
				}
			}
			return passages.size() > PASSAGES ? passages.subList(0, PASSAGES) : passages;
		}
		catch (IOException ex) {
			// cannot happen: the index read is in memory
			throw new UncheckedIOException(ex);
		}
	}

	/** Passages around the spans, neighbours joined, each escaped for HTML with its spans marked. */
	static List<String> passages(String text, TreeMap<Integer, Integer> spans) {
		List<String> passages = new ArrayList<>();
		int start = -1;
		int end = -1;
		List<int[]> marks = new ArrayList<>();
		for (Map.Entry<Integer, Integer> span : spans.entrySet()) {
			int from = span.getKey();
			int to = Math.min(span.getValue(), text.length());
			if (from >= text.length() || from < end) {
				continue; // overlapping marks: the first one stands
			}
			if (start >= 0 && from - end > CONTEXT) {
				passages.add(passage(text, start, end, marks));
				if (passages.size() == PASSAGES) {
					return passages;
				}
				marks = new ArrayList<>();
				start = -1;
			}
			if (start < 0) {
				start = from;
			}
			end = to;
			marks.add(new int[] { from, to });
		}
		if (start >= 0) {
			passages.add(passage(text, start, end, marks));
		}
		return passages;
	}

	private static String passage(String text, int start, int end, List<int[]> marks) {
		int from = Math.max(0, start - CONTEXT);
		for (int i = start - 1; i > from; i--) {
			char c = text.charAt(i);
			if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1)))) {
				from = i + 1;
				break;
			}
		}
		int to = Math.min(text.length(), end + CONTEXT);
		for (int i = end; i < to; i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '.' || c == '!' || c == '?') {
				to = c == '\n' ? i : i + 1;
				break;
			}
		}
		StringBuilder out = new StringBuilder();
		if (from > 0 && !Character.isWhitespace(text.charAt(from - 1)) && text.charAt(from - 1) != '.') {
			out.append('…');
		}
		int at = from;
		for (int[] mark : marks) {
			out.append(escape(text.substring(at, mark[0]))).append("<mark>")
				.append(escape(text.substring(mark[0], mark[1]))).append("</mark>");
			at = mark[1];
		}
		out.append(escape(text.substring(at, to)));
		if (to < text.length() && text.charAt(to - 1) != '.' && text.charAt(to) != '\n') {
			out.append('…');
		}
		return out.toString().strip().replaceAll("\\s+", " ");
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

}
