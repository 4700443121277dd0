package vn.tuyengiao.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.platform.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Unit reports through their workflow, on H2 and on PostgreSQL. Each test works on a period of its
 * own so the demo's 2023 reports stay as they are.
 */
@DatabaseTest
class ReportRepositoryTests {

	static final String FORM = "BC-QUY";

	@Autowired
	ReportCycle cycle;

	@Autowired
	ReportCatalogue catalogue;

	@Autowired
	OrgUnits units;

	@Autowired
	vn.tuyengiao.audit.AuditLog audit;

	long district(String shortName) {
		return units.all().stream().filter(u -> u.shortName().equals(shortName)).map(OrgUnit::id).findFirst().orElseThrow();
	}

	UnitReport assigned(String period, String district) {
		return cycle.assign(FORM, period, Set.of(district(district)), java.time.LocalDate.now().plusDays(10)).get(0);
	}

	/** Every required indicator filled with a plausible value. */
	Map<String, String> complete() {
		Map<String, String> values = new LinkedHashMap<>();
		for (Indicator indicator : catalogue.form(FORM).indicators()) {
			if (indicator.required()) {
				values.put(indicator.code(), indicator.type() == ValueType.PERCENT ? "95,5" : "12");
			}
		}
		return values;
	}

	@Test
	void theDemoQuarterOneIsCompleteWithOneBoardLate() {
		Completeness q1 = cycle.completeness("2023Q1", allUnits());

		assertThat(q1.expected()).isEqualTo(8);
		assertThat(q1.submitted()).isEqualTo(8);
		assertThat(q1.late()).isEqualTo(1);
		assertThat(q1.units()).filteredOn(line -> Boolean.FALSE.equals(line.onTime()))
			.singleElement()
			.satisfies(line -> assertThat(line.unitName()).contains("Ngân Sơn"));
	}

	@Test
	void theDemoQuarterTwoStillMissesTwoBoards() {
		Completeness q2 = cycle.completeness("2023Q2", allUnits());

		assertThat(q2.expected()).isEqualTo(8);
		assertThat(q2.missing()).isEqualTo(2);
		assertThat(q2.submitted()).isLessThan(8);
	}

	@Test
	void periodsAreListedNewestFirst() {
		assertThat(cycle.periods()).extracting(Period::code).containsSubsequence("2023Q2", "2023Q1");
	}

	@Test
	void assigningTwiceGivesTheSameReport() {
		UnitReport first = assigned("2024Q1", "Na Rì");
		UnitReport again = assigned("2024Q1", "Na Rì");

		assertThat(again.id()).isEqualTo(first.id());
	}

	@Test
	void aLetterInANumericValueIsRefusedNamingTheIndicatorAndNothingIsSaved() {
		UnitReport report = assigned("2024Q2", "Na Rì");

		assertThatThrownBy(() -> cycle.save(report.id(), Map.of("NQ02", "12a", "TM01", "3"), Map.of(), report.version()))
			.isInstanceOfSatisfying(InvalidInput.class, problem -> assertThat(problem.fieldProblems())
				.singleElement()
				.satisfies(p -> assertThat(p.field()).isEqualTo("values.NQ02")));
		assertThat(cycle.find(report.id()).orElseThrow().values()).isEmpty();
	}

	@Test
	void vietnameseNumberFormsAreUnderstood() {
		UnitReport report = assigned("2024Q3", "Na Rì");

		UnitReport saved = cycle.save(report.id(), Map.of("NQ02", "42.904", "NQ03", "97,55%", "DL04", "có"), Map.of(),
				report.version());

		assertThat(saved.values()).containsEntry("NQ02", "42.904").containsEntry("NQ03", "97,55%");
		assertThatThrownBy(() -> cycle.save(report.id(), Map.of("NQ03", "120"), Map.of(), saved.version()))
			.isInstanceOf(InvalidInput.class);
	}

	@Test
	void aDraftKeepsWhatWasTypedEvenWhenItIsWrongButCannotBeSubmittedSo() {
		UnitReport report = assigned("2024Q4", "Na Rì");
		UnitReport saved = cycle.save(report.id(), complete(), Map.of(), report.version());

		ReportCycle.ValueCheck check = cycle.saveDraftValue(report.id(), "NQ01", "mười hai", saved.version());

		assertThat(check.error().messageKey()).isEqualTo("value.not-integer");

		UnitReport kept = cycle.find(report.id()).orElseThrow();
		assertThat(kept.values()).containsEntry("NQ01", "mười hai");
		assertThat(audit.search(new vn.tuyengiao.audit.AuditLog.AuditQuery(null, null, null, null, null,
				"Lưu nháp NQ01 = \"mười hai\""), org.springframework.data.domain.PageRequest.of(0, 5)))
			.as("every autosave is audited").hasSize(1);
		assertThatThrownBy(() -> cycle.submit(report.id(), kept.version(), true)).isInstanceOf(InvalidInput.class);
	}

