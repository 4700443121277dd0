package vn.tuyengiao.monitor.internal;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.tuyengiao.monitor.internal.story.Stories;

/**
 * The monitoring dashboard (bảng theo dõi): matches per topic over the last 30 days that have items, the share
 * of sentiment, the places most written about (a list and a schematic map of the demo province's districts),
 * the stories spreading fastest, and the items flagged for the response work with their reasons.
 */
@Controller
class MonitorOverview {

	/** The districts of Bắc Kạn as a schematic map places them (column, row): roughly north at the top. */
	static final Map<String, int[]> BAC_KAN_TILES = Map.of("060", new int[] { 0, 0 }, "061", new int[] { 1, 0 }, "062",
			new int[] { 2, 0 }, "064", new int[] { 0, 1 }, "063", new int[] { 1, 1 }, "066", new int[] { 2, 1 }, "058",
			new int[] { 1, 2 }, "065", new int[] { 1, 3 });

	record Series(String name, List<Integer> counts) {
	}

	record PlaceCount(String code, String name, String level, int items) {
	}

	record Flagged(long itemId, String title, String outlet, int score, List<String> reasons) {
	}

	private final JdbcTemplate jdbc;

	private final MonitorAccess access;

	private final Stories stories;

	private final ItemReferenceLookup references;

	MonitorOverview(JdbcTemplate jdbc, MonitorAccess access, Stories stories, ItemReferenceLookup references) {
		this.references = references;
		this.jdbc = jdbc;
		this.access = access;
		this.stories = stories;
	}

	@GetMapping("/monitor/overview")
	String overview(Model model) {
		access.requireReader();
		topicVolumes(access.readableUnits(), model);
		Map<String, Integer> sentiment = new LinkedHashMap<>();
		jdbc.query("select coalesce(sentiment, 'NEUTRAL'), count(*) from monitor_item_analysis group by coalesce(sentiment, 'NEUTRAL')",
				rs -> {
					sentiment.put(rs.getString(1), rs.getInt(2));
				});
		model.addAttribute("sentiment", sentiment);
		List<PlaceCount> places = places();
		model.addAttribute("places", places.size() > 15 ? places.subList(0, 15) : places);
		List<Map<String, Object>> tiles = new ArrayList<>();
		for (PlaceCount place : places) {
			int[] tile = BAC_KAN_TILES.get(place.code());
			if (tile != null) {
				tiles.add(Map.of("name", place.name(), "value", List.of(tile[0], tile[1], place.items())));
			}
		}
		for (Map.Entry<String, int[]> tile : BAC_KAN_TILES.entrySet()) {
			if (places.stream().noneMatch(p -> p.code().equals(tile.getKey()))) {
				tiles.add(Map.of("name", tile.getKey(), "value", List.of(tile.getValue()[0], tile.getValue()[1], 0)));
			}
		}
		model.addAttribute("tiles", tiles);
		model.addAttribute("rising", stories.rising(Duration.ofDays(1), 10));
		List<Flagged> flagged = jdbc.query("""
				select i.id, i.title, i.outlet, a.risk_score, a.risk_reasons from monitor_item_analysis a
				join monitor_item i on i.id = a.item_id where a.risk_score >= ?
				order by a.risk_score desc, i.id desc fetch first 20 rows only""",
				(rs, n) -> new Flagged(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
						ItemAnalysisView.lines(rs.getString(5))), RiskFlag.FLAGGED);
		model.addAttribute("flagged", flagged);
		// the case each flagged item is already in, so nobody opens a second one about the same post
		model.addAttribute("references", references.about(flagged.stream().map(Flagged::itemId).toList()));
		return "monitor/overview";
	}

	/** Matches per day of the caller's topics, over the 30 days up to the newest matched item. */
	private void topicVolumes(java.util.Set<Long> readable, Model model) {
		List<Map<String, Object>> rows = jdbc.queryForList("""
				select t.id, t.name, t.owner_unit_id, cast(coalesce(i.published_at, i.first_seen_at) as date) as on_day, count(*) as n
				from monitor_topic_match m join monitor_topic t on t.id = m.topic_id join monitor_item i on i.id = m.item_id
				group by t.id, t.name, t.owner_unit_id, cast(coalesce(i.published_at, i.first_seen_at) as date)""");
		Map<String, Map<LocalDate, Integer>> byTopic = new TreeMap<>();
		LocalDate newest = null;
		for (Map<String, Object> row : rows) {
			if (!readable.contains(((Number) row.get("owner_unit_id")).longValue())) {
				continue;
			}
			LocalDate day = ((Date) row.get("on_day")).toLocalDate();
			newest = newest == null || day.isAfter(newest) ? day : newest;
			byTopic.computeIfAbsent((String) row.get("name"), k -> new TreeMap<>()).merge(day, ((Number) row.get("n")).intValue(),
					Integer::sum);
		}
		List<String> days = new ArrayList<>();
		List<Series> series = new ArrayList<>();
		if (newest != null) {
			LocalDate first = newest.minusDays(29);
			for (LocalDate d = first; !d.isAfter(newest); d = d.plusDays(1)) {
				days.add(d.toString());
			}
			for (Map.Entry<String, Map<LocalDate, Integer>> topic : byTopic.entrySet()) {
				List<Integer> counts = new ArrayList<>();
				for (LocalDate d = first; !d.isAfter(newest); d = d.plusDays(1)) {
					counts.add(topic.getValue().getOrDefault(d, 0));
				}
				series.add(new Series(topic.getKey(), counts));
			}
		}
		model.addAttribute("days", days);
		model.addAttribute("series", series);
	}

	/** How many items each place is named in, most first. */
	private List<PlaceCount> places() {
		Map<String, PlaceCount> counts = new LinkedHashMap<>();
		jdbc.query("select places from monitor_item_analysis where places <> '' order by analysed_at desc fetch first 5000 rows only",
				rs -> {
					for (ItemAnalysisView.Place place : ItemAnalysisView.places(rs.getString(1))) {
						counts.merge(place.code(), new PlaceCount(place.code(), place.name(), place.level(), 1),
								(a, b) -> new PlaceCount(a.code(), a.name(), a.level(), a.items() + 1));
					}
				});
		List<PlaceCount> sorted = new ArrayList<>(counts.values());
		sorted.sort((a, b) -> Integer.compare(b.items(), a.items()));
		return sorted;
	}

}
