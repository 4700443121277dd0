package vn.tuyengiao.report.internal.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.report.internal.document.IndicatorTable.Row;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** An indicator table written as XLSX reopens with its figures as numbers, its text as text, in Times New Roman. */
class IndicatorTableXlsxWriterTests {

	static final IndicatorTable FIRST_QUARTER = new IndicatorTable(
			"Biểu số liệu kết quả công tác tuyên giáo quý I năm 2023",
			"Số liệu minh họa, không phải số liệu thật.", List.of("Quý I/2023", "Cùng kỳ 2022", "Ghi chú"),
			List.of(new Row("01", "Hội nghị học tập, quán triệt nghị quyết", "hội nghị", List.of("655", "612", "")),
					new Row("02", "Cán bộ, đảng viên tham dự hội nghị học tập, quán triệt nghị quyết", "người",
							List.of("42.904", "40.117", "")),
					new Row("03", "Tỷ lệ đảng viên được học tập", "%", List.of("97,55", "96,8", "")),
					new Row("04", "Lượt người nghe tuyên truyền miệng", "lượt", List.of("4.012.530", "—", "Quý I")),
					new Row("05", "Cộng tác viên dư luận xã hội cấp tỉnh", "người", List.of("32", "1.5", "007"))));

	/** Rows of the sheet: title, note, header, then the indicators. */
	static final int HEADER = 2;

	final IndicatorTableXlsxWriter writer = new IndicatorTableXlsxWriter();

	@Test
	void writesTheTitleTheNoteAndTheHeader() {
		XSSFSheet sheet = written(FIRST_QUARTER).getSheetAt(0);

		assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
			.isEqualTo("Biểu số liệu kết quả công tác tuyên giáo quý I năm 2023");
		assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
		assertThat(sheet.getMergedRegions()).contains(new CellRangeAddress(0, 0, 0, 5));
		assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
			.isEqualTo("Số liệu minh họa, không phải số liệu thật.");
		assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFont().getItalic()).isTrue();

