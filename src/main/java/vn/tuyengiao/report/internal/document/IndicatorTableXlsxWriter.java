package vn.tuyengiao.report.internal.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.tuyengiao.report.internal.document.IndicatorTable.Row;

/**
 * Writes an {@link IndicatorTable} as an XLSX sheet that units can sort, sum and reuse: a title, a note, a
 * header of code, name, unit and the figure columns, then one row per indicator. Figures that are numbers
 * become numeric cells (read the Vietnamese way: a dot groups thousands, a comma starts the decimals) shown
 * with thousands grouping, so Excel adds them up; anything else stays text as given.
 * <p>
 * Every style uses Times New Roman 12, as the report it belongs to does. The header stays in view while
 * scrolling (panes frozen under it and right of the indicator names) and is repeated on each printed page;
 * the sheet prints on A4 landscape, one page wide. Stateless: one instance can serve every request.
 */
public final class IndicatorTableXlsxWriter {

	static final String FONT = PartyForm.FONT;

	static final short FONT_SIZE = 12;

	static final List<String> FIXED_HEADERS = List.of("Mã số", "Chỉ tiêu", "Đơn vị tính");

	/** The code and name columns stay in view when the figures scroll. */
	static final int FROZEN_COLUMNS = 2;

	/**
	 * {@code 42.904}, {@code 1.234.567}, {@code 97,55}, {@code 97,55%}, {@code -3}: the sign, the whole part
	 * (grouped by dots in threes, or not grouped), the decimals after a comma, and a percent sign.
	 */
	private static final Pattern NUMBER = Pattern.compile("([-+]?)(\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,(\\d+))?(%?)");

	/** A 12 pt Times New Roman line, with Excel's leading. */
	private static final float LINE_HEIGHT = 15.75f;

