package vn.tuyengiao.analysis.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.tuyengiao.analysis.ItemAnalysed;
import vn.tuyengiao.classify.Classifiers;
import vn.tuyengiao.classify.Verdict;
import vn.tuyengiao.monitor.ItemFindings;
import vn.tuyengiao.monitor.ItemIngested;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.places.Place;
import vn.tuyengiao.places.Places;
import vn.tuyengiao.stories.Stories;

/**
 * The stage after storing: every new or changed item is read for the places it is about, its sentiment,
 * toxicity and work area, and given its risk flag, which also weighs how far its story (chuỗi tin) spread; what
 * the analysis makes of it is kept in {@code monitor_item_analysis} against the text it was made from, and
 * {@link ItemAnalysed} tells the saved topics.
 * <p>
 * Items arrive through {@link ItemIngested} by the event publication registry: the event is recorded with the
 * item, so an item stored before a crash is analysed after the restart; analysing one twice changes nothing.
 * Every stage reads the text only up to the bound search analyses ({@link Items#content}), so one huge item
 * cannot hold up the others.
 */
@Component
class ItemAnalysis {

	private final Items items;

	private final JdbcTemplate jdbc;

	private final Places places;

	private final Classifiers classifiers;

	private final Stories stories;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	ItemAnalysis(Items items, JdbcTemplate jdbc, Places places, Classifiers classifiers, Stories stories,
			ApplicationEventPublisher events) {
		this.items = items;
		this.jdbc = jdbc;
		this.places = places;
		this.classifiers = classifiers;
		this.stories = stories;
		this.events = events;
	}

	@ApplicationModuleListener
	void on(ItemIngested event) {
		items.content(event.itemId()).ifPresent(this::analyse);
	}

	/** What one item's analysis found, before it is stored. */
	private record Found(Items.Content item, List<ItemFindings.Place> places, Verdict<?> sentiment,
			Verdict<?> toxicity, Verdict<String> workArea, long storyId) {
	}

	/** Analyses the item now, in the calling thread and transaction. */
	void analyse(Items.Content item) {
		List<Place> about = places.about(item.title(), item.body());
		String text = item.title() + "\n\n" + item.body();
		// the risk flag weighs the story's spread: the item is put in its story now if its own listener has not yet
		long story = stories.storyOf(item);
		Found found = new Found(item,
				about.stream().map(p -> new ItemFindings.Place(p.code(), p.name(), p.level().id())).toList(),
				classifiers.sentiment(text), classifiers.toxicity(text), classifiers.workArea(text), story);
		ItemFindings.Risk risk = RiskFlag.of(riskInputs(found));
		record(found, risk, clock.instant());
		events.publishEvent(new ItemAnalysed(item.id(), story, risk.score(), placeNames(about)));
	}

	/** The names of the places, full and short, for topics that name a locality ({@code locality:"Chợ Mới"}). */
	private static List<String> placeNames(List<Place> about) {
		return about.stream().flatMap(place -> java.util.stream.Stream.of(place.name(), place.shortName())).toList();
	}

	/** What the analysis made of the item's text, kept against that text. */
	private void record(Found found, ItemFindings.Risk risk, Instant now) {
		Items.Content item = found.item();
		Object[] values = { item.contentHash(), Timestamp.from(now), AnalysisFindings.storePlaces(found.places()),
				label(found.sentiment()), label(found.toxicity()), found.workArea().label(), found.storyId(), risk.score(),
				String.join("\n", risk.reasons()), item.sourceId(), item.outlet(), item.id() };
		int updated = jdbc.update("""
				update monitor_item_analysis set content_hash = ?, analysed_at = ?, places = ?, sentiment = ?,
				  toxicity = ?, work_area = ?, story_id = ?, risk_score = ?, risk_reasons = ?, source_id = ?, outlet = ?
				where item_id = ?""", values);
		if (updated == 0) {
			try {
				jdbc.update("""
						insert into monitor_item_analysis (content_hash, analysed_at, places, sentiment, toxicity, work_area,
						  story_id, risk_score, risk_reasons, source_id, outlet, item_id)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", values);
			}
			catch (DuplicateKeyException raced) {
				// analysed at the same moment elsewhere: the same result
			}
		}
	}

	private RiskFlag.Inputs riskInputs(Found found) {
		Items.Content item = found.item();
		Map<String, Object> source = jdbc.queryForMap("""
				select count(*) as items, coalesce(sum(case when risk_score >= ? then 1 else 0 end), 0) as flagged
				from monitor_item_analysis where source_id = ? and item_id <> ?""", RiskFlag.FLAGGED, item.sourceId(),
				item.id());
		int sourceItems = ((Number) source.get("items")).intValue();
		int flagged = ((Number) source.get("flagged")).intValue();
		Map<String, Object> story = jdbc.queryForMap("""
				select count(*) as items, count(distinct outlet) as outlets
				from monitor_item_analysis where story_id = ? and item_id <> ?""", found.storyId(), item.id());
		int storyItems = ((Number) story.get("items")).intValue() + 1;
		int storyOutlets = ((Number) story.get("outlets")).intValue() + 1;
		return new RiskFlag.Inputs(item.title(), item.body(), label(found.toxicity()), found.toxicity().reasons(),
				label(found.sentiment()), item.kind(), sourceItems == 0 ? 0 : (double) flagged / sourceItems, sourceItems,
				storyOutlets, storyItems);
	}

	private static String label(Verdict<?> verdict) {
		return verdict == null || verdict.label() == null ? null : verdict.label().toString();
	}

}
