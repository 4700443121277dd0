package vn.tuyengiao.report.internal;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import vn.tuyengiao.platform.DomainProblem.FieldProblem;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.ValueType;

/**
 * Reads a value as people type it in Vietnamese reports: {@code 42.904} and {@code 42 904} are
 * forty-two thousand nine hundred and four, {@code 97,55} is a decimal, {@code 97,55%} a percentage,
 * {@code có} or {@code không} a yes-no answer. A dot followed by exactly three digits is a thousands
 * separator, as in Vietnamese usage; {@code 97.5} (one or two digits after the dot) is read as a
 * decimal, as people paste from English software.
 */
final class IndicatorValues {

	static final int MAX_TEXT = 2000;

	/**
	 * The longest figure read as a number: 30 digits with their separators, sign and percent. Longer input
	 * is refused before any parsing, so a value of a million digits costs nothing.
	 */
	static final int MAX_NUMBER = 45;

	private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}([. ]\\d{3})+(,\\d+)?");

	private static final Pattern PLAIN = Pattern.compile("-?\\d+([.,]\\d+)?");

	private IndicatorValues() {
	}

	/** A value read: its number (for numeric and yes-no types), or the problem to show. */
	record Reading(BigDecimal number, FieldProblem problem) {

		boolean ok() {
			return problem == null;
		}

	}

	static Reading read(Indicator indicator, String raw) {
		if (raw != null && raw.length() > MAX_TEXT) {
			return problem(indicator, "value.too-long", "", MAX_TEXT);
		}
		String value = raw == null ? "" : raw.strip();
		if (value.isEmpty()) {
			return new Reading(null, null);
		}
		if (indicator.type() != ValueType.TEXT && value.length() > MAX_NUMBER) {
			return problem(indicator, "value.too-long", "", MAX_NUMBER);
		}
		return switch (indicator.type()) {
			case TEXT -> new Reading(null, null);
			case YES_NO -> yesNo(indicator, value);
			case INTEGER, DECIMAL, PERCENT -> number(indicator, value);
		};
	}

	private static Reading yesNo(Indicator indicator, String value) {
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "có", "co", "yes", "true", "1", "x" -> new Reading(BigDecimal.ONE, null);
			case "không", "khong", "no", "false", "0" -> new Reading(BigDecimal.ZERO, null);
			default -> problem(indicator, "value.not-yes-no", value);
		};
	}

	private static Reading number(Indicator indicator, String value) {
		String text = value;
		if (indicator.type() == ValueType.PERCENT && text.endsWith("%")) {
			text = text.substring(0, text.length() - 1).strip();
		}
		BigDecimal number = parseNumber(text);
		if (number == null) {
			return problem(indicator, indicator.type() == ValueType.INTEGER ? "value.not-integer" : "value.not-number", value);
		}
		if (indicator.type() == ValueType.INTEGER && number.stripTrailingZeros().scale() > 0) {
			return problem(indicator, "value.not-integer", value);
		}
		BigDecimal min = indicator.minValue() != null ? indicator.minValue()
				: indicator.type() == ValueType.PERCENT ? BigDecimal.ZERO : null;
		BigDecimal max = indicator.maxValue() != null ? indicator.maxValue()
				: indicator.type() == ValueType.PERCENT ? BigDecimal.valueOf(100) : null;
		if (min != null && number.compareTo(min) < 0) {
			return problem(indicator, "value.below-min", value, min.stripTrailingZeros().toPlainString());
		}
		if (max != null && number.compareTo(max) > 0) {
			return problem(indicator, "value.above-max", value, max.stripTrailingZeros().toPlainString());
		}
		return new Reading(number, null);
	}

	/** {@code null} when the text is not a number in either Vietnamese or English notation. */
	static BigDecimal parseNumber(String text) {
		if (GROUPED.matcher(text).matches()) {
			return new BigDecimal(text.replace(".", "").replace(" ", "").replace(',', '.'));
		}
		if (PLAIN.matcher(text).matches()) {
			return new BigDecimal(text.replace(',', '.'));
		}
		return null;
	}

	/** How a consolidated table prints a number: Vietnamese grouping and decimal comma. */
	static String format(BigDecimal number) {
		if (number == null) {
			return "";
		}
		BigDecimal plain = number.stripTrailingZeros();
		if (plain.scale() < 0) {
			plain = plain.setScale(0);
		}
		String[] parts = plain.abs().toPlainString().split("\\.");
		StringBuilder grouped = new StringBuilder(parts[0]);
		for (int i = grouped.length() - 3; i > 0; i -= 3) {
			grouped.insert(i, '.');
		}
		String sign = number.signum() < 0 ? "-" : "";
		return sign + grouped + (parts.length > 1 ? "," + parts[1] : "");
	}

	private static Reading problem(Indicator indicator, String key, String value, Object... more) {
		Object[] arguments = new Object[3 + more.length];
		arguments[0] = indicator.name();
		arguments[1] = indicator.code();
		arguments[2] = value;
		System.arraycopy(more, 0, arguments, 3, more.length);
		return new Reading(null, new FieldProblem("values." + indicator.code(), key, arguments));
	}

}
