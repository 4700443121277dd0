package vn.tuyengiao.report.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

import vn.tuyengiao.platform.DomainProblem;
import vn.tuyengiao.platform.DomainProblem.FieldProblem;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.report.ReportCycle.ValueCheck;
import vn.tuyengiao.report.ReportForm;
import vn.tuyengiao.report.ReportStatus;
import vn.tuyengiao.report.ValueType;

/** Values far from the unit's earlier periods: warned about while typing, to be confirmed when submitting. */
@Component
class ReportOutliers {

	/** How many earlier periods a value is compared with, and how far from their average is "far". */
	static final int OUTLIER_HISTORY = 4;

	static final BigDecimal OUTLIER_FACTOR = BigDecimal.valueOf(3);

	private final UnitReportRepository reports;

	ReportOutliers(UnitReportRepository reports) {
		this.reports = reports;
	}

	/** The warning for one value, or {@code null} when it is near the unit's earlier periods (or has none). */
	FieldProblem outlier(UnitReportEntity report, Indicator indicator, BigDecimal value) {
		if (value == null || indicator.type() == ValueType.YES_NO || indicator.type() == ValueType.TEXT) {
			return null;
		}
		BigDecimal average = earlierAverage(report, indicator);
		if (average == null || average.signum() <= 0) {
			return null;
		}
		boolean far = value.compareTo(average.multiply(OUTLIER_FACTOR)) > 0
				|| value.multiply(OUTLIER_FACTOR).compareTo(average) < 0;
		return far ? new FieldProblem("values." + indicator.code(), "value.outlier", indicator.name(), indicator.code(),
				IndicatorValues.format(value), IndicatorValues.format(average.setScale(1, RoundingMode.HALF_UP))) : null;
	}

	/** The warnings for every stored value of the report, in the form's order. */
	List<ValueCheck> checks(UnitReportEntity report, ReportForm form) {
		List<ValueCheck> checks = new ArrayList<>();
		for (Indicator indicator : form.indicators()) {
			UnitReportEntity.StoredValue stored = report.values().get(indicator.id());
			if (stored != null && stored.number() != null) {
				FieldProblem warning = outlier(report, indicator, stored.number());
				if (warning != null) {
					checks.add(new ValueCheck(indicator.code(), null, warning, report.version()));
				}
			}
		}
		return checks;
	}

	/** Refuses a submission whose values are far from the unit's earlier periods, naming each one. */
	void requireConfirmed(UnitReportEntity report, ReportForm form) {
		List<FieldProblem> far = checks(report, form).stream().map(ValueCheck::warning).toList();
		if (!far.isEmpty()) {
			throw new OutliersNeedConfirmation(far);
		}
	}

	/** The unit's average for the indicator over its earlier submitted periods, or {@code null}. */
	private BigDecimal earlierAverage(UnitReportEntity report, Indicator indicator) {
		List<String> earlier = new ArrayList<>();
		Period period = Period.parse(report.periodCode());
		for (int i = 0; i < OUTLIER_HISTORY; i++) {
			period = period.previous();
			earlier.add(period.code());
		}
		List<BigDecimal> numbers = reports.findByUnitIdAndFormIdAndPeriodCodeInAndStatusIn(report.unitId(),
				report.formId(), earlier, List.of(ReportStatus.SUBMITTED, ReportStatus.ACCEPTED))
			.stream()
			.map(r -> r.values().get(indicator.id()))
			.filter(v -> v != null && v.number() != null)
			.map(UnitReportEntity.StoredValue::number)
			.toList();
		if (numbers.isEmpty()) {
			return null;
		}
		return numbers.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
			.divide(BigDecimal.valueOf(numbers.size()), 6, RoundingMode.HALF_UP);
	}

	/** Some values are far from the unit's earlier periods: the user must confirm them before submitting. */
	static class OutliersNeedConfirmation extends DomainProblem {

		OutliersNeedConfirmation(List<FieldProblem> far) {
			super(HttpStatus.UNPROCESSABLE_ENTITY, "report.outliers-unconfirmed", null, far, far.size());
		}

	}

}
