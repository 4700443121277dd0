package vn.tuyengiao.topics.internal.alert;

import java.time.Instant;
import java.util.List;

/**
 * A saved topic matched an item, as the matcher tells {@link Alerts} once the match is committed.
 *
 * @param outlet the item's outlet (báo, trang) as shown to people
 * @param highlights the passages with the matched terms marked, as stored with the match
 * @param matchedAt when the match was made; spikes are counted by the clock hour of this instant
 */
public record TopicMatchNotice(long topicId, long itemId, String itemTitle, String itemUrl, String outlet,
		List<String> highlights, Instant matchedAt) {

	public TopicMatchNotice {
		itemTitle = itemTitle == null ? "" : itemTitle;
		itemUrl = itemUrl == null ? "" : itemUrl;
		outlet = outlet == null ? "" : outlet;
		highlights = highlights == null ? List.of() : List.copyOf(highlights);
		matchedAt = matchedAt == null ? Instant.now() : matchedAt;
	}

}
