package vn.tuyengiao.topics;

import java.time.Instant;

/**
 * A saved topic (chủ đề theo dõi) matched an item, and the match is stored: its alerts follow. Published once
 * per topic and item, in the transaction that stores the match, so an alert may be late but is never lost.
 */
public record TopicMatched(long topicId, long itemId, Instant matchedAt) {
}
