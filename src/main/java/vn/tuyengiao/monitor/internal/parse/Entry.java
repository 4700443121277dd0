package vn.tuyengiao.monitor.internal.parse;

import java.time.Instant;

/**
 * One post or article as a parser found it, before it becomes an item.
 *
 * @param url the canonical URL ({@link CanonicalUrl}); never null
 * @param title the headline as plain text, or null
 * @param author the author or byline, or null
 * @param publishedAt when it was published; times written without a zone are read as Vietnam time; null when
 * unknown
 * @param summary a short description as plain text (a feed's description, a page's lead), or null
 * @param text the main text as plain text with paragraphs separated by a blank line, or null when the source
 * gave only a link
 * @param guid the source's own identifier (a feed's guid or Atom id), or null
 * @param sourceLine the line in the parsed file where the entry starts, or 0 when the format has no lines
 */
public record Entry(String url, String title, String author, Instant publishedAt, String summary, String text,
		String guid, int sourceLine) {

	public Entry {
		if (url == null || url.isBlank()) {
			throw new EntryWithoutUrl("An entry needs a URL");
		}
	}

}
