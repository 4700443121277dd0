package vn.tuyengiao.topics.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tuyengiao.analysis.ItemAnalysed;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.topics.TopicMatched;

/**
 * Matches every analysed item against the saved topics ({@link TopicMatcher}) and stores each new match with its
 * marked passages; {@link TopicMatched} follows in the same transaction. An item analysed again (a changed text,
 * an event delivered twice) stores and announces only the matches it did not have.
 */
@Component
class TopicMatching {

	private final Items items;

	private final TopicMatcher matcher;

	private final TopicMatches matches;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	TopicMatching(Items items, TopicMatcher matcher, TopicMatches matches, ApplicationEventPublisher events) {
		this.items = items;
		this.matcher = matcher;
		this.matches = matches;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(ItemAnalysed analysed) {
		items.content(analysed.itemId()).ifPresent(item -> match(item, analysed.placeNames()));
	}

	private void match(Items.Content item, List<String> placeNames) {
		TopicMatcher.Candidate candidate = TopicMatcher.Candidate.of(item, placeNames);
		List<TopicMatcher.Hit> hits = matcher.match(List.of(candidate));
		if (hits.isEmpty()) {
			return;
		}
		Instant now = clock.instant();
		TopicHighlights highlights = new TopicHighlights(candidate, matcher.analyzer(), matcher.anyExact());
		for (TopicMatcher.Hit hit : hits) {
			var query = matcher.query(hit.topicId());
			List<String> passages = query == null ? List.of() : highlights.passages(query);
			if (matches.add(hit.topicId(), item, passages, now)) {
				events.publishEvent(new TopicMatched(hit.topicId(), hit.itemId(), now));
			}
		}
	}

}
