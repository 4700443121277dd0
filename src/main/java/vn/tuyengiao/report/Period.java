package vn.tuyengiao.report;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tuyengiao.platform.InvalidInput;

/**
 * A reporting period (kỳ báo cáo) with a DHIS2-style code: {@code 2023Q1} (quarter), {@code 2023S1}
 * (six months), {@code 2023} (year), {@code 202304} (month).
 */
public record Period(String code, PeriodType type, LocalDate start, LocalDate end) {

	private static final Pattern CODE = Pattern.compile("(\\d{4})(?:Q([1-4])|S([12])|(0[1-9]|1[0-2]))?");

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	/** Reads a code; a malformed one is an {@link InvalidInput} on the field {@code period}. */
	public static Period parse(String code) {
		Matcher m = code == null ? null : CODE.matcher(code.trim());
		if (m == null || !m.matches()) {
			throw new InvalidInput("period", "period.invalid", code);
		}
		int year = Integer.parseInt(m.group(1));
		if (m.group(2) != null) {
			int quarter = Integer.parseInt(m.group(2));
			LocalDate start = LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
			return new Period(m.group(0), PeriodType.QUARTER, start, start.plusMonths(3).minusDays(1));
		}
		if (m.group(3) != null) {
			int half = Integer.parseInt(m.group(3));
			LocalDate start = LocalDate.of(year, half == 1 ? 1 : 7, 1);
			return new Period(m.group(0), PeriodType.HALF_YEAR, start, start.plusMonths(6).minusDays(1));
		}
		if (m.group(4) != null) {
			LocalDate start = LocalDate.of(year, Integer.parseInt(m.group(4)), 1);
			return new Period(m.group(0), PeriodType.MONTH, start, start.plusMonths(1).minusDays(1));
		}
		return new Period(m.group(0), PeriodType.YEAR, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	public static Period quarter(int year, int quarter) {
		return parse(year + "Q" + quarter);
	}

	/** The period of the same type just before this one. */
	public Period previous() {
		LocalDate before = start.minusDays(1);
		return switch (type) {
			case MONTH -> parse(String.format("%d%02d", before.getYear(), before.getMonthValue()));
			case QUARTER -> parse(before.getYear() + "Q" + ((before.getMonthValue() - 1) / 3 + 1));
			case HALF_YEAR -> parse(before.getYear() + "S" + (before.getMonthValue() <= 6 ? 1 : 2));
			case YEAR -> parse(String.valueOf(before.getYear()));
		};
	}

	/** The period of the same type just after this one. */
	public Period next() {
		LocalDate after = end.plusDays(1);
		return switch (type) {
			case MONTH -> parse(String.format("%d%02d", after.getYear(), after.getMonthValue()));
			case QUARTER -> parse(after.getYear() + "Q" + ((after.getMonthValue() - 1) / 3 + 1));
			case HALF_YEAR -> parse(after.getYear() + "S" + (after.getMonthValue() <= 6 ? 1 : 2));
			case YEAR -> parse(String.valueOf(after.getYear()));
		};
	}

	/** How a Vietnamese document names the period: quý I năm 2023; 6 tháng đầu năm 2023; tháng 4 năm 2023. */
	public String vietnameseName() {
		int year = start.getYear();
		return switch (type) {
			case MONTH -> "tháng " + start.getMonthValue() + " năm " + year;
			case QUARTER -> "quý " + ROMAN[(start.getMonthValue() - 1) / 3] + " năm " + year;
			case HALF_YEAR -> (start.getMonthValue() == 1 ? "6 tháng đầu năm " : "6 tháng cuối năm ") + year;
			case YEAR -> "năm " + year;
		};
	}

}