	/**
	 * Writes the table to {@code out}, which is left open.
	 * @throws DocumentNotWritten if {@code out} cannot be written
	 */
	public void write(IndicatorTable table, OutputStream out) {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			new Sheet(workbook, table).write();
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new DocumentNotWritten(ex);
		}
	}

	/**
	 * The number a cell shows, or empty when it is text. Codes with a leading zero ({@code 01}) stay text,
	 * as do {@code 1.5} and {@code 12.34}, which are not Vietnamese numbers.
	 */
	static Optional<Figure> figure(String cell) {
		Matcher number = NUMBER.matcher(cell.strip());
		if (!number.matches() || number.group(2).length() > 1 && number.group(2).startsWith("0")) {
			return Optional.empty();
		}
		String decimals = number.group(3) == null ? "" : number.group(3);
		BigDecimal value = new BigDecimal(number.group(1) + number.group(2).replace(".", "")
				+ (decimals.isEmpty() ? "" : "." + decimals));
		boolean percent = !number.group(4).isEmpty();
		return Optional.of(new Figure(percent ? value.movePointLeft(2) : value, decimals.length(), percent));
	}

	/** A figure's value and how to show it: as many decimals as it was written with, grouped thousands. */
	record Figure(BigDecimal value, int decimals, boolean percent) {

		String format() {
			String fraction = this.decimals == 0 ? "" : "." + "0".repeat(this.decimals);
			return this.percent ? "0" + fraction + "%" : "#,##0" + fraction;
		}

	}

	/** One workbook being written: its fonts and styles, made once and shared by the cells. */
	private static final class Sheet {

		private final XSSFWorkbook workbook;

		private final IndicatorTable table;

		private final XSSFSheet sheet;

		private final XSSFCellStyle title;

		private final XSSFCellStyle note;

		private final XSSFCellStyle header;

		private final XSSFCellStyle centred;

		private final XSSFCellStyle name;

		private final XSSFCellStyle text;

		private final Map<String, XSSFCellStyle> numbers = new HashMap<>();

		private final int[] widths;

		Sheet(XSSFWorkbook workbook, IndicatorTable table) {
			this.workbook = workbook;
			this.table = table;
			this.sheet = workbook.createSheet(
					WorkbookUtil.createSafeSheetName(table.title().isBlank() ? "Biểu số liệu" : table.title()));
			// The workbook's first font backs the default style, so even empty cells are Times New Roman 12.
			XSSFFont regular = font(workbook.getFontAt(0));
			XSSFFont bold = font(workbook.createFont());
			bold.setBold(true);
			XSSFFont italic = font(workbook.createFont());
			italic.setItalic(true);

			this.title = style(bold, HorizontalAlignment.CENTER, false);
			this.title.setWrapText(true);
			this.note = style(italic, HorizontalAlignment.LEFT, false);
			this.note.setWrapText(true);
			this.header = style(bold, HorizontalAlignment.CENTER, true);
			this.header.setWrapText(true);
			this.centred = style(regular, HorizontalAlignment.CENTER, true);
			this.name = style(regular, HorizontalAlignment.LEFT, true);
			this.name.setWrapText(true);
			this.text = style(regular, HorizontalAlignment.RIGHT, true);
			this.widths = columnWidths(table);
		}

		void write() {
			int last = this.widths.length - 1;
			int rowIndex = 0;
			XSSFRow titleRow = this.sheet.createRow(rowIndex);
			merged(titleRow, last, this.table.title(), this.title);
			rowIndex++;
			if (!this.table.note().isBlank()) {
				merged(this.sheet.createRow(rowIndex), last, this.table.note(), this.note);
				rowIndex++;
			}
			int headerIndex = rowIndex;
			XSSFRow headerRow = this.sheet.createRow(headerIndex);
			List<String> headers = headers();
			for (int column = 0; column < headers.size(); column++) {
				cell(headerRow, column, headers.get(column), this.header);
			}
			fitHeight(headerRow, headers);
			for (Row indicator : this.table.rows()) {
				XSSFRow row = this.sheet.createRow(++rowIndex);
				cell(row, 0, indicator.code(), this.centred);
				cell(row, 1, indicator.name(), this.name);
				cell(row, 2, indicator.unitOfMeasure(), this.centred);
				for (int column = 0; column < indicator.cells().size(); column++) {
					figureCell(row, FIXED_HEADERS.size() + column, indicator.cells().get(column));
				}
				fitHeight(row, List.of(indicator.code(), indicator.name(), indicator.unitOfMeasure()));
			}
			for (int column = 0; column < this.widths.length; column++) {
				this.sheet.setColumnWidth(column, this.widths[column] * 256);
			}
			this.sheet.createFreezePane(FROZEN_COLUMNS, headerIndex + 1);
			print(headerIndex);
		}

		private List<String> headers() {
			return Stream.concat(FIXED_HEADERS.stream(), this.table.columns().stream()).toList();
		}

		/** A title or note across the whole table; Excel never grows a merged row, so its height is set. */
		private void merged(XSSFRow row, int lastColumn, String value, XSSFCellStyle style) {
			for (int column = 0; column <= lastColumn; column++) {
				row.createCell(column).setCellStyle(style);
			}
			row.getCell(0).setCellValue(PartyForm.nfc(value));
			if (lastColumn > 0) {
				this.sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, lastColumn));
			}
			int width = 0;
			for (int column = 0; column <= lastColumn; column++) {
				width += this.widths[column];
			}
			row.setHeightInPoints(lines(value, width) * LINE_HEIGHT);
		}

		private void cell(XSSFRow row, int column, String value, XSSFCellStyle style) {
			XSSFCell cell = row.createCell(column);
			cell.setCellStyle(style);
			if (!value.isEmpty()) {
				cell.setCellValue(PartyForm.nfc(value));
			}
		}

		private void figureCell(XSSFRow row, int column, String value) {
			Optional<Figure> figure = figure(value);
			if (figure.isEmpty()) {
				cell(row, column, value, this.text);
				return;
			}
			XSSFCell cell = row.createCell(column);
			cell.setCellStyle(this.numbers.computeIfAbsent(figure.get().format(), this::numberStyle));
			cell.setCellValue(figure.get().value().doubleValue());
		}

		/** Wrapped text in the columns given grows the row; Excel does not measure rows a program wrote. */
		private void fitHeight(XSSFRow row, List<String> values) {
			int lines = 1;
			for (int column = 0; column < values.size(); column++) {
				lines = Math.max(lines, lines(values.get(column), this.widths[column]));
			}
			if (lines > 1) {
				row.setHeightInPoints(lines * LINE_HEIGHT);
			}
		}

		private XSSFCellStyle numberStyle(String format) {
			XSSFCellStyle style = style(this.workbook.getFontAt(0), HorizontalAlignment.RIGHT, true);
			style.setDataFormat(this.workbook.createDataFormat().getFormat(format));
			return style;
		}

		private XSSFCellStyle style(XSSFFont font, HorizontalAlignment alignment, boolean bordered) {
			XSSFCellStyle style = this.workbook.createCellStyle();
			style.setFont(font);
			style.setAlignment(alignment);
			style.setVerticalAlignment(VerticalAlignment.CENTER);
			if (bordered) {
				style.setBorderTop(BorderStyle.THIN);
				style.setBorderBottom(BorderStyle.THIN);
				style.setBorderLeft(BorderStyle.THIN);
				style.setBorderRight(BorderStyle.THIN);
			}
			return style;
		}

		/** A4 landscape, one page wide, the header row on every page, page numbers at the foot. */
		private void print(int headerIndex) {
			PrintSetup setup = this.sheet.getPrintSetup();
			setup.setPaperSize(PrintSetup.A4_PAPERSIZE);
			setup.setLandscape(true);
			this.sheet.setFitToPage(true);
			setup.setFitWidth((short) 1);
			setup.setFitHeight((short) 0);
			this.sheet.setHorizontallyCenter(true);
			this.sheet.setMargin(PageMargin.LEFT, 0.6);
			this.sheet.setMargin(PageMargin.RIGHT, 0.6);
			this.sheet.setMargin(PageMargin.TOP, 0.8);
			this.sheet.setMargin(PageMargin.BOTTOM, 0.8);
			this.sheet.setRepeatingRows(new CellRangeAddress(headerIndex, headerIndex, -1, -1));
			this.sheet.getFooter().setCenter("&\"" + FONT + ",Regular\"&" + FONT_SIZE + "Trang &P/&N");
		}

	}

	private static XSSFFont font(XSSFFont font) {
		font.setFontName(FONT);
		font.setFontHeightInPoints(FONT_SIZE);
		return font;
	}

	/**
	 * Widths in characters: the code and unit as wide as their longest entry, the names up to 60 characters
	 * before they wrap, the figures at least 10 so large numbers fit.
	 */
	static int[] columnWidths(IndicatorTable table) {
		int[] widths = new int[FIXED_HEADERS.size() + table.columns().size()];
		widths[0] = clamp(longest(FIXED_HEADERS.get(0), table.rows().stream().map(Row::code).toList()), 6, 12);
		widths[1] = clamp(longest(FIXED_HEADERS.get(1), table.rows().stream().map(Row::name).toList()), 30, 60);
		widths[2] = clamp(longest(FIXED_HEADERS.get(2), table.rows().stream().map(Row::unitOfMeasure).toList()), 10,
				16);
		for (int column = 0; column < table.columns().size(); column++) {
			int figure = column;
			widths[FIXED_HEADERS.size() + column] = clamp(longest(table.columns().get(column),
					table.rows().stream().map(row -> row.cells().get(figure)).toList()), 10, 20);
		}
		return widths;
	}

	private static int longest(String header, List<String> values) {
		int longest = header.length();
		for (String value : values) {
			longest = Math.max(longest, value.length());
		}
		return longest + 2;
	}

	private static int clamp(int value, int min, int max) {
		return Math.max(min, Math.min(max, value));
	}

	/** About how many lines {@code text} takes in a column {@code width} characters wide. */
	static int lines(String text, int width) {
		int usable = Math.max(1, width - 1);
		int lines = 0;
		for (String line : text.split("\\R", -1)) {
			lines += Math.max(1, (line.length() + usable - 1) / usable);
		}
		return Math.max(1, lines);
	}

}
