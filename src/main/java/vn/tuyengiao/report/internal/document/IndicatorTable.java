package vn.tuyengiao.report.internal.document;

import java.util.List;
import java.util.Objects;

/**
 * A table of indicator figures as it leaves the platform for a spreadsheet: the appendix of a report
 * (Phụ lục: biểu số liệu), one indicator a row and one period or unit a column.
 * <p>
 * Figures are display strings written the Vietnamese way ({@code 42.904}, {@code 97,55}), exactly as the
 * report prints them, so the spreadsheet and the report cannot disagree; the writer turns those that are
 * numbers into numbers. {@code columns} names the figure columns only: the code, name and unit columns
 * are part of every table.
 */
public record IndicatorTable(String title, String note, List<String> columns, List<Row> rows) {

	public IndicatorTable {
		Objects.requireNonNull(title, "title");
		note = note == null ? "" : note;
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		for (Row row : rows) {
			if (row.cells().size() != columns.size()) {
				throw new IndicatorTableMalformed(row.code(), row.cells(), columns.size());
			}
		}
	}

	/** One indicator; an empty cell is a figure not reported. */
	public record Row(String code, String name, String unitOfMeasure, List<String> cells) {

		public Row {
			code = code == null ? "" : code;
			Objects.requireNonNull(name, "name");
			unitOfMeasure = unitOfMeasure == null ? "" : unitOfMeasure;
			cells = cells.stream().map(cell -> cell == null ? "" : cell).toList();
		}

	}

}
