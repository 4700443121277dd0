package vn.tuyengiao.report.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitType;
import vn.tuyengiao.org.OrgUnits;
import vn.tuyengiao.report.Aggregation;
import vn.tuyengiao.report.ConsolidatedReport;
import vn.tuyengiao.report.Consolidation;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.ReportCatalogue;
import vn.tuyengiao.report.ReportCycle;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.UnitReport;
import vn.tuyengiao.report.ValueType;

/**
 * Benchmark, not a test (excluded from {@code mvn verify}; see bench/README.md): consolidating 1,000
 * accepted unit reports × 60 indicators into the province's report and writing its DOCX. Prints the
 * figures; asserts nothing about time.
 * <p>
 * Run: {@code mvn -q test -Dtest=ConsolidationBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@SpringBootTest
class ConsolidationBenchmark {

	static final int UNITS = 1_000;

	static final int INDICATORS = 60;

	static final int WARMUP = 3;

	static final int RUNS = 10;

	static final String PERIOD = "2030Q1";

	@Autowired
	OrgUnits units;

	@Autowired
	ReportCatalogue catalogue;

	@Autowired
	ReportCycle cycle;

	@Autowired
	Consolidation consolidation;

	@Autowired
	ReportDocuments documents;

	@Autowired
	DocumentWriters writers;

	@Test
	void consolidateOneThousandReportsAndWriteTheDocx() {
		long setupStart = System.nanoTime();
		OrgUnit province = units.all().stream().filter(u -> u.parentId() == null).findFirst().orElseThrow();
		ReportForm form = benchForm();
		Set<Long> unitIds = new HashSet<>();
		for (int i = 1; i <= UNITS; i++) {
			unitIds.add(units.create(new vn.tuyengiao.org.OrgUnits.NewOrgUnit(province.id(), OrgUnitType.COMMUNE_BOARD,
					"Đảng ủy xã Đo Hiệu Năng " + i, "Xã " + i, "ĐU", LocalDate.of(2020, 1, 1))).id());
		}
		Random random = new Random(42);
		for (UnitReport report : cycle.assign(form.code(), PERIOD, unitIds, LocalDate.of(2030, 3, 25))) {
			Map<String, String> values = new LinkedHashMap<>();
			for (Indicator indicator : form.indicators()) {
				values.put(indicator.code(), switch (indicator.type()) {
					case PERCENT -> String.valueOf(80 + random.nextInt(20));
					case YES_NO -> random.nextBoolean() ? "Có" : "Không";
					case TEXT -> "Ghi chú " + random.nextInt(100);
					case DECIMAL -> random.nextInt(100) + "," + random.nextInt(10);
					case INTEGER -> String.valueOf(random.nextInt(5_000));
				});
			}
			Map<String, String> narratives = new LinkedHashMap<>();
			form.sections().forEach(s -> narratives.put(s.code(), "Nội dung thuyết minh của đơn vị trong mục " + s.title() + "."));
			cycle.recordFiled(report.id(), values, narratives, Instant.parse("2030-03-20T03:00:00Z"),
					Instant.parse("2030-03-30T03:00:00Z"));
		}
		System.out.printf("setup: %d units, %d indicators, %.1f s%n", UNITS, form.indicators().size(),
				(System.nanoTime() - setupStart) / 1e9);

		consolidation.recompile(PERIOD, province.id(), null);
		long first = time(province.id());
		long[] runs = new long[RUNS];
		for (int i = 0; i < WARMUP; i++) {
			time(province.id());
		}
		for (int i = 0; i < RUNS; i++) {
			runs[i] = time(province.id());
		}
		Arrays.sort(runs);
		ConsolidatedReport report = consolidation.of(PERIOD, province.id());
		System.out.printf("BENCHMARK consolidation of %d reports x %d indicators + DOCX: first %.0f ms; "
				+ "after warm-up median %.0f ms, min %.0f ms, max %.0f ms (%d runs); table %d rows x %d units%n",
				report.acceptedReports(), report.table().rows().size(), first / 1e6, runs[RUNS / 2] / 1e6, runs[0] / 1e6,
				runs[RUNS - 1] / 1e6, RUNS, report.table().rows().size(), report.table().units().size());
	}

	/** One consolidation read (matrix and totals over every accepted report) and its DOCX; nanoseconds. */
	long time(long provinceId) {
		long start = System.nanoTime();
		ConsolidatedReport report = consolidation.of(PERIOD, provinceId);
		long consolidated = System.nanoTime();
		var document = documents.consolidated(report);
		long built = System.nanoTime();
		byte[] docx = writers.docx(document);
		long elapsed = System.nanoTime() - start;
		System.out.printf("  split: consolidate %.0f ms, build document %.0f ms, write DOCX %.0f ms (%d KB)%n",
				(consolidated - start) / 1e6, (built - consolidated) / 1e6, (System.nanoTime() - built) / 1e6, docx.length / 1024);
		if (docx.length == 0 || report.acceptedReports() != UNITS) {
			throw new IllegalStateException("the benchmark did not consolidate what it built");
		}
		return elapsed;
	}

	/** The demo's 41 indicators and 19 more: 60 in all, over the 11 work areas. */
	ReportForm benchForm() {
		List<String> areas = catalogue.workAreas().stream().map(w -> w.code()).toList();
		int existing = catalogue.indicators().size();
		for (int i = existing; i < INDICATORS; i++) {
			catalogue.createIndicator(new ReportCatalogue.IndicatorDefinition(areas.get(i % areas.size()), "BENCH" + i,
					"Chỉ tiêu đo hiệu năng " + i, "lần", ValueType.INTEGER, Aggregation.SUM, BigDecimal.ZERO, null, false, true));
		}
		return catalogue.createForm(new ReportCatalogue.NewForm("BENCH", "Mẫu đo hiệu năng", new ArrayList<>(areas),
				List.of("II. Đánh giá chung")));
	}

}
