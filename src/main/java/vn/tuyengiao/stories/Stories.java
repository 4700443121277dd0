package vn.tuyengiao.stories;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

import vn.tuyengiao.monitor.Items;

/**
 * Stories (câu chuyện, chuỗi tin): items that are copies of one text, or quote it, gathered so that a rumour
 * reposted by fifty pages is one story with its first source and its spread over time. Every item is put in its
 * story when it is ingested ({@link StoryGrew} follows); the analysis asks for the story too, for the risk flag.
 */
public interface Stories {

	/**
	 * The item's story, putting the item in one now if its current text has none yet. Idempotent: the same text
	 * again changes nothing; a changed text is matched again and may move. Publishes {@link StoryGrew} when the
	 * item joins a story.
	 */
	long storyOf(Items.Content item);

	/** The story the item is in, if it was assigned. */
	OptionalLong storyOf(long itemId);

	/** The story with its members and its spread, if it exists. */
	Optional<StoryView> story(long storyId);

	/**
	 * The stories of more than one item that gained the most items within the window before now, at most
	 * {@code limit}; ties go to more outlets, then to the most recently seen.
	 */
	List<StorySummary> rising(Duration window, int limit);

}
