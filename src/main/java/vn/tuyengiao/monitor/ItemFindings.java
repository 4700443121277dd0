package vn.tuyengiao.monitor;

import java.util.List;
import java.util.Optional;

/**
 * What the analysis found in an item: the places it is about, sentiment, toxicity, work area, story and risk
 * flag. Monitoring shows it on the item's page, in {@code GET /api/items/{id}} and in {@link Items}; the
 * analysis module provides it (monitoring reads no analysis table and depends on no module after it).
 */
public interface ItemFindings {

	/** A place the item is about: its code, name and level (province, district, commune). */
	record Place(String code, String name, String level) {
	}

	/** The risk flag: a score from 0 to 100 and every reason that raised it. Never a bare number. */
	record Risk(int score, List<String> reasons) {

		public static final Risk NONE = new Risk(0, List.of());

	}

	/** What one item's analysis found, made from its current text. */
	record Findings(List<Place> places, String sentiment, String toxicity, String workArea, Long storyId, Risk risk) {

		public static final Findings NONE = new Findings(List.of(), null, null, null, null, Risk.NONE);

	}

	/** The item's findings, or empty before its analysis. */
	Optional<Findings> of(long itemId);

	/** The items of a story (chuỗi tin), oldest first. */
	List<Long> itemsOfStory(long storyId);

	/** The names of the saved topics (chủ đề theo dõi) an item matched; provided by the topics module. */
	interface TopicNames {

		List<String> of(long itemId);

	}

}
