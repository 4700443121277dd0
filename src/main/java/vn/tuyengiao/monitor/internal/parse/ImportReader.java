package vn.tuyengiao.monitor.internal.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.tuyengiao.text.LegacyEncodings;

/**
 * Posts exported from other tools, read from CSV or JSONL (the formats are described for users in
 * {@code docs/IMPORTS.md}).
 * <p>
 * CSV: a header row naming the columns {@code url}, {@code title}, {@code text}, {@code published_at} and
 * {@code author} in any order and any case; other columns are ignored; comma-separated with RFC 4180 quoting.
 * JSONL: one JSON object per line with the same field names. Which one is decided by the first character:
 * an opening brace starts JSONL. UTF-8 with or without a byte-order mark; lines in the legacy Vietnamese encodings
 * (TCVN3, VNI, Windows-1258, as older Excel saves them) are read back as Unicode.
 * <p>
 * A row needs a web URL and a title or a text. Each bad row becomes a problem at its line number, with the
 * reason in Vietnamese; the good rows are kept.
 */
public final class ImportReader {

	/**
	 * The first entries of a file and every problem in it, shown before the user confirms an import.
	 *
	 * @param firstEntries up to the requested number of good entries, in file order
	 * @param entryCount how many good entries the whole file has
	 * @param problems every bad row of the whole file
	 */
	public record Preview(List<Entry> firstEntries, int entryCount, List<EntryProblem> problems) {

		public Preview {
			firstEntries = List.copyOf(firstEntries);
			problems = List.copyOf(problems);
		}

	}

	private static final String OUT_OF_RANGE = "nằm ngoài khoảng năm 1900–2100";

	static final List<String> FIELDS = List.of("url", "title", "text", "published_at", "author");

	private static final String DATE_FORMATS = "dùng dạng 2023-04-12T08:30:00+07:00, 2023-04-12 08:30, 12/04/2023 08:30, "
			+ "12/04/2023 hoặc 2023-04-12";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * Reads a whole file.
	 *
	 * @throws ParseFailed when the file is empty, a JSON array rather than JSONL, or a CSV without a
	 * {@code url} column or without both {@code title} and {@code text} columns
	 */
	public ParseResult read(byte[] content) {
		String text = decode(content);
		return text.stripLeading().startsWith("{") ? readJsonLines(text) : readCsv(text);
	}

	/** The first {@code limit} good entries, the number of good entries and all problems of a file. */
	public Preview preview(byte[] content, int limit) {
		ParseResult all = read(content);
		List<Entry> first = all.entries().subList(0, Math.min(Math.max(limit, 0), all.entries().size()));
		return new Preview(first, all.entries().size(), all.problems());
	}

