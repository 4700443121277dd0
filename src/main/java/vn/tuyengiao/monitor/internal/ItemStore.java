package vn.tuyengiao.monitor.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.pojo.work.IndexingPlanSynchronizationStrategy;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.monitor.ItemIngested;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.internal.parse.ContentHash;
import vn.tuyengiao.monitor.internal.parse.Languages;
import vn.tuyengiao.text.LegacyEncodings;
import vn.tuyengiao.text.VietnameseText;

/**
 * The store stage of ingestion: normalises an entry and writes it as an item, idempotently. The canonical
 * URL is the key, so the same article read twice, or found in a feed and in a sitemap, is one item; a
 * changed text makes a new version and keeps the old one; an unchanged one changes nothing. Indexing
 * follows the commit (Hibernate Search), so an item is searchable as soon as it is stored.
 */
@Component
class ItemStore {

	enum Outcome {
		CREATED, UPDATED, UNCHANGED
	}

	private final ItemRepository items;

	private final ItemVersionRepository versions;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	private final EntityManager entityManager;

	ItemStore(ItemRepository items, ItemVersionRepository versions, ApplicationEventPublisher events,
			EntityManager entityManager) {
		this.entityManager = entityManager;
		this.items = items;
		this.versions = versions;
		this.events = events;
	}

	/** Stores one entry in its own transaction, so that a bad entry fails alone. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Outcome store(long sourceId, String outlet, SourceKind kind, IncomingItem entry) {
		return upsert(sourceId, outlet, kind, entry, items::findByUrlKey, created -> {
		});
	}

	/**
	 * Stores entries of one source in one transaction: the known ones are looked up at once, and the database
	 * commit and the index write happen once for all of them, which is what makes a large reading fast
	 * (a commit of the index is written through to the disk). All or nothing: when one entry cannot be stored
	 * nothing is, and the caller stores them one by one ({@link Intake}). The same URL twice in a batch is
	 * one item, as it would be one after the other.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Outcome> storeBatch(long sourceId, String outlet, SourceKind kind, List<IncomingItem> entries) {
		return storeBatch(sourceId, outlet, kind, entries, true);
	}

	/**
	 * As {@link #storeBatch(long, String, SourceKind, List)}; unless {@code awaited}, the transaction does not
	 * wait for the index: its items become searchable at the index's next refresh, within a second
	 * ({@code hibernate.search.backend.io.refresh_interval}), and the index writes many readings' items as one
	 * segment instead of one small segment per reading, which was most of the cost of indexing.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public List<Outcome> storeBatch(long sourceId, String outlet, SourceKind kind, List<IncomingItem> entries,
			boolean awaited) {
		if (!awaited) {
			Search.session(entityManager).indexingPlanSynchronizationStrategy(IndexingPlanSynchronizationStrategy.async());
		}
		Map<String, ItemEntity> known = new HashMap<>();
		items.findByUrlKeyIn(entries.stream().map(entry -> sha256(entry.url())).distinct().toList())
			.forEach(item -> known.put(item.urlKey(), item));
		List<Outcome> outcomes = new ArrayList<>(entries.size());
		for (IncomingItem entry : entries) {
			outcomes.add(upsert(sourceId, outlet, kind, entry, key -> Optional.ofNullable(known.get(key)),
					created -> known.put(created.urlKey(), created)));
		}
		return outcomes;
	}

	private Outcome upsert(long sourceId, String outlet, SourceKind kind, IncomingItem entry,
			Function<String, Optional<ItemEntity>> lookUp, Consumer<ItemEntity> onCreated) {
		String url = entry.url();
		String title = clean(entry.title(), 1000);
		String body = clean(entry.text(), ItemEntity.MAX_BODY);
		if (title.isEmpty()) {
			title = body.isEmpty() ? url : firstWords(body);
		}
		String hash = ContentHash.of(title, body);
		var now = clock.instant();
		String key = sha256(url);
		Optional<ItemEntity> existing = lookUp.apply(key);
		if (existing.isPresent()) {
			ItemEntity item = existing.get();
			if (item.contentHash().equals(hash)) {
				return Outcome.UNCHANGED;
			}
			versions.save(new ItemVersionEntity(item));
			item.newVersion();
			item.describe(title, clip(entry.author(), 300), entry.publishedAt() != null ? entry.publishedAt() : item.publishedAt(),
					language(entry, body), body, hash, now);
			events.publishEvent(new ItemIngested(item.id(), sourceId, false));
			return Outcome.UPDATED;
		}
		ItemEntity item = new ItemEntity(key, url, sourceId, outlet, kind, now);
		item.describe(title, clip(entry.author(), 300), entry.publishedAt(), language(entry, body), body, hash, now);
		items.save(item);
		onCreated.accept(item);
		events.publishEvent(new ItemIngested(item.id(), sourceId, true));
		return Outcome.CREATED;
	}

	/** Legacy encodings repaired, then the canonical form; cut at {@code max} characters. */
	private static String clean(String text, int max) {
		if (text == null) {
			return "";
		}
		String unicode = LegacyEncodings.detect(text.length() > max ? text.substring(0, max) : text).text();
		return clip(VietnameseText.normalize(unicode).strip(), max);
	}

	private static String clip(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}

	private static String firstWords(String body) {
		String line = body.lines().findFirst().orElse(body);
		return line.length() <= 120 ? line : line.substring(0, line.lastIndexOf(' ', 120) > 0 ? line.lastIndexOf(' ', 120) : 120) + "…";
	}

	private static String language(IncomingItem entry, String body) {
		return entry.language() != null && !entry.language().isBlank() ? entry.language() : Languages.detect(body);
	}

	/** The idempotent key of an item: the SHA-256 of its canonical URL. */
	static String sha256(String url) {
		return ContentHash.sha256(url);
	}

}
