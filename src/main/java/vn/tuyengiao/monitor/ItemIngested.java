package vn.tuyengiao.monitor;

/**
 * Published after an item is stored and indexed, new or with a changed text: the next stages (topic matching,
 * places, stories, classifiers) start from it. Delivered at least once; handlers must be idempotent.
 */
public record ItemIngested(long itemId, long sourceId, boolean created) {
}
