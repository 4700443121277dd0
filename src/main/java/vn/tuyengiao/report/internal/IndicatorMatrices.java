package vn.tuyengiao.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import vn.tuyengiao.report.ConsolidatedReport.IndicatorMatrix;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.ValueType;

/** The consolidated indicator table: indicators down, the reporting units across, the total by each indicator's rule. */
final class IndicatorMatrices {

	private IndicatorMatrices() {
	}

	static IndicatorMatrix matrix(ConsolidationSources.Sources sources) {
		if (sources.form() == null) {
			return new IndicatorMatrix(List.of(), List.of());
		}
		List<String> columns = sources.reports().stream().map(r -> sources.units().get(r.unitId()).shortName()).toList();
		List<IndicatorMatrix.Row> rows = new ArrayList<>();
		for (Indicator indicator : sources.form().indicators()) {
			List<String> values = new ArrayList<>(sources.reports().size());
			List<BigDecimal> numbers = new ArrayList<>(sources.reports().size());
			for (ConsolidationSources.Filed report : sources.reports()) {
				UnitReportEntity.StoredValue stored = report.values().get(indicator.id());
				values.add(display(indicator, stored));
				if (stored != null && stored.number() != null) {
					numbers.add(stored.number());
				}
			}
			rows.add(new IndicatorMatrix.Row(indicator.code(), indicator.name(), indicator.unitOfMeasure(),
					indicator.aggregation(), values, total(indicator, numbers)));
		}
		return new IndicatorMatrix(columns, rows);
	}

	private static String display(Indicator indicator, UnitReportEntity.StoredValue stored) {
		if (stored == null) {
			return "";
		}
		if (indicator.type() == ValueType.YES_NO && stored.number() != null) {
			return stored.number().signum() > 0 ? "Có" : "Không";
		}
		return stored.number() != null ? IndicatorValues.format(stored.number()) : stored.raw();
	}

	static String total(Indicator indicator, List<BigDecimal> numbers) {
		if (numbers.isEmpty() || indicator.type() == ValueType.TEXT) {
			return "";
		}
		if (indicator.type() == ValueType.YES_NO) {
			long yes = numbers.stream().filter(n -> n.signum() > 0).count();
			return yes + "/" + numbers.size() + " có";
		}
		BigDecimal total = switch (indicator.aggregation()) {
			case SUM -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
			case AVERAGE -> numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
				.divide(BigDecimal.valueOf(numbers.size()), 2, RoundingMode.HALF_UP);
			case MAX -> numbers.stream().max(BigDecimal::compareTo).orElseThrow();
			case NONE -> null;
		};
		return total == null ? "" : IndicatorValues.format(total);
	}

}
