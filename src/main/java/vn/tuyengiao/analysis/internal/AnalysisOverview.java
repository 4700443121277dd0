package vn.tuyengiao.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.analysis.ItemAnalyses;
import vn.tuyengiao.monitor.ItemFindings;

/** {@link ItemAnalyses} from {@code monitor_item_analysis}. */
@Component
class AnalysisOverview implements ItemAnalyses {

	private final JdbcTemplate jdbc;

	AnalysisOverview(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public Map<String, Integer> sentimentShare() {
		Map<String, Integer> sentiment = new LinkedHashMap<>();
		jdbc.query("select coalesce(sentiment, 'NEUTRAL'), count(*) from monitor_item_analysis group by coalesce(sentiment, 'NEUTRAL')",
				rs -> {
					sentiment.put(rs.getString(1), rs.getInt(2));
				});
		return sentiment;
	}

	@Override
	public List<PlaceCount> placesNamed(int recent) {
		Map<String, PlaceCount> counts = new LinkedHashMap<>();
		jdbc.query("select places from monitor_item_analysis where places <> '' order by analysed_at desc fetch first ? rows only",
				rs -> {
					for (ItemFindings.Place place : AnalysisFindings.places(rs.getString(1))) {
						counts.merge(place.code(), new PlaceCount(place.code(), place.name(), place.level(), 1),
								(a, b) -> new PlaceCount(a.code(), a.name(), a.level(), a.items() + 1));
					}
				}, recent);
		List<PlaceCount> sorted = new ArrayList<>(counts.values());
		sorted.sort((a, b) -> Integer.compare(b.items(), a.items()));
		return sorted;
	}

	@Override
	public List<Flagged> flagged(int limit) {
		return jdbc.query("""
				select item_id, risk_score, risk_reasons from monitor_item_analysis where risk_score >= ?
				order by risk_score desc, item_id desc fetch first ? rows only""",
				(rs, n) -> new Flagged(rs.getLong(1),
						new ItemFindings.Risk(rs.getInt(2), AnalysisFindings.lines(rs.getString(3)))),
				RiskFlag.FLAGGED, limit);
	}

}
