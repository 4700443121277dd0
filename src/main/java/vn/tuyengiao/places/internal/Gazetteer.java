package vn.tuyengiao.places.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import vn.tuyengiao.places.Place;
import vn.tuyengiao.places.PlaceLevel;
import vn.tuyengiao.text.VietnameseText;

/**
 * The gazetteer in memory, built once from the stored units and links (some fifteen thousand units).
 * A unit of today that kept its code and its name is the same unit as before 1/7/2025 (Thái Nguyên 19, the
 * communes left as they were); an abolished unit whose code now belongs to another unit is keyed
 * {@code code-cu}.
 */
final class Gazetteer {

	static final LocalDate REORGANISED = LocalDate.of(2025, 7, 1);

	static final String FORMER_SUFFIX = "-cu";

	/** A unit with its relations resolved. */
	static final class Unit {

		final int index;

		final String code;

		final String name;

		final String kind;

		final String shortName;

		final PlaceLevel level;

		final boolean current;

		final String foldedName;

		final String foldedShortName;

		Unit parent;

		/** For a unit of today that existed before: its parent then (a commune's district). */
		Unit formerParent;

		final List<Unit> successors = new ArrayList<>();

		final List<Unit> predecessors = new ArrayList<>();

		LocalDate validUntil;

		List<Unit> today;

		/** Every unit above it, today's and former. */
		Set<Unit> ancestors;

		/** The provinces it lies in, with their predecessors and successors. */
		Set<Unit> provinces;

		Place place;

		Unit(int index, String code, UnitRow row, boolean current, Map<String, String> foldedWords) {
			this.index = index;
			this.code = code;
			this.name = row.name();
			this.kind = row.kind();
			this.shortName = shortName(row);
			this.level = row.level();
			this.current = current;
			this.foldedShortName = fold(shortName, foldedWords);
			this.foldedName = fold(kind, foldedWords) + " " + foldedShortName;
		}

		/** Folded word by word: the names of fifteen thousand units share a few thousand words. */
		private static String fold(String name, Map<String, String> foldedWords) {
			StringBuilder out = new StringBuilder(name.length());
			for (String word : name.split(" ")) {
				out.append(out.isEmpty() ? "" : " ").append(foldedWords.computeIfAbsent(word, VietnameseText::fold));
			}
			return out.toString();
		}

		private static String shortName(UnitRow row) {
			return row.name().startsWith(row.kind() + " ") ? row.name().substring(row.kind().length() + 1) : row.name();
		}

		@Override
		public String toString() {
			return code + " " + name;
		}

	}

	private final List<Unit> units;

	private final Map<String, Unit> byCode;

	private Gazetteer(List<Unit> units) {
		this.units = List.copyOf(units);
		this.byCode = new HashMap<>();
		for (Unit unit : units) {
			byCode.put(unit.code, unit);
		}
	}

	static Gazetteer build(List<UnitRow> rows, List<LinkRow> links) {
		Map<String, UnitRow> before = new HashMap<>();
		Map<String, UnitRow> after = new HashMap<>();
		for (UnitRow row : rows) {
			(row.era().equals(UnitRow.AFTER) ? after : before).put(row.code(), row);
		}
		List<Unit> units = new ArrayList<>();
		Map<String, String> foldedWords = new HashMap<>();
		Map<String, Unit> beforeUnits = new HashMap<>();
		Map<String, Unit> afterUnits = new HashMap<>();
		for (UnitRow row : sorted(after.values())) {
			Unit unit = new Unit(units.size(), row.code(), row, true, foldedWords);
			units.add(unit);
			afterUnits.put(row.code(), unit);
			UnitRow was = before.get(row.code());
			if (was != null && was.level() == row.level()
					&& VietnameseText.matchKey(was.name()).equals(VietnameseText.matchKey(row.name()))) {
				beforeUnits.put(row.code(), unit); // kept its code and name: the same unit
			}
		}
		for (UnitRow row : sorted(before.values())) {
			if (!beforeUnits.containsKey(row.code())) {
				String code = after.containsKey(row.code()) ? row.code() + FORMER_SUFFIX : row.code();
				Unit unit = new Unit(units.size(), code, row, false, foldedWords);
				units.add(unit);
				beforeUnits.put(row.code(), unit);
			}
		}
		for (UnitRow row : after.values()) {
			afterUnits.get(row.code()).parent = row.parentCode() == null ? null : afterUnits.get(row.parentCode());
		}
		for (UnitRow row : before.values()) {
			Unit unit = beforeUnits.get(row.code());
			Unit parent = row.parentCode() == null ? null : beforeUnits.get(row.parentCode());
			if (unit.current) {
				unit.formerParent = parent == unit.parent ? null : parent;
			}
			else {
				unit.parent = parent;
			}
		}
		for (LinkRow link : links) {
			Unit old = beforeUnits.get(link.oldCode());
			Unit today = afterUnits.get(link.newCode());
			if (old != null && today != null && old != today) {
				if (!old.successors.contains(today)) {
					old.successors.add(today);
				}
				if (!today.predecessors.contains(old)) {
					today.predecessors.add(old);
				}
			}
		}
		for (Unit unit : units) {
			unit.ancestors = ancestors(unit);
		}
		for (Unit unit : units) {
			unit.validUntil = unit.current ? null : abolished(unit) ? REORGANISED : null;
		}
		for (Unit unit : units) {
			today(unit);
		}
		for (Unit unit : units) {
			unit.provinces = provinces(unit);
		}
		for (Unit unit : units) {
			unit.place = new Place(unit.code, unit.name, unit.shortName, unit.level,
					unit.parent == null ? null : unit.parent.code, unit.validUntil,
					unit.validUntil == null ? List.of() : unit.today.stream().map(u -> u.code).toList());
		}
		return new Gazetteer(units);
	}