	private static String decode(byte[] content) {
		if (content == null || content.length == 0) {
			throw new ParseFailed("Tệp nhập trống.");
		}
		String text = LegacyEncodings.decode(content).text();
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw new ParseFailed("Tệp nhập trống.");
		}
		if (text.stripLeading().startsWith("[")) {
			throw new ParseFailed("Tệp JSON phải ở dạng JSONL: mỗi dòng một đối tượng {...}, không phải một mảng [...].");
		}
		return text;
	}

	private static ParseResult readCsv(String text) {
		CSVFormat format = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreHeaderCase(true)
			.setIgnoreSurroundingSpaces(true)
			.setIgnoreEmptyLines(false)
			.setAllowMissingColumnNames(true)
			.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
			.get();
		List<Entry> entries = new ArrayList<>();
		List<EntryProblem> problems = new ArrayList<>();
		try (CSVParser parser = CSVParser.parse(text, format)) {
			List<String> header = parser.getHeaderNames().stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
			if (!header.contains("url")) {
				throw new ParseFailed("Tệp CSV thiếu cột url. Dòng đầu tiên phải là dòng tiêu đề, ví dụ: "
						+ String.join(",", FIELDS) + ".");
			}
			if (!header.contains("title") && !header.contains("text")) {
				throw new ParseFailed("Tệp CSV cần ít nhất một trong hai cột title hoặc text.");
			}
			Iterator<CSVRecord> records = parser.iterator();
			while (true) {
				int line = (int) parser.getCurrentLineNumber() + 1;
				CSVRecord record;
				try {
					if (!records.hasNext()) {
						break;
					}
					record = records.next();
				}
				catch (UncheckedIOException | IllegalStateException ex) {
					// the parser cannot find where the broken row ends, so nothing after it can be trusted
					problems.add(new EntryProblem(line, "Lỗi định dạng CSV (thường do dấu ngoặc kép không được đóng); "
							+ "các dòng từ đây trở đi không được đọc."));
					break;
				}
				Map<String, String> row = new HashMap<>();
				for (String field : FIELDS) {
					if (record.isMapped(field) && record.isSet(field)) {
						row.put(field, record.get(field));
					}
				}
				if (record.stream().allMatch(String::isBlank)) {
					continue; // an empty line
				}
				add(row, line, entries, problems);
			}
		}
		catch (IOException ex) {
			throw new ParseFailed("Không đọc được tệp CSV.", ex);
		}
		return new ParseResult(entries, problems);
	}

	private static ParseResult readJsonLines(String text) {
		List<Entry> entries = new ArrayList<>();
		List<EntryProblem> problems = new ArrayList<>();
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			int line = i + 1;
			if (lines[i].isBlank()) {
				continue;
			}
			JsonNode node;
			try {
				node = JSON.readTree(lines[i]);
			}
			catch (JacksonException ex) {
				problems.add(new EntryProblem(line, "Dòng này không phải JSON hợp lệ."));
				continue;
			}
			if (node == null || !node.isObject()) {
				problems.add(new EntryProblem(line, "Mỗi dòng phải là một đối tượng JSON {...}."));
				continue;
			}
			Map<String, String> row = new HashMap<>();
			List<String> wrongTypes = new ArrayList<>();
			String outOfRange = null;
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				String field = property.getKey().strip().toLowerCase(Locale.ROOT);
				JsonNode value = property.getValue();
				if (!FIELDS.contains(field) || value.isNull()) {
					continue;
				}
				if (value.isString()) {
					row.put(field, value.asString());
				}
				else if (field.equals("published_at") && value.isIntegralNumber()) {
					Instant at = value.canConvertToLong() ? epoch(value.longValue()) : null;
					if (at == null || at.isBefore(Dates.EARLIEST) || !at.isBefore(Dates.AFTER_LATEST)) {
						outOfRange = value.toString();
					}
					else {
						row.put(field, at.toString());
					}
				}
				else {
					wrongTypes.add(field);
				}
			}
			if (!wrongTypes.isEmpty()) {
				problems.add(new EntryProblem(line, "Trường " + String.join(", ", wrongTypes) + " phải là chuỗi."));
				continue;
			}
			if (outOfRange != null) {
				problems.add(new EntryProblem(line, "Ngày giờ published_at " + abbreviate(outOfRange) + " " + OUT_OF_RANGE
						+ " (một số được đọc là giây, hoặc mili giây, kể từ 1/1/1970)."));
				continue;
			}
			add(row, line, entries, problems);
		}
		return new ParseResult(entries, problems);
	}

	/** Seconds or milliseconds since 1970, told apart by size: seconds would be past the year 5000. */
	private static Instant epoch(long value) {
		return Math.abs(value) < 100_000_000_000L ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
	}

	/** One row checked: an entry when it is good, else a problem naming everything wrong with it. */
	private static void add(Map<String, String> row, int line, List<Entry> entries, List<EntryProblem> problems) {
		List<String> reasons = new ArrayList<>();
		String url = null;
		String rawUrl = blankToNull(row.get("url"));
		if (rawUrl == null) {
			reasons.add("thiếu url");
		}
		else {
			try {
				url = CanonicalUrl.of(rawUrl);
			}
			catch (InvalidUrl ex) {
				reasons.add("đường dẫn url không hợp lệ (" + lowerFirst(ex.getMessage()) + ")");
			}
		}
		String title = blankToNull(row.get("title"));
		String text = blankToNull(row.get("text"));
		if (title == null && text == null) {
			reasons.add("cần ít nhất title hoặc text");
		}
		Instant published = null;
		String rawDate = blankToNull(row.get("published_at"));
		if (rawDate != null) {
			try {
				published = Dates.parse(rawDate);
			}
			catch (Dates.OutOfRange ex) {
				reasons.add("ngày giờ published_at \"" + abbreviate(rawDate) + "\" " + OUT_OF_RANGE);
			}
			catch (DateTimeException ex) {
				reasons.add("ngày giờ published_at \"" + abbreviate(rawDate) + "\" không đúng định dạng (" + DATE_FORMATS + ")");
			}
		}
		if (!reasons.isEmpty()) {
			String reason = String.join("; ", reasons);
			problems.add(new EntryProblem(line, Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + "."));
			return;
		}
		entries.add(new Entry(url, title, blankToNull(row.get("author")), published, null, text, null, line));
	}

	/** A value as quoted back in a problem: long enough to find it, never a whole pasted text. */
	private static String abbreviate(String value) {
		return value.length() <= 40 ? value : value.substring(0, 40) + "…";
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static String lowerFirst(String message) {
		String trimmed = message.endsWith(".") ? message.substring(0, message.length() - 1) : message;
		return trimmed.isEmpty() ? trimmed : Character.toLowerCase(trimmed.charAt(0)) + trimmed.substring(1);
	}

}
