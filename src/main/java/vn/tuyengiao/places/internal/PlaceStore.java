package vn.tuyengiao.places.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import vn.tuyengiao.places.PlaceLevel;

/** The gazetteer's tables; writes only what differs, so that importing a file twice changes nothing. */
@Repository
class PlaceStore {

	/** What storing a file's facts did. */
	record Changes(int added, int changed, int unchanged) {
	}

	private final JdbcTemplate jdbc;

	PlaceStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	List<UnitRow> units() {
		return jdbc.query("select era, code, name, unit_type, level, parent_code, source from places_unit order by id",
				(rs, i) -> new UnitRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						PlaceLevel.valueOf(rs.getString(5).toUpperCase(java.util.Locale.ROOT)), rs.getString(6),
						rs.getString(7), false));
	}

	List<LinkRow> links() {
		return jdbc.query("select old_code, new_code, kind, source from places_link order by id",
				(rs, i) -> new LinkRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), false));
	}

	/** Adds what is new, corrects what differs; a stub or a guessed kind never overwrites a stored fact. */
	Changes store(List<UnitRow> units, List<LinkRow> links) {
		Map<String, UnitRow> known = new HashMap<>();
		for (UnitRow row : units()) {
			known.put(row.era() + ":" + row.code(), row);
		}
		Map<String, LinkRow> knownLinks = new HashMap<>();
		for (LinkRow link : links()) {
			knownLinks.put(link.oldCode() + ">" + link.newCode(), link);
		}
		List<Object[]> inserts = new ArrayList<>();
		List<Object[]> updates = new ArrayList<>();
		int unchanged = 0;
		for (UnitRow row : units) {
			UnitRow stored = known.get(row.era() + ":" + row.code());
			if (stored == null) {
				inserts.add(new Object[] { row.era(), row.code(), row.name(), row.kind(), row.level().id(), row.parentCode(),
						row.source() });
				known.put(row.era() + ":" + row.code(), row);
			}
			else if (!row.stub() && !row.sameFacts(stored)) {
				updates.add(new Object[] { row.name(), row.kind(), row.level().id(), row.parentCode(), row.source(), row.era(),
						row.code() });
			}
			else {
				unchanged++;
			}
		}
		List<Object[]> linkInserts = new ArrayList<>();
		List<Object[]> linkUpdates = new ArrayList<>();
		for (LinkRow link : links) {
			String key = link.oldCode() + ">" + link.newCode();
			LinkRow stored = knownLinks.get(key);
			if (stored == null) {
				linkInserts.add(new Object[] { link.oldCode(), link.newCode(), link.kind(), link.source() });
				knownLinks.put(key, link);
			}
			else if (!link.guessed() && !link.kind().equals(stored.kind())) {
				linkUpdates.add(new Object[] { link.kind(), link.source(), link.oldCode(), link.newCode() });
			}
			else {
				unchanged++;
			}
		}
		jdbc.batchUpdate("insert into places_unit (era, code, name, unit_type, level, parent_code, source) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", inserts);
		jdbc.batchUpdate("update places_unit set name = ?, unit_type = ?, level = ?, parent_code = ?, source = ? "
				+ "where era = ? and code = ?", updates);
		jdbc.batchUpdate("insert into places_link (old_code, new_code, kind, source) values (?, ?, ?, ?)", linkInserts);
		jdbc.batchUpdate("update places_link set kind = ?, source = ? where old_code = ? and new_code = ?", linkUpdates);
		return new Changes(inserts.size() + linkInserts.size(), updates.size() + linkUpdates.size(), unchanged);
	}

}
