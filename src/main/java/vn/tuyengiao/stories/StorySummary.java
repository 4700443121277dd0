package vn.tuyengiao.stories;

import java.time.Instant;

/**
 * A story in a list of rising stories.
 *
 * @param recentItems members seen within the window asked for
 * @param recentOutlets distinct outlets among them
 */
public record StorySummary(long id, String title, long firstItemId, String firstSource, Instant firstSeenAt,
		Instant lastSeenAt, int itemCount, int outletCount, int recentItems, int recentOutlets) {
}
