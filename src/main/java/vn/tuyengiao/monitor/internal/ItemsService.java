package vn.tuyengiao.monitor.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.monitor.ItemFindings;
import vn.tuyengiao.monitor.Items;

/** {@link Items} from the item table, with what the analysis found ({@link ItemFindings}), for other modules. */
@Service
class ItemsService implements Items {

	private final ItemRepository items;

	private final MonitorAccess access;

	private final ObjectProvider<ItemFindings> findings;

	private final SearchSettings settings;

	ItemsService(ItemRepository items, MonitorAccess access, ObjectProvider<ItemFindings> findings,
			SearchSettings settings) {
		this.items = items;
		this.access = access;
		this.findings = findings;
		this.settings = settings;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Item> find(long id) {
		access.requireReader();
		return items.findById(id).map(this::item);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> ofStory(long storyId) {
		access.requireReader();
		ItemFindings found = findings.getIfAvailable();
		if (found == null) {
			return List.of();
		}
		return items.findAllById(found.itemsOfStory(storyId)).stream()
			.map(this::item)
			.sorted(java.util.Comparator.comparing(Item::firstSeenAt).thenComparing(Item::id))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Content> content(long id) {
		return items.findById(id).map(item -> new Content(item.id(), item.title(), analysedBody(item), item.url(),
				item.outlet(), item.kind(), item.sourceId(),
				item.publishedAt() != null ? item.publishedAt() : item.firstSeenAt(), item.contentHash()));
	}

	@Override
	@Transactional(readOnly = true)
	public java.util.Map<Long, String> urls(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> urls = new java.util.HashMap<>();
		items.findUrls(ids).forEach(row -> urls.put((Long) row[0], (String) row[1]));
		return urls;
	}

	/** The body up to the bound of analysed text, the title counted in it. */
	private String analysedBody(ItemEntity item) {
		return SearchSettings.prefix(item.body(), Math.max(0, settings.maxAnalysedChars() - item.title().length() - 2));
	}

	private Item item(ItemEntity item) {
		ItemFindings found = findings.getIfAvailable();
		ItemFindings.Findings of = found == null ? ItemFindings.Findings.NONE
				: found.of(item.id()).orElse(ItemFindings.Findings.NONE);
		return new Item(item.id(), item.title(), item.url(), item.outlet(), item.sourceId(), item.publishedAt(),
				item.firstSeenAt(), of.storyId(), of.workArea(), of.places().stream().map(ItemFindings.Place::name).toList(),
				of.risk().score(), of.risk().reasons());
	}

}
