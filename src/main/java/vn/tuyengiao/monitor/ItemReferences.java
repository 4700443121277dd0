package vn.tuyengiao.monitor;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What other modules hold about items, shown on an item's page and beside it in the flagged list: the response
 * case it is in, so nobody opens a second case about the same post. Implemented as beans by those modules (the
 * dependency points towards monitor); monitor asks every implementation, for the signed-in user.
 */
public interface ItemReferences {

	/** The references to each of the items the caller may see; items without any are left out. */
	Map<Long, List<Reference>> about(Collection<Long> itemIds);

	/** What every one of these modules holds about the items, together. */
	static Map<Long, List<Reference>> all(Collection<ItemReferences> sources, Collection<Long> itemIds) {
		Map<Long, List<Reference>> all = new java.util.HashMap<>();
		for (ItemReferences source : sources) {
			source.about(itemIds)
				.forEach((item, references) -> all.computeIfAbsent(item, key -> new java.util.ArrayList<>()).addAll(references));
		}
		return all;
	}

	/**
	 * @param label already in the user's language, e.g. the case's number, title and status
	 * @param link the page to open
	 * @param open whether the referring work is still going on (an open case), so a new one is not needed
	 */
	record Reference(String label, String link, boolean open) {
	}

}
