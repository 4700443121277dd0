package vn.tuyengiao.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Consolidation;
import vn.tuyengiao.report.ReportCycle;
import vn.tuyengiao.report.UnitReport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The files of issued consolidated reports, kept as issued, on H2 and on PostgreSQL. */
@DatabaseTest
class IssuedDocumentRepositoryTests {

	@Autowired
	IssuedDocumentRepository files;

	@Autowired
	ConsolidatedRepository consolidated;

	@Autowired
	IssuedDocuments issued;

	@Autowired
	OrgUnits units;

	@Autowired
	ReportCycle cycle;

	@Autowired
	Consolidation consolidation;

	/** The province board (the unit without a parent) or a district board by its short name. */
	long unit(String shortName) {
		return units.all()
			.stream()
			.filter(u -> shortName == null ? u.parentId() == null : u.shortName().equals(shortName))
			.map(OrgUnit::id)
			.findFirst()
			.orElseThrow();
	}

	long province() {
		return unit(null);
	}

	@Test
	void theDemoQuarterOneReportIsIssuedAsThreeFilesMatchingTheirDigests() {
		long id = consolidated.findByUnitIdAndPeriodCode(province(), "2023Q1").orElseThrow().id();

		List<IssuedDocumentEntity> stored = files.findByConsolidatedIdOrderByRevisionAscKindAsc(id)
			.stream()
			.filter(file -> file.revision() == 1)
			.toList();

		assertThat(stored).extracting(IssuedDocumentEntity::kind).containsExactly("DOCX", "PDF", "XLSX");
		assertThat(stored).allSatisfy(file -> {
			assertThat(file.byteCount()).isEqualTo(file.content().length).isGreaterThan(1_000);
			assertThat(IssuedDocuments.sha256(file.content())).isEqualTo(file.sha256());
			assertThat(file.fileName()).startsWith("b").doesNotContain("DỰ THẢO");
		});
	}

	@Test
	void aFileIsStoredByteForByteAndOnlyOnceForItsRevisionAndKind() {
		long id = consolidated.findByUnitIdAndPeriodCode(province(), "2023Q1").orElseThrow().id();
		byte[] bytes = new byte[700_000];
		new Random(7).nextBytes(bytes);

		files.saveAndFlush(new IssuedDocumentEntity(id, 90, "PDF", "x.pdf", "application/pdf", bytes,
				IssuedDocuments.sha256(bytes), Instant.now(), "test"));

		IssuedDocumentEntity read = files.findByConsolidatedIdAndRevisionAndKind(id, 90, "PDF").orElseThrow();
		assertThat(read.content()).isEqualTo(bytes);
		assertThatThrownBy(() -> files.saveAndFlush(new IssuedDocumentEntity(id, 90, "PDF", "y.pdf", "application/pdf",
				new byte[] { 1 }, IssuedDocuments.sha256(new byte[] { 1 }), Instant.now(), "test")))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void aStoredFileThatNoLongerMatchesItsDigestIsNeverServed() {
		ConsolidatedReport q1 = consolidation.of("2023Q1", province());
		byte[] issuedBytes = "bản đã ban hành".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		byte[] altered = "bản đã bị sửa".getBytes(java.nio.charset.StandardCharsets.UTF_8);
		files.saveAndFlush(new IssuedDocumentEntity(q1.id(), 91, "DOCX", "x.docx", "application/octet-stream", altered,
				IssuedDocuments.sha256(issuedBytes), Instant.now(), "test"));

		assertThatThrownBy(() -> issued.download(q1, IssuedDocuments.Kind.DOCX, 91))
			.isInstanceOf(IssuedDocuments.IssuedDocumentAltered.class);
	}

	@Test
	void aRevisedIssuedReportKeepsItsFilesAndIsIssuedAgainUnderTheNextNumber() {
		long province = province();
		accepted("2025S1", "Chợ Mới");
		cycle.assign("BC-QUY", "2025S1", Set.of(unit("Na Rì")), LocalDate.of(2025, 7, 5));
		ConsolidatedReport draft = consolidation.recompile("2025S1", province, null);

		assertThatThrownBy(() -> consolidation.approve("2025S1", province, LocalDate.of(2025, 7, 10), draft.version(), false))
			.isInstanceOfSatisfying(Conflict.class, conflict -> assertThat(conflict.properties().get("missing"))
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.singleElement()
				.asString()
				.contains("Na Rì"));
		ConsolidatedReport first = consolidation.approve("2025S1", province, LocalDate.of(2025, 7, 10), draft.version(), true);
		byte[] firstDocx = issued.download(first, IssuedDocuments.Kind.DOCX, null).bytes();

		assertThatThrownBy(() -> consolidation.revise("2025S1", province, " ", first.version()))
			.isInstanceOf(InvalidInput.class);
		ConsolidatedReport revised = consolidation.revise("2025S1", province, "Bổ sung số liệu Na Rì", first.version());
		assertThat(revised.status()).isEqualTo("DRAFT");
		assertThat(revised.revision()).isEqualTo(2);
		assertThat(revised.documentNumber()).isNull();
		ConsolidatedReport second = consolidation.approve("2025S1", province, LocalDate.of(2025, 7, 20), revised.version(), true);

		assertThat(second.documentNumber()).isGreaterThan(first.documentNumber());
		assertThat(issued.download(second, IssuedDocuments.Kind.DOCX, 1).bytes()).isEqualTo(firstDocx);
		assertThat(issued.download(second, IssuedDocuments.Kind.DOCX, null).fileName()).endsWith("-lan-2.docx");
		assertThat(files.findByConsolidatedIdOrderByRevisionAscKindAsc(second.id())).hasSize(6);
		assertThat(consolidation.register(province)).extracting(Consolidation.RegisteredDocument::number)
			.contains(first.documentNumber(), second.documentNumber());
	}

	void accepted(String period, String district) {
		UnitReport report = cycle.assign("BC-QUY", period, Set.of(unit(district)), LocalDate.of(2025, 7, 5)).get(0);
		UnitReport q1 = cycle.ofPeriod("2023Q1", Set.of(unit(district))).get(0);
		UnitReport saved = cycle.save(report.id(), q1.values(), q1.narratives(), report.version());
		cycle.accept(report.id(), cycle.submit(report.id(), saved.version(), true).version());
	}

}
