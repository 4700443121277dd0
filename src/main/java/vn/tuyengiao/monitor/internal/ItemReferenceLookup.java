package vn.tuyengiao.monitor.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.ItemReferences;

/** Every module's {@link ItemReferences} together, for the item page and the flagged list. */
@Component
class ItemReferenceLookup {

	private final List<ItemReferences> sources;

	ItemReferenceLookup(List<ItemReferences> sources) {
		this.sources = sources;
	}

	Map<Long, List<ItemReferences.Reference>> about(Collection<Long> itemIds) {
		return ItemReferences.all(sources, itemIds);
	}

	/** Whether any reference to the item is of work still going on. */
	static boolean anyOpen(List<ItemReferences.Reference> references) {
		return references != null && references.stream().anyMatch(ItemReferences.Reference::open);
	}

}
