package vn.tuyengiao.stories;

import java.time.Instant;
import java.util.List;

/**
 * A story (câu chuyện: the items that are copies of one text or quote it) as its page and
 * {@code GET /api/stories/{id}} show it: its first source, its members in the order they were seen, and
 * its spread over time for a chart.
 *
 * @param title the title of the first item
 * @param firstSource the outlet of the first item: where the text was seen first
 * @param items the members, earliest first
 * @param spreadUnit {@code HOUR} when the story spans at most three days, else {@code DAY} (Vietnam's days)
 * @param spread the number of members seen in each hour or day from the first to the last, empty ones included
 */
public record StoryView(long id, String title, long firstItemId, String firstSource, Instant firstSeenAt,
		Instant lastSeenAt, int itemCount, int outletCount, List<Member> items, String spreadUnit,
		List<SpreadPoint> spread) {

	/**
	 * A member of the story.
	 *
	 * @param title the item's title when it was assigned
	 * @param url the item's address, when the item is in the monitor's store
	 * @param similarity how close it is to the member it joined: the estimated Jaccard index of their shingles
	 * for a copy, the share of the shorter text's passages found in the other for a quote, 1 for the item
	 * that started the story
	 * @param match {@code START} (the item that started the story: assigned first, not always seen first),
	 * {@code COPY} or {@code QUOTE}
	 * @param matchedItemId the member it was found similar to (none for the item that started the story)
	 */
	public record Member(long itemId, String outlet, String title, String url, Instant seenAt, double similarity,
			String match, Long matchedItemId) {
	}

	/** How many members were seen in the hour or day that starts at {@code at}. */
	public record SpreadPoint(Instant at, int count) {
	}

}
