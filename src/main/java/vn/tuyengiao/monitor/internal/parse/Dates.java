package vn.tuyengiao.monitor.internal.parse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.tuyengiao.platform.VietnamTime;

/**
 * Publication times as sources write them. A time written without a zone is Vietnam time: that is what
 * Vietnamese sites and exports mean by it. Day comes before month, as in Vietnamese usage.
 */
final class Dates {

	private static final DateTimeFormatter ISO_WITH_BASIC_OFFSET = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
		.appendOffset("+HHMM", "Z")
		.toFormatter(Locale.ROOT);

	private static final DateTimeFormatter RFC_1123_LENIENT = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.parseLenient()
		.optionalStart()
		.appendPattern("EEE, ")
		.optionalEnd()
		.appendPattern("d MMM yyyy H:mm")
		.optionalStart()
		.appendPattern(":ss")
		.optionalEnd()
		.appendLiteral(' ')
		.appendPattern("[XX][XXX][z]")
		.toFormatter(Locale.ENGLISH);

	private static final Pattern DAY_FIRST = Pattern
		.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?:[ T,]+(\\d{1,2})[:hg](\\d{2})(?::(\\d{2}))?)?");

	/** A date such as 12/04/2023 or 12-4-2023, alone in running text. */
	private static final Pattern DATE_IN_TEXT = Pattern.compile("(?<!\\d)(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})(?!\\d)");

	/** Ngày 12 tháng 4 năm 2023, the form of official documents. */
	private static final Pattern DATE_IN_WORDS = Pattern
		.compile("(?iu)ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4})");

	/** A time of day: 08:30, 8h30, 08g30 (the g of giờ). */
	private static final Pattern TIME_IN_TEXT = Pattern.compile("(?<!\\d)(\\d{1,2})[:hg](\\d{2})(?!\\d)");

	/** How far from a date a time may stand to be its time, as in {@code 12/4/2023 - 08:30}. */
	private static final int TIME_REACH = 20;

	private Dates() {
	}

	/**
	 * A date or time in one of the formats sources write them in: ISO-8601 with or without an offset (a
	 * space may stand for the T), RFC 1123 as in RSS, {@code dd/MM/yyyy HH:mm[:ss]}, {@code dd/MM/yyyy},
	 * {@code yyyy-MM-dd}. A date alone is its first moment in Vietnam.
	 *
	 * @return null for null or blank text
	 * @throws DateTimeException when the text is none of these
	 * @throws OutOfRange when it is a date before 1900 or after 2100
	 */
	static Instant parse(String text) {
		return plausible(parseAnyYear(text));
	}

	/** The first moment a publication time may have: 1/1/1900 in Vietnam; earlier is a mistake in the data. */
	static final Instant EARLIEST = LocalDate.of(1900, 1, 1).atStartOfDay(VietnamTime.ZONE).toInstant();

	/** The first moment after the last one a publication time may have: 1/1/2101 in Vietnam. */
	static final Instant AFTER_LATEST = LocalDate.of(2101, 1, 1).atStartOfDay(VietnamTime.ZONE).toInstant();

	/**
	 * The time itself when it lies within 1900–2100 (or is null). A stored date outside it would sort before or
	 * after every real item and break the per-day views, so it is refused instead.
	 *
	 * @throws OutOfRange otherwise
	 */
	static Instant plausible(Instant at) {
		if (at != null && (at.isBefore(EARLIEST) || !at.isBefore(AFTER_LATEST))) {
			throw new OutOfRange(at);
		}
		return at;
	}

	/** A publication time outside 1900–2100. */
	static final class OutOfRange extends DateTimeException {

		OutOfRange(Instant at) {
			super("Date outside 1900-2100: " + at);
		}

	}

	private static Instant parseAnyYear(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		String value = text.strip();
		if (value.matches("\\d{4}-\\d{2}-\\d{2} \\d.*")) {
			value = value.replaceFirst(" ", "T");
		}
		for (DateTimeFormatter offsetFormat : new DateTimeFormatter[] { DateTimeFormatter.ISO_OFFSET_DATE_TIME,
				ISO_WITH_BASIC_OFFSET }) {
			try {
				return OffsetDateTime.parse(value, offsetFormat).toInstant();
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		try {
			return LocalDateTime.parse(value, DateTimeFormatter.ISO_LOCAL_DATE_TIME).atZone(VietnamTime.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next format
		}
		try {
			return LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE).atStartOfDay(VietnamTime.ZONE).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next format
		}
		try {
			return ZonedDateTime.parse(value, RFC_1123_LENIENT).toInstant();
		}
		catch (DateTimeParseException ex) {
			// try the next format
		}
		Matcher dayFirst = DAY_FIRST.matcher(value);
		if (dayFirst.matches()) {
			LocalDate date = LocalDate.of(number(dayFirst, 3), number(dayFirst, 2), number(dayFirst, 1));
			LocalTime time = dayFirst.group(4) == null ? LocalTime.MIDNIGHT
					: LocalTime.of(number(dayFirst, 4), number(dayFirst, 5),
							dayFirst.group(6) == null ? 0 : number(dayFirst, 6));
			return date.atTime(time).atZone(VietnamTime.ZONE).toInstant();
		}
		throw new DateTimeException("Unrecognised date: " + value);
	}

	/** {@link #parse} that answers null instead of throwing. */
	static Instant parseOrNull(String text) {
		try {
			return parse(text);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	/**
	 * The first date in running text such as {@code Thứ tư, 12/04/2023 08:30}, {@code 12/4/2023 - 08:30},
	 * {@code 08:30 12/04/2023} or {@code ngày 12 tháng 4 năm 2023}, with the time next to it if there is one.
	 *
	 * @return null when the text holds no valid date
	 */
	static Instant findInText(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		Matcher date = DATE_IN_TEXT.matcher(text);
		while (date.find()) {
			Instant found = at(text, date);
			if (found != null) {
				return found;
			}
		}
		Matcher words = DATE_IN_WORDS.matcher(text);
		while (words.find()) {
			Instant found = at(text, words);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	/** The date a match found, at the time written just after it or else just before it. */
	private static Instant at(String text, Matcher date) {
		LocalDate day;
		try {
			day = LocalDate.of(number(date, 3), number(date, 2), number(date, 1));
		}
		catch (DateTimeException ex) {
			return null;
		}
		LocalTime time = timeIn(text.substring(date.end(), Math.min(text.length(), date.end() + TIME_REACH)), true);
		if (time == null) {
			time = timeIn(text.substring(Math.max(0, date.start() - TIME_REACH), date.start()), false);
		}
		return day.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(VietnamTime.ZONE).toInstant();
	}

	private static LocalTime timeIn(String near, boolean first) {
		Matcher time = TIME_IN_TEXT.matcher(near);
		LocalTime found = null;
		while (time.find()) {
			int hour = number(time, 1);
			int minute = number(time, 2);
			if (ChronoField.HOUR_OF_DAY.range().isValidValue(hour) && ChronoField.MINUTE_OF_HOUR.range().isValidValue(minute)) {
				found = LocalTime.of(hour, minute);
				if (first) {
					return found;
				}
			}
		}
		return found;
	}

	private static int number(Matcher matcher, int group) {
		return Integer.parseInt(matcher.group(group));
	}

}