		XSSFRow header = sheet.getRow(HEADER);
		assertThat(texts(header)).containsExactly("Mã số", "Chỉ tiêu", "Đơn vị tính", "Quý I/2023", "Cùng kỳ 2022",
				"Ghi chú");
		assertThat(header.getCell(3).getCellStyle()).satisfies(style -> {
			assertThat(style.getFont().getBold()).isTrue();
			assertThat(style.getWrapText()).isTrue();
			assertThat(style.getBorderBottom()).isEqualTo(BorderStyle.THIN);
		});
	}

	@Test
	void writesVietnameseNumbersAsNumbersWithThousandsGrouped() {
		XSSFSheet sheet = written(FIRST_QUARTER).getSheetAt(0);

		Cell attendees = sheet.getRow(HEADER + 2).getCell(3);
		assertThat(attendees.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(attendees.getNumericCellValue()).isEqualTo(42904.0);
		assertThat(attendees.getCellStyle().getDataFormatString()).isEqualTo("#,##0");

		Cell share = sheet.getRow(HEADER + 3).getCell(3);
		assertThat(share.getCellType()).isEqualTo(CellType.NUMERIC);
		assertThat(share.getNumericCellValue()).isEqualTo(97.55);
		assertThat(share.getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
		assertThat(sheet.getRow(HEADER + 3).getCell(4).getNumericCellValue()).isEqualTo(96.8);

		assertThat(sheet.getRow(HEADER + 4).getCell(3).getNumericCellValue()).isEqualTo(4012530.0);
		assertThat(sheet.getRow(HEADER + 1).getCell(3).getNumericCellValue()).isEqualTo(655.0);
	}

	@Test
	void keepsTextAsText() {
		XSSFSheet sheet = written(FIRST_QUARTER).getSheetAt(0);

		XSSFRow listeners = sheet.getRow(HEADER + 4);
		assertThat(texts(listeners)).containsExactly("04", "Lượt người nghe tuyên truyền miệng", "lượt", "4.012.530",
				"—", "Quý I");
		assertThat(Stream.of(0, 1, 2, 4, 5).map(listeners::getCell)).extracting(Cell::getCellType)
			.containsOnly(CellType.STRING);
		XSSFRow collaborators = sheet.getRow(HEADER + 5);
		assertThat(collaborators.getCell(4).getCellType()).isEqualTo(CellType.STRING);
		assertThat(collaborators.getCell(4).getStringCellValue()).isEqualTo("1.5");
		assertThat(collaborators.getCell(5).getStringCellValue()).isEqualTo("007");
		assertThat(sheet.getRow(HEADER + 1).getCell(5).getCellType()).isEqualTo(CellType.BLANK);
	}

	@Test
	void readsFiguresTheVietnameseWay() {
		assertThat(IndicatorTableXlsxWriter.figure("42.904")).hasValueSatisfying(figure -> {
			assertThat(figure.value()).isEqualByComparingTo("42904");
			assertThat(figure.format()).isEqualTo("#,##0");
		});
		assertThat(IndicatorTableXlsxWriter.figure(" -1.234,5 ")).hasValueSatisfying(figure -> {
			assertThat(figure.value()).isEqualByComparingTo("-1234.5");
			assertThat(figure.format()).isEqualTo("#,##0.0");
		});
		assertThat(IndicatorTableXlsxWriter.figure("97,55%")).hasValueSatisfying(figure -> {
			assertThat(figure.value()).isEqualByComparingTo("0.9755");
			assertThat(figure.format()).isEqualTo("0.00%");
		});
		assertThat(IndicatorTableXlsxWriter.figure("0")).isPresent();
		assertThat(Stream.of("1.5", "12.34", "1.2345", "01", "007", "Quý I", "—", "", "97.55"))
			.allSatisfy(text -> assertThat(IndicatorTableXlsxWriter.figure(text)).as(text).isEmpty());
	}

	@Test
	void keepsTheHeaderAndTheNamesInView() {
		XSSFSheet sheet = written(FIRST_QUARTER).getSheetAt(0);

		PaneInformation panes = sheet.getPaneInformation();
		assertThat(panes.isFreezePane()).isTrue();
		assertThat(panes.getVerticalSplitLeftColumn()).isEqualTo((short) 2);
		assertThat(panes.getHorizontalSplitTopRow()).isEqualTo((short) (HEADER + 1));
		assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
	}

	@Test
	void printsEveryStyleInTimesNewRoman12() {
		XSSFWorkbook workbook = written(FIRST_QUARTER);

		List<XSSFFont> fonts = new ArrayList<>();
		for (int i = 0; i < workbook.getNumCellStyles(); i++) {
			fonts.add(workbook.getCellStyleAt(i).getFont());
		}
		assertThat(fonts).hasSizeGreaterThan(5).allSatisfy(font -> {
			assertThat(font.getFontName()).isEqualTo("Times New Roman");
			assertThat(font.getFontHeightInPoints()).isEqualTo((short) 12);
		});
	}

	@Test
	void printsOnA4LandscapeOnePageWide() {
		XSSFSheet sheet = written(FIRST_QUARTER).getSheetAt(0);

		PrintSetup setup = sheet.getPrintSetup();
		assertThat(setup.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
		assertThat(setup.getLandscape()).isTrue();
		assertThat(sheet.getFitToPage()).isTrue();
		assertThat(setup.getFitWidth()).isEqualTo((short) 1);
		assertThat(setup.getFitHeight()).isZero();
	}

	@Test
	void givesTheNamesRoomAndWrapsTheLongOnes() {
		XSSFSheet sheet = written(FIRST_QUARTER).getSheetAt(0);

		assertThat(sheet.getColumnWidth(1)).isGreaterThan(sheet.getColumnWidth(3))
			.isGreaterThan(sheet.getColumnWidth(0));
		XSSFCellStyle name = sheet.getRow(HEADER + 2).getCell(1).getCellStyle();
		assertThat(name.getWrapText()).isTrue();
		assertThat(sheet.getRow(HEADER + 2).getHeightInPoints())
			.isGreaterThan(sheet.getRow(HEADER + 1).getHeightInPoints());
	}

	@Test
	void leavesOutAnEmptyNote() {
		IndicatorTable withoutNote = new IndicatorTable("Biểu số liệu", null, List.of("Quý I/2023"),
				List.of(new Row("01", "Hội nghị", "hội nghị", List.of("655"))));

		XSSFSheet sheet = written(withoutNote).getSheetAt(0);

		assertThat(texts(sheet.getRow(1))).startsWith("Mã số", "Chỉ tiêu");
		assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(655.0);
	}

	@Test
	void rejectsARowWithoutAFigureForEachColumn() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IndicatorTable("Biểu", "", List.of("Quý I/2023", "Quý II/2023"),
					List.of(new Row("01", "Hội nghị", "hội nghị", List.of("655")))))
			.withMessageContaining("01");
	}

	XSSFWorkbook written(IndicatorTable table) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.writer.write(table, out);
		try {
			return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Each cell as Excel shows it in Vietnamese: numbers grouped with dots, as they were written. */
	static List<String> texts(XSSFRow row) {
		DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
		List<String> texts = new ArrayList<>();
		row.forEach(cell -> texts.add(formatter.formatCellValue(cell)));
		return texts;
	}

}
