package vn.tuyengiao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Conflict;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The province's consolidated report and the document register, on H2 and on PostgreSQL. */
@DatabaseTest
class ConsolidationRepositoryTests {

	@Autowired
	Consolidation consolidation;

	@Autowired
	ReportCycle cycle;

	@Autowired
	OrgUnits units;

	long province() {
		return units.all().stream().filter(u -> u.parentId() == null).map(OrgUnit::id).findFirst().orElseThrow();
	}

	long district(String shortName) {
		return units.all().stream().filter(u -> u.shortName().equals(shortName)).map(OrgUnit::id).findFirst().orElseThrow();
	}

	@Test
	void quarterOneTotalsEachIndicatorByItsRuleOverTheEightBoards() {
		ConsolidatedReport q1 = consolidation.of("2023Q1", province());
		List<UnitReport> filed = cycle.ofPeriod("2023Q1", units.subtreeOf(province()));

		assertThat(q1.acceptedReports()).isEqualTo(8);
		assertThat(q1.table().units()).hasSize(8).contains("Ba Bể", "Pác Nặm");
		long sessions = filed.stream().mapToLong(r -> Long.parseLong(r.values().get("NQ01"))).sum();
		assertThat(row(q1, "NQ01").total()).isEqualTo(vietnamese(sessions));
		assertThat(row(q1, "NQ03").aggregation()).isEqualTo(Aggregation.AVERAGE);
		assertThat(row(q1, "DL04").total()).endsWith("/8 có");
	}

	@Test
	void eachSectionCompilesTheBoardsNarrativesWithTheirNames() {
		ConsolidatedReport q1 = consolidation.of("2023Q1", province());

		ConsolidatedReport.Section first = q1.sections().get(0);
		assertThat(first.workArea()).isTrue();
		assertThat(first.text()).contains("Ba Bể: Trong quý I").contains("Pác Nặm: Trong quý I");
	}

	@Test
	void theDemoQuarterOneReportIsApprovedAsNumberTwelve() {
		ConsolidatedReport q1 = consolidation.of("2023Q1", province());

		assertThat(q1.status()).isEqualTo("APPROVED");
		assertThat(q1.documentNumber()).isEqualTo(12);
		assertThat(q1.issuedOn()).isEqualTo(LocalDate.of(2023, 4, 12));
		assertThat(consolidation.register(province())).anySatisfy(entry -> assertThat(entry.symbol()).isEqualTo("12-BC/BTGTU"));
		assertThatThrownBy(() -> consolidation.edit("2023Q1", province(), "Khác", Map.of(), q1.version()))
			.isInstanceOf(Conflict.class);
	}

	@Test
	void theSpecialistEditsThenTheLeaderApprovesAndTheNextNumberIsGiven() {
		long province = province();
		accepted("2024S1", "Chợ Mới");
		ConsolidatedReport draft = consolidation.recompile("2024S1", province, null);
		assertThat(draft.status()).isEqualTo("DRAFT");
		assertThat(draft.summary()).isEqualTo("Kết quả công tác tuyên giáo 6 tháng đầu năm 2024; phương hướng, nhiệm vụ 6 tháng cuối năm 2024");

		ConsolidatedReport edited = consolidation.edit("2024S1", province, null,
				Map.of("THAM_MUU", "Toàn tỉnh đã tham mưu ban hành các văn bản chỉ đạo."), draft.version());
		assertThat(edited.sections().get(0).text()).isEqualTo("Toàn tỉnh đã tham mưu ban hành các văn bản chỉ đạo.");

		int before = consolidation.register(province).stream().mapToInt(Consolidation.RegisteredDocument::number).max().orElse(11);
		ConsolidatedReport approved = consolidation.approve("2024S1", province, LocalDate.of(2024, 7, 10), edited.version(), false);
		assertThat(approved.documentNumber()).isEqualTo(before + 1);
	}

	@Test
	void aUnitWithoutSubunitsHasAnEmptyConsolidation() {
		ConsolidatedReport own = consolidation.recompile("2023Q1", district("Ba Bể"), null);

		assertThat(own.acceptedReports()).isZero();
		assertThat(own.table().rows()).isEmpty();
	}

	void accepted(String period, String district) {
		UnitReport report = cycle.assign("BC-QUY", period, Set.of(district(district)), LocalDate.of(2024, 7, 5)).get(0);
		UnitReport q1 = cycle.ofPeriod("2023Q1", Set.of(district(district))).get(0);
		UnitReport saved = cycle.save(report.id(), q1.values(), q1.narratives(), report.version());
		UnitReport submitted = cycle.submit(report.id(), saved.version(), true);
		cycle.accept(report.id(), submitted.version());
	}

	static ConsolidatedReport.IndicatorMatrix.Row row(ConsolidatedReport report, String code) {
		return report.table().rows().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
	}

	/** 42904 → "42.904" */
	static String vietnamese(long number) {
		return String.format(java.util.Locale.GERMANY, "%,d", number);
	}

}
