package vn.tuyengiao.monitor.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the analysis made of an item, as its page and {@code GET /api/items/{id}} show it: the places it is
 * about, sentiment, toxicity, work area, story and risk flag with its reasons.
 */
@Component
class ItemAnalysisView {

	/** A place the item is about: its code, name and level (province, district, commune). */
	record Place(String code, String name, String level) {
	}

	/** The risk flag: a score from 0 to 100 and every reason that raised it. Never a bare number. */
	record Risk(int score, List<String> reasons) {

		static final Risk NONE = new Risk(0, List.of());

	}

	record Analysis(List<Place> places, String sentiment, String toxicity, String workArea, Long storyId, Risk risk) {

		static final Analysis NONE = new Analysis(List.of(), null, null, null, null, Risk.NONE);

	}

	private final JdbcTemplate jdbc;

	ItemAnalysisView(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Optional<Analysis> of(long itemId) {
		return jdbc.query("""
				select places, sentiment, toxicity, work_area, story_id, risk_score, risk_reasons
				from monitor_item_analysis where item_id = ?""", (rs, n) -> {
			long story = rs.getLong(5);
			return new Analysis(places(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.wasNull() ? null : story, new Risk(rs.getInt(6), lines(rs.getString(7))));
		}, itemId).stream().findFirst();
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
