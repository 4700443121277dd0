package vn.tuyengiao.monitor.internal;

import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.monitor.ItemFindings;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.platform.NotFound;

/** One item as its page and {@code GET /api/items/{id}} show it: the extracted text and its earlier versions. */
@Component
class ItemDetails {

	record Item(long id, String title, String url, String source, long sourceId, SourceKind kind, String author,
			Instant publishedAt, Instant firstSeenAt, Instant updatedAt, String language, String text, int versions,
			List<Version> earlierVersions, List<ItemFindings.Place> places, String sentiment, String toxicity,
			String workArea, Long storyId, ItemFindings.Risk risk, List<String> topics, boolean analysed) {
	}

	record Version(int number, String title, String text, Instant seenAt) {
	}

	private final ItemRepository items;

	private final ItemVersionRepository versions;

	private final MonitorAccess access;

	private final ObjectProvider<ItemFindings> findings;

	private final ObjectProvider<ItemFindings.TopicNames> topics;

	ItemDetails(ItemRepository items, ItemVersionRepository versions, MonitorAccess access,
			ObjectProvider<ItemFindings> findings, ObjectProvider<ItemFindings.TopicNames> topics) {
		this.items = items;
		this.versions = versions;
		this.access = access;
		this.findings = findings;
		this.topics = topics;
	}

	@Transactional(readOnly = true)
	Item get(long id) {
		access.requireReader();
		ItemEntity item = items.findById(id).orElseThrow(() -> new NotFound("monitor.item.not-found", id));
		List<Version> earlier = versions.findByItemIdOrderByNumberDesc(id).stream()
			.map(v -> new Version(v.number(), v.title(), v.body(), v.seenAt()))
			.toList();
		ItemFindings found = findings.getIfAvailable();
		ItemFindings.Findings analysed = found == null ? ItemFindings.Findings.NONE
				: found.of(id).orElse(ItemFindings.Findings.NONE);
		ItemFindings.TopicNames topicNames = topics.getIfAvailable();
		return new Item(item.id(), item.title(), item.url(), item.outlet(), item.sourceId(), item.kind(), item.author(),
				item.publishedAt(), item.firstSeenAt(), item.updatedAt(), item.language(), item.body(), item.versions(),
				earlier, analysed.places(), analysed.sentiment(), analysed.toxicity(), analysed.workArea(),
				analysed.storyId(), analysed.risk(), topicNames == null ? List.of() : topicNames.of(id), analysed != ItemFindings.Findings.NONE);
	}

}
