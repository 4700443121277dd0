package vn.tuyengiao.dashboard.internal;

import java.sql.Date;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;


import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.analysis.ItemAnalyses;
import vn.tuyengiao.monitor.ItemReferences;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.stories.Stories;
import vn.tuyengiao.topics.TopicVolumes;

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

	record Flagged(long itemId, String title, String outlet, int score, List<String> reasons) {
	}

	private final AccessScope access;

	private final Stories stories;

	private final ItemAnalyses analyses;

	private final TopicVolumes topics;

	private final Items items;

	private final List<ItemReferences> references;

	MonitorOverview(AccessScope access, Stories stories, ItemAnalyses analyses, TopicVolumes topics, Items items,
			List<ItemReferences> references) {
		this.access = access;
		this.stories = stories;
		this.analyses = analyses;
		this.topics = topics;
		this.items = items;
		this.references = references;
	}

	/** Who reads the monitoring dashboard: the analysts, as for the items. */
	@GetMapping("/monitor/overview")
	String overview(Model model) {
		access.require(RoleGroup.ANALYSTS);
		topicVolumes(model);
		model.addAttribute("sentiment", analyses.sentimentShare());
		List<ItemAnalyses.PlaceCount> places = analyses.placesNamed(5000);
		model.addAttribute("places", places.size() > 15 ? places.subList(0, 15) : places);
		List<Map<String, Object>> tiles = new ArrayList<>();
		for (ItemAnalyses.PlaceCount place : places) {
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
		List<Flagged> flagged = new ArrayList<>();
		for (ItemAnalyses.Flagged found : analyses.flagged(20)) {
			items.find(found.itemId()).ifPresent(item -> flagged.add(new Flagged(item.id(), item.title(), item.outlet(),
					found.risk().score(), found.risk().reasons())));
		}
		model.addAttribute("flagged", flagged);
		// the case each flagged item is already in, so nobody opens a second one about the same post
		model.addAttribute("references", ItemReferences.all(references, flagged.stream().map(Flagged::itemId).toList()));
		return "monitor/overview";
	}

	/** Matches per day of the caller's topics, over the 30 days up to the newest matched item. */
	private void topicVolumes(Model model) {
		Map<String, Map<LocalDate, Integer>> byTopic = new TreeMap<>();
		LocalDate newest = null;
		for (TopicVolumes.Volume volume : topics.perDay()) {
			LocalDate day = volume.day();
			newest = newest == null || day.isAfter(newest) ? day : newest;
			byTopic.computeIfAbsent(volume.topicName(), k -> new TreeMap<>()).merge(day, volume.matches(), Integer::sum);
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

}
