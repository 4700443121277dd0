package vn.tuyengiao.places.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import vn.tuyengiao.places.PlaceLevel;

/**
 * Reads the JSON files of the public dvhcvn data sets (github.com/daohoangson/dvhcvn), recognising each by
 * its shape: the list of units before 1/7/2025 ({@code data/dvhcvn.json}: provinces with {@code level2s}
 * holding {@code level3s}), and the 2025 mapping ({@code data/20250701}: {@code merges.json} new to old,
 * {@code splits.json} old to new).
 */
final class DvhcvnReader {

	enum Format {

		/** Provinces, districts and communes before 1/7/2025. */
		UNITS_BEFORE_2025,
		/** Each unit of today with the old units it was made of. */
		MERGES_2025,
		/** Each old unit with the units of today it went to. */
		SPLITS_2025

	}

	/** What a file says. */
	record Facts(Format format, List<UnitRow> units, List<LinkRow> links) {

		long count(String era, PlaceLevel level) {
			return units.stream().filter(u -> !u.stub() && u.era().equals(era) && u.level() == level).count();
		}

	}

	/** The file is not one of the recognised formats; the message says why, in Vietnamese. */
	static final class Unrecognised extends Exception {

		Unrecognised(String message) {
			super(message);
		}

	}

	static final String SOURCE = "dvhcvn";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	Facts read(byte[] content) throws Unrecognised {
		JsonNode root;
		try {
			root = JSON.readTree(content);
		}
		catch (JacksonException ex) {
			throw new Unrecognised("không phải JSON hợp lệ (" + firstLine(ex.getOriginalMessage()) + ")");
		}
		JsonNode data = root == null ? null : root.get("data");
		if (data == null || !data.isArray() || data.isEmpty()) {
			throw new Unrecognised("không có danh sách \"data\" của dvhcvn");
		}
		JsonNode first = data.get(0);
		if (first.has("level2s") && !first.has("merges") && first.get("level2s").isArray()
				&& !first.get("level2s").isEmpty() && first.get("level2s").get(0).has("level3s")) {
			return unitsBefore(data);
		}
		if (first.has("merges")) {
			return merges(data);
		}
		if (first.has("splits")) {
			return splits(data);
		}
		throw new Unrecognised("không nhận ra định dạng: cần dvhcvn.json, merges.json hoặc splits.json của dvhcvn");
	}

	private Facts unitsBefore(JsonNode data) throws Unrecognised {
		List<UnitRow> units = new ArrayList<>();
		for (JsonNode province : data) {
			String provinceCode = code(province, "level1_id");
			units.add(unit(UnitRow.BEFORE, provinceCode, province, null, false));
			for (JsonNode district : province.path("level2s")) {
				String districtCode = code(district, "level2_id");
				units.add(unit(UnitRow.BEFORE, districtCode, district, provinceCode, false));
				for (JsonNode commune : district.path("level3s")) {
					units.add(unit(UnitRow.BEFORE, code(commune, "level3_id"), commune, districtCode, false));
				}
			}
		}
		return new Facts(Format.UNITS_BEFORE_2025, units, List.of());
	}

	private Facts merges(JsonNode data) throws Unrecognised {
		Map<String, UnitRow> units = new LinkedHashMap<>();
		List<LinkRow> links = new ArrayList<>();
		for (JsonNode province : data) {
			String provinceCode = code(province, "level1_id");
			add(units, unit(UnitRow.AFTER, provinceCode, province, null, false));
			mergesOf(province, provinceCode, units, links);
			for (JsonNode commune : province.path("level2s")) {
				String communeCode = code(commune, "level2_id");
				add(units, unit(UnitRow.AFTER, communeCode, commune, provinceCode, false));
				mergesOf(commune, communeCode, units, links);
			}
		}
		return new Facts(Format.MERGES_2025, new ArrayList<>(units.values()), links);
	}

	private void mergesOf(JsonNode unit, String newCode, Map<String, UnitRow> units, List<LinkRow> links)
			throws Unrecognised {
		for (JsonNode old : unit.path("merges")) {
			String oldCode = code(old, "old_id");
			add(units, unit(UnitRow.BEFORE, oldCode, old, null, true));
			String kind = "partial".equals(old.path("type").asString("")) ? "partial" : "full";
			links.add(new LinkRow(oldCode, newCode, kind, SOURCE, false));
		}
	}

	private Facts splits(JsonNode data) throws Unrecognised {
		Map<String, UnitRow> units = new LinkedHashMap<>();
		List<LinkRow> links = new ArrayList<>();
		for (JsonNode province : data) {
			splitsOf(province, code(province, "level1_id"), units, links);
			for (JsonNode district : province.path("level2s")) {
				splitsOf(district, code(district, "level2_id"), units, links);
			}
			for (JsonNode commune : province.path("level3s")) {
				splitsOf(commune, code(commune, "level3_id"), units, links);
			}
		}
		return new Facts(Format.SPLITS_2025, new ArrayList<>(units.values()), links);
	}

	private void splitsOf(JsonNode unit, String oldCode, Map<String, UnitRow> units, List<LinkRow> links)
			throws Unrecognised {
		add(units, unit(UnitRow.BEFORE, oldCode, unit, null, true));
		JsonNode splits = unit.path("splits");
		for (JsonNode split : splits) {
			String newCode = code(split, "new_id");
			add(units, unit(UnitRow.AFTER, newCode, split, null, true));
			links.add(new LinkRow(oldCode, newCode, splits.size() > 1 ? "partial" : "full", SOURCE, true));
		}
	}

	private static void add(Map<String, UnitRow> units, UnitRow unit) {
		UnitRow known = units.get(unit.era() + unit.code());
		if (known == null || (known.stub() && !unit.stub())) {
			units.put(unit.era() + unit.code(), unit);
		}
	}

	private static UnitRow unit(String era, String code, JsonNode node, String parentCode, boolean stub)
			throws Unrecognised {
		String name = node.path("name").asString("").trim();
		if (name.isEmpty()) {
			throw new Unrecognised("đơn vị mã " + code + " không có tên");
		}
		PlaceLevel level = UnitRow.levelOf(code);
		String[] kindAndName = UnitNames.split(name, level);
		return new UnitRow(era, code, UnitNames.full(kindAndName[0], kindAndName[1]), kindAndName[0], level, parentCode,
				SOURCE, stub);
	}

	private static String code(JsonNode node, String field) throws Unrecognised {
		String code = node.path(field).asString("").trim();
		if (!code.matches("\\d{2}|\\d{3}|\\d{5}")) {
			throw new Unrecognised("mã \"" + code + "\" ở trường " + field + " không phải mã đơn vị hành chính (2, 3 hoặc 5 chữ số)");
		}
		return code;
	}

	private static String firstLine(String message) {
		String text = message == null ? "" : message;
		int newline = text.indexOf('\n');
		return newline < 0 ? text : text.substring(0, newline);
	}

}
