package vn.tuyengiao.places.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Gazetteers for tests without a database: the public dvhcvn files beside the project
 * ({@code ../shared/data}, never copied into the repository), combined as the store combines them.
 */
final class Gazetteers {

	static final Path DATA = Path.of("..", "shared", "data");

	static final Path UNITS_BEFORE = DATA.resolve("dvhcvn").resolve("dvhcvn-2025-03-01.json");

	static final Path MERGES = DATA.resolve("dvhcvn-20250701").resolve("merges.json");

	static final Path SPLITS = DATA.resolve("dvhcvn-20250701").resolve("splits.json");

	private static Gazetteer full;

	private Gazetteers() {
	}

	static DvhcvnReader.Facts read(Path file) throws Exception {
		return new DvhcvnReader().read(Files.readAllBytes(file));
	}

	/** The whole country before and after 1/7/2025, built once. */
	static synchronized Gazetteer full() throws Exception {
		if (full == null) {
			full = combine(read(UNITS_BEFORE), read(MERGES));
		}
		return full;
	}

	/** Facts stored in order, as PlaceStore does: a stub never overwrites a full unit. */
	static Gazetteer combine(DvhcvnReader.Facts... files) {
		Map<String, UnitRow> units = new LinkedHashMap<>();
		Map<String, LinkRow> links = new LinkedHashMap<>();
		for (DvhcvnReader.Facts facts : files) {
			for (UnitRow unit : facts.units()) {
				UnitRow known = units.get(unit.era() + unit.code());
				if (known == null || !unit.stub()) {
					units.put(unit.era() + unit.code(), unit);
				}
			}
			for (LinkRow link : facts.links()) {
				links.putIfAbsent(link.oldCode() + ">" + link.newCode(), link);
			}
		}
		return Gazetteer.build(new ArrayList<>(units.values()), new ArrayList<>(links.values()));
	}

	static Tagger tagger(Gazetteer gazetteer, String homeProvince) {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return new Tagger(gazetteer, homeProvince,
				(key, arguments) -> messages.getMessage(key, arguments, Locale.forLanguageTag("vi")));
	}

	static List<UnitRow> rows(DvhcvnReader.Facts facts) {
		return facts.units();
	}

}
