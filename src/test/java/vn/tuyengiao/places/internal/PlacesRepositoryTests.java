package vn.tuyengiao.places.internal;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.places.Place;
import vn.tuyengiao.places.PlaceLevel;
import vn.tuyengiao.places.Places;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.UsesSharedData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The gazetteer's tables on H2 and on PostgreSQL: the authored Bắc Kạn units of a fresh install, and the
 * import of dvhcvn files, which a second time changes nothing: the small authored ones of the tests, and with
 * the profile {@code datasets} the whole country's public files ({@code ../shared/data}).
 */
@DatabaseTest
class PlacesRepositoryTests {

	@Autowired
	Places places;

	@Autowired
	PlaceImports imports;

	@Autowired
	PlaceStore store;

	@Autowired
	PlacesService service;

	@Autowired
	vn.tuyengiao.audit.AuditLog audit;

	@Autowired
	org.springframework.transaction.PlatformTransactionManager transactions;

	@Test
	@UsesSharedData
	void theAuthoredBacKanUnitsAgreeWithTheGeneralStatisticsOfficeCodes() throws Exception {
		Map<String, UnitRow> dvhcvn = Gazetteers.read(Gazetteers.WHOLE_COUNTRY.unitsBefore()).units().stream()
			.collect(Collectors.toMap(UnitRow::code, Function.identity()));
		List<UnitRow> authored = store.units().stream()
			.filter(u -> u.source().equals("authored") && u.era().equals(UnitRow.BEFORE))
			.toList();

		assertThat(authored).extracting(UnitRow::code)
			.containsExactlyInAnyOrder("06", "058", "060", "061", "062", "063", "064", "065", "066", "19");
		for (UnitRow unit : authored) {
			UnitRow official = dvhcvn.get(unit.code());
			assertThat(unit.sameFacts(official)).as(unit + " against " + official).isTrue();
		}
	}

	@Test
	void aFreshInstallKnowsBacKanAndItsMergerIntoThaiNguyen() {
		Place choMoi = places.byCode("065").orElseThrow();

		assertThat(choMoi.name()).isEqualTo("Huyện Chợ Mới");
		assertThat(choMoi.shortName()).isEqualTo("Chợ Mới");
		assertThat(choMoi.level()).isEqualTo(PlaceLevel.DISTRICT);
		assertThat(choMoi.parentCode()).isEqualTo("06");
		assertThat(choMoi.validUntil()).hasToString("2025-07-01");
		assertThat(places.current("065")).extracting(Place::name).containsExactly("Tỉnh Thái Nguyên");
		assertThat(places.about("Ba Bể đón khách", "Du khách đến huyện Chợ Mới.")).extracting(Place::code)
			.containsExactly("061", "19", "065");
	}

	@Test
	void importsTheUnitsBefore2025AndThe2025MappingAndASecondImportChangesNothing() throws Exception {
		byte[] before = Files.readAllBytes(Gazetteers.AUTHORED.unitsBefore());
		PlaceImports.ImportResult first = imports.importFile("dvhcvn.json", before);
		assertThat(first.format()).isEqualTo("UNITS_BEFORE_2025");
		assertThat(List.of(first.provinces(), first.districts(), first.communes())).containsExactly(10L, 18L, 11L);
		PlaceImports.ImportResult again = imports.importFile("dvhcvn.json", before);
		assertThat(again.added() + again.changed()).isZero();

		byte[] merges = Files.readAllBytes(Gazetteers.AUTHORED.merges());
		PlaceImports.ImportResult mapping = imports.importFile("merges.json", merges);
		assertThat(mapping.provinces()).isEqualTo(8);
		assertThat(mapping.communes()).isEqualTo(5);
		assertThat(imports.importFile("merges.json", merges).added()).isZero();
		imports.importFile("splits.json", Files.readAllBytes(Gazetteers.AUTHORED.splits()));

		assertThat(places.byCode("15").orElseThrow().name()).isEqualTo("Tỉnh Lào Cai");
		Place yenBai = places.byCode("15-cu").orElseThrow();
		assertThat(yenBai.name()).isEqualTo("Tỉnh Yên Bái");
		assertThat(yenBai.successorCodes()).containsExactly("15");
		assertThat(places.current("893")).extracting(Place::name).containsExactly("Tỉnh An Giang");
		assertThat(places.current("01834")).extracting(Place::name).containsExactly("Phường Đức Xuân");
		assertThat(places.search("cho moi", 10)).extracting(Place::code).contains("065", "893");
		assertThat(places.tag("", "Nông dân huyện Chợ Mới, tỉnh An Giang")).extracting(m -> m.place().code())
			.containsExactly("893", "89");
	}

	@Test
	@UsesSharedData
	void importsTheWholeCountryBefore2025AndThe2025MappingAndASecondImportChangesNothing() throws Exception {
		byte[] before = Files.readAllBytes(Gazetteers.WHOLE_COUNTRY.unitsBefore());
		PlaceImports.ImportResult first = imports.importFile("dvhcvn.json", before);
		assertThat(first.format()).isEqualTo("UNITS_BEFORE_2025");
		assertThat(List.of(first.provinces(), first.districts(), first.communes())).containsExactly(63L, 696L, 10_047L);
		PlaceImports.ImportResult again = imports.importFile("dvhcvn.json", before);
		assertThat(again.added() + again.changed()).isZero();

		byte[] merges = Files.readAllBytes(Gazetteers.WHOLE_COUNTRY.merges());
		PlaceImports.ImportResult mapping = imports.importFile("merges.json", merges);
		assertThat(mapping.provinces()).isEqualTo(34);
		assertThat(mapping.communes()).isEqualTo(3_321);
		assertThat(imports.importFile("merges.json", merges).added()).isZero();
		imports.importFile("splits.json", Files.readAllBytes(Gazetteers.WHOLE_COUNTRY.splits()));

		assertThat(places.search("", 100)).as("the provinces of today").hasSize(34);
		assertThat(places.byCode("15").orElseThrow().name()).isEqualTo("Tỉnh Lào Cai");
		Place yenBai = places.byCode("15-cu").orElseThrow();
		assertThat(yenBai.name()).isEqualTo("Tỉnh Yên Bái");
		assertThat(yenBai.successorCodes()).containsExactly("15");
		assertThat(places.current("893")).extracting(Place::name).containsExactly("Tỉnh An Giang");
		assertThat(places.search("cho moi", 10)).extracting(Place::code).contains("065", "893");
		assertThat(places.tag("", "Nông dân huyện Chợ Mới, tỉnh An Giang")).extracting(m -> m.place().code())
			.containsExactly("893", "89");
	}

	@Test
	void filesNamedForStartUpAreImportedAndAMissingOneDoesNotStopTheStart() {
		PlacesSettings settings = new PlacesSettings("06",
				List.of(Gazetteers.AUTHORED.splits().toString(), Gazetteers.AUTHORED_DIR.resolve("khong-co.json").toString()));
		new PlaceImports(store, service, audit, settings, transactions).run(null);

		assertThat(places.byCode("01834").orElseThrow().name()).as("a ward of Bắc Kạn town named by the mapping")
			.isEqualTo("Phường Nguyễn Thị Minh Khai");
		assertThat(places.current("01834")).extracting(Place::name).containsExactly("Phường Đức Xuân");
	}

	@Test
	void aFileOfAnotherShapeIsRefusedInVietnamese() {
		assertThatThrownBy(() -> imports.importFile("x.json", "{\"data\":[{\"x\":1}]}".getBytes()))
			.isInstanceOf(InvalidInput.class)
			.hasFieldOrPropertyWithValue("field", "file");
	}

}
