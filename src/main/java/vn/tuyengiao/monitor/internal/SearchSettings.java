package vn.tuyengiao.monitor.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much of an item the search reads ({@code tuyengiao.monitor.search.*}). An item keeps its whole text in
 * the database (up to {@link ItemEntity#MAX_BODY} characters); only a bounded beginning of it is analysed, so
 * one enormous item (a dump pasted into a feed, a runaway import) costs no more to index, to match against
 * topics, to search or to highlight than a long article, and a page of results stays small.
 *
 * @param maxAnalysedChars the characters of an item's text (title and body) that are indexed and matched
 *        against topics; words after them are kept but not found
 * @param highlightChars the characters of an item's body that the highlighter reads for its passages
 * @param fragmentChars the longest passage shown, in characters of text, around its first match
 * @param fragments how many passages of the body a hit shows
 * @param indexCheck how often the items changed since the previous check are looked for in the index
 *        ({@link IndexCheck}; every item is checked at start-up)
 */
@ConfigurationProperties("tuyengiao.monitor.search")
record SearchSettings(@DefaultValue("200000") int maxAnalysedChars, @DefaultValue("20000") int highlightChars,
		@DefaultValue("240") int fragmentChars, @DefaultValue("2") int fragments,
		@DefaultValue("5m") Duration indexCheck) {

	SearchSettings {
		if (maxAnalysedChars < 1000 || highlightChars < 100 || fragmentChars < 40 || fragments < 1 || fragments > 10) {
			throw new SearchSettingsInvalid("tuyengiao.monitor.search: max-analysed-chars must be at least 1000,"
					+ " highlight-chars at least 100, fragment-chars at least 40 and fragments between 1 and 10");
		}
	}

	/** The first {@code max} characters of a text, never ending between the two halves of a surrogate pair. */
	static String prefix(String text, int max) {
		if (text == null || text.length() <= max) {
			return text;
		}
		return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
	}

}
