package vn.tuyengiao.monitor.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationContext;

import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;

/**
 * Items stored the way a reading stores them ({@code ItemStore}: {@code ItemIngested} follows), for the tests of
 * the modules after monitoring. Each builder has a source of its own.
 */
public final class TestItems {

	private final ItemStore store;

	private final ItemRepository items;

	private final long sourceId;

	private final String outlet;

	private TestItems(ItemStore store, ItemRepository items, long sourceId, String outlet) {
		this.store = store;
		this.items = items;
		this.sourceId = sourceId;
		this.outlet = outlet;
	}

	/** A new source of this outlet in the context's database. */
	public static TestItems of(ApplicationContext context, String outlet) {
		long source = context.getBean(SourceRepository.class)
			.save(new SourceEntity("Nguồn thử " + outlet, outlet, SourceType.RSS, SourceKind.PRESS,
					"https://thu.example/" + UUID.randomUUID() + "/rss", "vi", 60, 1L, Instant.now()))
			.id();
		return new TestItems(context.getBean(ItemStore.class), context.getBean(ItemRepository.class), source, outlet);
	}

	/** Stores an item with this title and text, published now; returns its id. */
	public long store(String title, String text) {
		String url = "https://thu.example/tin/" + UUID.randomUUID();
		store.storeBatch(sourceId, outlet, SourceKind.PRESS,
				List.of(new IncomingItem(url, title, null, Instant.now(), text, "vi", url)));
		return items.findByUrlKey(ItemStore.sha256(url)).orElseThrow().id();
	}

}