	private static List<UnitRow> sorted(java.util.Collection<UnitRow> rows) {
		return rows.stream().sorted(Comparator.comparing(UnitRow::code)).toList();
	}

	/** Districts all ended on 1/7/2025; another unit ended if it went somewhere or its province did. */
	private static boolean abolished(Unit unit) {
		if (unit.level == PlaceLevel.DISTRICT || !unit.successors.isEmpty()) {
			return true;
		}
		for (Unit above : unit.ancestors) {
			if (above.level == PlaceLevel.PROVINCE && !above.successors.isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private static Set<Unit> ancestors(Unit unit) {
		Set<Unit> found = new LinkedHashSet<>();
		List<Unit> queue = new ArrayList<>();
		queue.add(unit);
		for (int i = 0; i < queue.size() && i < 16; i++) {
			Unit next = queue.get(i);
			for (Unit above : new Unit[] { next.parent, next.formerParent }) {
				if (above != null && above != unit && found.add(above)) {
					queue.add(above);
				}
			}
		}
		return found;
	}

	private static List<Unit> today(Unit unit) {
		if (unit.today != null) {
			return unit.today;
		}
		unit.today = List.of(); // a cycle in bad data ends here
		Set<Unit> found = new LinkedHashSet<>();
		if (unit.validUntil == null) {
			found.add(unit);
		}
		else if (!unit.successors.isEmpty()) {
			for (Unit successor : unit.successors) {
				found.addAll(today(successor));
			}
		}
		else if (unit.parent != null) {
			found.addAll(today(unit.parent));
		}
		unit.today = List.copyOf(found);
		return unit.today;
	}

	private static Set<Unit> provinces(Unit unit) {
		Set<Unit> provinces = new HashSet<>();
		Set<Unit> own = new HashSet<>(unit.ancestors);
		own.add(unit);
		for (Unit above : own) {
			if (above.level == PlaceLevel.PROVINCE) {
				provinces.add(above);
				provinces.addAll(above.successors);
				provinces.addAll(above.predecessors);
				provinces.addAll(above.today);
			}
		}
		return provinces;
	}

	List<Unit> units() {
		return units;
	}

	Optional<Unit> unit(String code) {
		return Optional.ofNullable(code == null ? null : byCode.get(code.trim()));
	}

	Optional<Place> place(String code) {
		return unit(code).map(u -> u.place);
	}

	List<Place> current(String code) {
		return unit(code).map(u -> u.today.stream().map(t -> t.place).toList()).orElse(List.of());
	}

	/** Name or code matches, accents optional: exact names first, then names that start so, then the rest. */
	List<Place> search(String query, int limit) {
		String folded = VietnameseText.fold(query == null ? "" : query).trim().replaceAll("\\s+", " ");
		if (folded.isEmpty()) {
			return units.stream().filter(u -> u.current && u.level == PlaceLevel.PROVINCE).limit(limit).map(u -> u.place)
				.toList();
		}
		record Hit(Unit unit, int rank) {
		}
		List<Hit> hits = new ArrayList<>();
		for (Unit unit : units) {
			String shortName = unit.foldedShortName;
			String name = unit.foldedName;
			int rank = unit.code.equals(folded) || shortName.equals(folded) || name.equals(folded) ? 0
					: shortName.startsWith(folded) || name.startsWith(folded) ? 1
							: (" " + name).contains(" " + folded) ? 2 : -1;
			if (rank >= 0) {
				hits.add(new Hit(unit, rank));
			}
		}
		return hits.stream()
			.sorted(Comparator.comparingInt(Hit::rank)
				.thenComparing(h -> !h.unit().current)
				.thenComparing(h -> h.unit().level)
				.thenComparing(h -> h.unit().code))
			.limit(Math.max(0, limit))
			.map(h -> h.unit().place)
			.toList();
	}

	List<Place> places(List<Unit> units) {
		return units.stream().map(u -> u.place).toList();
	}

}
