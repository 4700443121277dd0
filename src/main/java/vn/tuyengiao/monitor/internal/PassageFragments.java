package vn.tuyengiao.monitor.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Each passage of the highlighter as HTML on its own: the text escaped, the matches in {@code <mark>}, and at
 * most {@code width} characters of text around the passage's first match, with "…" where it was cut. A
 * passage is a sentence, and a text without sentence ends is one sentence: the width keeps a hit's passages,
 * and so a page of results, small whatever the item.
 */
final class PassageFragments extends PassageFormatter {

	private static final String ELLIPSIS = "… ";

	private final int width;

	PassageFragments(int width) {
		this.width = width;
	}

	@Override
	public Object format(Passage[] passages, String content) {
		List<String> fragments = new ArrayList<>(passages.length);
		for (Passage passage : passages) {
			fragments.add(fragment(passage, content).strip());
		}
		return fragments;
	}

	private String fragment(Passage passage, String content) {
		int start = passage.getStartOffset();
		int end = passage.getEndOffset();
		if (end - start > width) {
			// a little context before the first match, the rest after it
			int first = passage.getNumMatches() > 0 ? passage.getMatchStarts()[0] : start;
			start = Math.max(start, first - width / 4);
			end = Math.min(end, start + width);
			start = wordStart(content, start, passage.getStartOffset());
			end = wordEnd(content, end, passage.getEndOffset());
			if (Character.isLowSurrogate(content.charAt(start))) {
				start--;
			}
			if (end < content.length() && Character.isLowSurrogate(content.charAt(end))) {
				end++;
			}
		}
		StringBuilder html = new StringBuilder(end - start + 64);
		if (start > passage.getStartOffset()) {
			html.append(ELLIPSIS);
		}
		int at = start;
		int[] starts = passage.getMatchStarts();
		int[] ends = passage.getMatchEnds();
		int count = passage.getNumMatches();
		for (int i = 0; i < count && starts[i] < end; i++) {
			int first = starts[i];
			int to = ends[i];
			// overlapping matches (a word and its syllables) are marked as one
			while (i + 1 < count && starts[i + 1] < to) {
				to = Math.max(to, ends[++i]);
			}
			int from = Math.max(Math.max(first, at), start);
			to = Math.min(to, end);
			if (from >= to) {
				continue; // before the window
			}
			escape(html, content, at, from);
			html.append("<mark>");
			escape(html, content, from, to);
			html.append("</mark>");
			at = to;
		}
		escape(html, content, at, end);
		if (end < passage.getEndOffset()) {
			html.append(" …");
		}
		return html.toString();
	}

	/** Moves a cut back to the start of the word it falls in, not before the passage. */
	private static int wordStart(String content, int at, int floor) {
		int i = at;
		while (i > floor && i > at - 20 && !Character.isWhitespace(content.charAt(i - 1))) {
			i--;
		}
		return i > floor && !Character.isWhitespace(content.charAt(i - 1)) ? at : i;
	}

	/** Moves a cut forward to the end of the word it falls in, not after the passage. */
	private static int wordEnd(String content, int at, int ceiling) {
		int i = at;
		while (i < ceiling && i < at + 20 && !Character.isWhitespace(content.charAt(i))) {
			i++;
		}
		return i < ceiling && !Character.isWhitespace(content.charAt(i)) ? at : i;
	}

	private static void escape(StringBuilder html, String content, int from, int to) {
		for (int i = from; i < to; i++) {
			char c = content.charAt(i);
			switch (c) {
				case '&' -> html.append("&amp;");
				case '<' -> html.append("&lt;");
				case '>' -> html.append("&gt;");
				case '"' -> html.append("&quot;");
				case '\'' -> html.append("&#x27;");
				default -> html.append(c);
			}
		}
	}

}
