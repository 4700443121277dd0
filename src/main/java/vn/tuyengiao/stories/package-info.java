/**
 * Stories (câu chuyện, chuỗi tin): items that are copies of one text or quote it, gathered so that a rumour
 * reposted by fifty pages is one story with its first source and its spread over time. MinHash signatures of
 * three-syllable shingles with LSH bands find copies; shared anchored passages find quotes
 * ({@code StoryClustering} gives the thresholds and why). {@code GET /api/stories} lists the rising ones.
 * <p>
 * Hand-off: every {@code ItemIngested} is assigned by {@code StoryAssignment}, an {@code @ApplicationModuleListener};
 * assignment is idempotent and serialised by a row lock, so two copies arriving at once on one instance or several
 * join one story. {@link vn.tuyengiao.stories.StoryGrew} follows when an item joins a story; response cases
 * follow their stories from it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Chuỗi tin (stories)",
		allowedDependencies = { "access", "monitor", "platform", "text" })
package vn.tuyengiao.stories;
