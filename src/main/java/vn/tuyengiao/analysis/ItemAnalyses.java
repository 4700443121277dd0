package vn.tuyengiao.analysis;

import java.util.List;
import java.util.Map;

import vn.tuyengiao.monitor.ItemFindings;

/** What the analysis found across the items, for the monitoring dashboard. */
public interface ItemAnalyses {

	/** From this risk score on an item is flagged for the response work. */
	int FLAGGED = 50;

	/** Items per sentiment (POSITIVE, NEUTRAL, NEGATIVE); an item without one counts as NEUTRAL. */
	Map<String, Integer> sentimentShare();

	/** A place and how many of the recently analysed items name it. */
	record PlaceCount(String code, String name, String level, int items) {
	}

	/** The places named in the last {@code recent} items analysed, most named first. */
	List<PlaceCount> placesNamed(int recent);

	/** The flagged items, highest risk first (then newest), at most {@code limit}. */
	List<Flagged> flagged(int limit);

	record Flagged(long itemId, ItemFindings.Risk risk) {
	}

}
