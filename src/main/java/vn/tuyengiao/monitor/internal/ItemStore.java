package vn.tuyengiao.monitor.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

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

	ItemStore(ItemRepository items, ItemVersionRepository versions, ApplicationEventPublisher events) {
		this.items = items;
		this.versions = versions;
		this.events = events;
	}

	/** Stores one entry in its own transaction, so that a bad entry fails alone. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public Outcome store(long sourceId, String outlet, SourceKind kind, IncomingItem entry) {
		String url = entry.url();
		String title = clean(entry.title(), 1000);
		String body = clean(entry.text(), ItemEntity.MAX_BODY);
		if (title.isEmpty()) {
			title = body.isEmpty() ? url : firstWords(body);
		}
		String hash = ContentHash.of(title, body);
		var now = clock.instant();
		Optional<ItemEntity> existing = items.findByUrlKey(sha256(url));
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
		ItemEntity item = new ItemEntity(sha256(url), url, sourceId, outlet, kind, now);
		item.describe(title, clip(entry.author(), 300), entry.publishedAt(), language(entry, body), body, hash, now);
		items.save(item);
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

	static String sha256(String text) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
