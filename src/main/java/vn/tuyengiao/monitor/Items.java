package vn.tuyengiao.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Items (tin) as other modules see them: what a response case needs to show, preserve and follow an item
 * without reading monitoring's tables. {@link #find} and {@link #ofStory} are for readers of monitoring only.
 */
public interface Items {

	/**
	 * An item with what its analysis made of it.
	 *
	 * @param storyId the story (chuỗi tin: copies and rewrites of one original) it belongs to; null before analysis
	 * @param workArea the code of the work area it was classified in, or null
	 * @param placeNames the places it is about, by name
	 * @param riskScore the risk flag from 0 to 100; {@code riskReasons} says why
	 */
	record Item(long id, String title, String url, String outlet, long sourceId, Instant publishedAt,
			Instant firstSeenAt, Long storyId, String workArea, List<String> placeNames, int riskScore,
			List<String> riskReasons) {

		/** Flagged items (risk 50 or more) are the ones response cases open from. */
		public boolean flagged() {
			return riskScore >= 50;
		}

	}

	/** The item, or empty when there is none with that id. */
	Optional<Item> find(long id);

	/** The items of a story, oldest first. */
	List<Item> ofStory(long storyId);

	/**
	 * An item's text as the stages after monitoring read it (analysis, stories, topics): the body only up to the
	 * bound search analyses, so one huge item cannot hold up the others.
	 *
	 * @param seenAt when it was published or, if unknown, first seen
	 * @param contentHash the hash of its current text: what was made of an earlier text is out of date
	 */
	record Content(long id, String title, String body, String url, String outlet, SourceKind kind, long sourceId,
			Instant seenAt, String contentHash) {

		/** Title and body as one text, the way the index reads it. */
		public String text() {
			return ItemIndex.searchText(title, body);
		}

	}

	/**
	 * The item's text for a stage after monitoring, or empty when there is none with that id. Not a user's
	 * read: listeners call it without a signed-in user, and it checks no role.
	 */
	Optional<Content> content(long id);

	/** The addresses of these items, by id; the unknown ones are left out. */
	java.util.Map<Long, String> urls(java.util.Collection<Long> ids);

}
