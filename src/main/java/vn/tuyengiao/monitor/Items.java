package vn.tuyengiao.monitor;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Items (tin) as other modules see them: what a response case needs to show, preserve and follow an item
 * without reading monitoring's tables. Readers of monitoring only.
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

}
