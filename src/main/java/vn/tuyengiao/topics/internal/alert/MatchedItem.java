package vn.tuyengiao.topics.internal.alert;

import java.time.Instant;
import java.util.List;

/** An item as an alert tells about it: what matched, where to read it, and the passages that made it match. */
record MatchedItem(long itemId, String title, String url, String outlet, List<String> highlights, Instant matchedAt) {

	static MatchedItem of(TopicMatchNotice notice) {
		return new MatchedItem(notice.itemId(), notice.itemTitle(), notice.itemUrl(), notice.outlet(), notice.highlights(),
				notice.matchedAt());
	}

}
