package vn.tuyengiao.analysis.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.ItemFindings;

/**
 * What the analysis made of an item, read from {@code monitor_item_analysis} for its page, {@code GET
 * /api/items/{id}} and the modules that read items: places, sentiment, toxicity, work area, story, risk flag.
 */
@Component
class AnalysisFindings implements ItemFindings {

	private final JdbcTemplate jdbc;

	AnalysisFindings(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Optional<Findings> of(long itemId) {
		return jdbc.query("""
				select places, sentiment, toxicity, work_area, story_id, risk_score, risk_reasons
				from monitor_item_analysis where item_id = ?""", (rs, n) -> {
			long story = rs.getLong(5);
			return new Findings(places(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.wasNull() ? null : story, new Risk(rs.getInt(6), lines(rs.getString(7))));
		}, itemId).stream().findFirst();
	}

	@Override
	public List<Long> itemsOfStory(long storyId) {
		return jdbc.queryForList("select item_id from monitor_item_analysis where story_id = ? order by item_id",
				Long.class, storyId);
	}

	/** Places as stored: one per line, code, name and level separated by tabs. */
	static String storePlaces(List<Place> places) {
		StringBuilder out = new StringBuilder();
		for (Place place : places) {
			out.append(out.isEmpty() ? "" : "\n").append(place.code()).append('\t').append(place.name()).append('\t')
				.append(place.level());
		}
		return out.toString();
	}

	static List<Place> places(String stored) {
		List<Place> places = new ArrayList<>();
		for (String line : lines(stored)) {
			String[] parts = line.split("\t");
			if (parts.length == 3) {
				places.add(new Place(parts[0], parts[1], parts[2]));
			}
		}
		return places;
	}

	static List<String> lines(String stored) {
		return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split("\n"));
	}

}