	@Test
	void aReportWithoutItsRequiredValuesCannotBeSubmitted() {
		UnitReport report = assigned("2025Q1", "Na Rì");

		assertThatThrownBy(() -> cycle.submit(report.id(), report.version(), true))
			.isInstanceOfSatisfying(InvalidInput.class,
					problem -> assertThat(problem.fieldProblems()).extracting(DomainProblem.FieldProblem::field)
						.contains("values.NQ01", "values.XD01"));
	}

	@Test
	void submittedReturnedResubmittedAcceptedAndReopenedWithAReason() {
		UnitReport report = assigned("2025Q2", "Chợ Đồn");
		UnitReport saved = cycle.save(report.id(), complete(), Map.of("THAM_MUU", "Đã tham mưu đầy đủ."), report.version());

		UnitReport submitted = cycle.submit(report.id(), saved.version(), true);
		assertThat(submitted.status()).isEqualTo(ReportStatus.SUBMITTED);
		assertThatThrownBy(() -> cycle.save(report.id(), Map.of("TM01", "4"), Map.of(), submitted.version()))
			.isInstanceOf(Conflict.class);

		assertThatThrownBy(() -> cycle.returnForCorrection(report.id(), " ", submitted.version()))
			.isInstanceOf(InvalidInput.class);
		UnitReport returned = cycle.returnForCorrection(report.id(), "Bổ sung số liệu mục 2", submitted.version());
		assertThat(returned.status()).isEqualTo(ReportStatus.RETURNED);

		UnitReport corrected = cycle.save(report.id(), Map.of("NQ04", "2"), Map.of(), returned.version());
		UnitReport resubmitted = cycle.submit(report.id(), corrected.version(), true);
		UnitReport accepted = cycle.accept(report.id(), resubmitted.version());
		assertThat(accepted.status()).isEqualTo(ReportStatus.ACCEPTED);

		assertThatThrownBy(() -> cycle.reopen(report.id(), "", accepted.version())).isInstanceOf(InvalidInput.class);
		UnitReport reopened = cycle.reopen(report.id(), "Sai số liệu NQ02", accepted.version());
		assertThat(reopened.status()).isEqualTo(ReportStatus.DRAFT);
		assertThat(reopened.history()).extracting(UnitReport.Event::action)
			.containsExactly("SUBMITTED", "RETURNED", "SUBMITTED", "ACCEPTED", "REOPENED");
		assertThat(reopened.history().get(1).comment()).isEqualTo("Bổ sung số liệu mục 2");
	}

	@Test
	void anEditOnAStaleCopyIsRefused() {
		UnitReport report = assigned("2025Q3", "Chợ Đồn");
		cycle.save(report.id(), Map.of("TM01", "3"), Map.of(), report.version());

		assertThatThrownBy(() -> cycle.save(report.id(), Map.of("TM01", "5"), Map.of(), report.version()))
			.isInstanceOf(Conflict.class);
		assertThat(cycle.find(report.id()).orElseThrow().values()).containsEntry("TM01", "3");
	}

	@Test
	void aValueFarFromTheUnitsEarlierQuartersMustBeConfirmed() {
		// Bạch Thông filed Q1 and Q2 of 2023 in the demo; Q3 reports ten times the sessions.
		UnitReport q2 = cycle.ofPeriod("2023Q2", Set.of(district("Bạch Thông"))).get(0);
		long sessions = Long.parseLong(q2.values().get("DH01"));
		UnitReport q3 = assigned("2023Q3", "Bạch Thông");
		Map<String, String> values = new LinkedHashMap<>(q2.values());
		values.put("DH01", String.valueOf(sessions * 10));
		UnitReport saved = cycle.save(q3.id(), values, Map.of(), q3.version());

		assertThatThrownBy(() -> cycle.submit(q3.id(), saved.version(), false))
			.isInstanceOfSatisfying(DomainProblem.class, problem -> assertThat(problem.fieldProblems())
				.extracting(DomainProblem.FieldProblem::field)
				.containsExactly("values.DH01"));
		assertThat(cycle.submit(q3.id(), saved.version(), true).status()).isEqualTo(ReportStatus.SUBMITTED);
	}

	Set<Long> allUnits() {
		return Set.copyOf(units.all().stream().map(OrgUnit::id).toList());
	}

}
