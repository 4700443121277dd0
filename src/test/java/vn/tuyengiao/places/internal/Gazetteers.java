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
 * Gazetteers for tests without a database, combined as the store combines them: the small one authored under
 * {@code src/test/resources/places} for the default run, and the whole country's public dvhcvn files beside the
 * project ({@code ../shared/data}, never copied into the repository) for the profile {@code datasets}.
 */
final class Gazetteers {

	/** The three files of a gazetteer: the units before 1/7/2025, the 2025 merges and the 2025 splits. */
	record Files3(Path unitsBefore, Path merges, Path splits) {
	}

	static final Path DATA = Path.of("..", "shared", "data");

	static final Path AUTHORED_DIR = Path.of("src", "test", "resources", "places");

	static final Files3 AUTHORED = new Files3(AUTHORED_DIR.resolve("units-before-2025.json"),
			AUTHORED_DIR.resolve("merges-2025.json"), AUTHORED_DIR.resolve("splits-2025.json"));

	static final Files3 WHOLE_COUNTRY = new Files3(DATA.resolve("dvhcvn").resolve("dvhcvn-2025-03-01.json"),
			DATA.resolve("dvhcvn-20250701").resolve("merges.json"), DATA.resolve("dvhcvn-20250701").resolve("splits.json"));

	private static final Map<Files3, Gazetteer> built = new java.util.HashMap<>();

	private Gazetteers() {
	}

	static DvhcvnReader.Facts read(Path file) throws Exception {
		return new DvhcvnReader().read(Files.readAllBytes(file));
	}

	/** The units of these files before and after 1/7/2025, built once. */
	static synchronized Gazetteer of(Files3 files) throws Exception {
		Gazetteer gazetteer = built.get(files);
		if (gazetteer == null) {
			gazetteer = combine(read(files.unitsBefore()), read(files.merges()));
			built.put(files, gazetteer);
		}
		return gazetteer;
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
