package vn.tuyengiao.stories;

/**
 * An item joined a story (chuỗi tin): a copy or a quote of its items, or, with {@code started}, the first item
 * of a story of its own. Response cases follow their stories from it. Delivered at least once; a listener must
 * do nothing twice for the same story and item.
 */
public record StoryGrew(long storyId, long itemId, boolean started) {
}
