package vn.tuyengiao.report.internal.document;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.ooxml.util.POIXMLUnits;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PartyDocument.Heading;
import vn.tuyengiao.report.PartyDocument.Signature;
import vn.tuyengiao.report.PartyDocument.Table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static vn.tuyengiao.report.internal.document.PartyDocuments.DEPUTY_HEAD;
import static vn.tuyengiao.report.internal.document.PartyDocuments.INDICATORS;
import static vn.tuyengiao.report.internal.document.PartyDocuments.quarterlyReport;

/** A Party report written as DOCX reads back with the form, fonts, page and numbering Regulation 66 asks for. */
class PartyDocxWriterTests {

	final PartyDocxWriter writer = new PartyDocxWriter();

	@Test
	void printsTheFormAroundTheBody() {
		String text = text(written(quarterlyReport()));

		assertThat(text).contains("TỈNH ỦY BẮC KẠN", "BAN TUYÊN GIÁO", "Số 12-BC/BTGTU", "ĐẢNG CỘNG SẢN VIỆT NAM",
				"Bắc Kạn, ngày 12 tháng 4 năm 2023", "BÁO CÁO",
				"Kết quả công tác tuyên giáo quý I năm 2023; phương hướng, nhiệm vụ quý II năm 2023",
				"I. TÌNH HÌNH, KẾT QUẢ THỰC HIỆN NHIỆM VỤ", "1. Công tác tham mưu cấp ủy lãnh đạo, chỉ đạo",
				"- Tổ chức 655 hội nghị", "Số liệu minh họa, không phải số liệu thật", "Nơi nhận:",
				"- Ban Tuyên giáo Trung ương (b/c),", "- Lưu VP.", "Nguyễn Văn A");
	}

	@Test
	void signsAsDeputyForTheHead() {
		assertThat(text(written(quarterlyReport()))).contains("K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN");
		Signature forTheBoard = new Signature("T/M", "Ban Tuyên giáo", "Trưởng ban", "Trần Thị B");
		assertThat(PartyForm.signatureLines(forTheBoard)).containsExactly("T/M BAN TUYÊN GIÁO", "TRƯỞNG BAN");
		assertThat(PartyForm.signatureLines(new Signature("", "", "TRƯỞNG BAN", "Trần Thị B")))
			.containsExactly("TRƯỞNG BAN");
	}

	@Test
	void endsEachRecipientWithACommaAndTheLastWithAFullStop() {
		assertThat(PartyForm.recipientLine("Thường trực Tỉnh ủy (b/c)", false))
			.isEqualTo("- Thường trực Tỉnh ủy (b/c),");
		assertThat(PartyForm.recipientLine("Lưu VP", true)).isEqualTo("- Lưu VP.");
		assertThat(PartyForm.recipientLine("Lưu VP.", true)).isEqualTo("- Lưu VP.");
	}

	@Test
	void usesA4WithTheMarginsOfPartyDocuments() {
		CTSectPr section = written(quarterlyReport()).getDocument().getBody().getSectPr();

		CTPageSz size = section.getPgSz();
		assertThat(List.of(size.getW(), size.getH())).map(String::valueOf).containsExactly("11906", "16838");
		CTPageMar margins = section.getPgMar();
		assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
			.map(String::valueOf)
			.containsExactly("1134", "1134", "1701", "850");
	}

	@Test
	void printsEveryRunInTimesNewRoman() {
		XWPFDocument document = written(quarterlyReport());
		CTFonts defaults = document.getStyles().getDefaultRunStyle().getRPr().getRFontsArray(0);
		assertThat(Arrays.asList(defaults.getAscii(), defaults.getHAnsi(), defaults.getCs(), defaults.getEastAsia()))
			.containsOnly("Times New Roman");

		List<XWPFRun> runs = runs(document).filter(run -> !run.text().isEmpty()).toList();

		assertThat(runs).hasSizeGreaterThan(30).allSatisfy(run -> {
			for (FontCharRange range : FontCharRange.values()) {
				String font = run.getFontFamily(range);
				assertThat(font != null ? font : defaultFont(defaults, range)).as("%s of \"%s\"", range, run.text())
					.isEqualTo("Times New Roman");
			}
		});
	}

	@Test
	void numbersPagesFromTheSecond() {
		XWPFDocument document = written(quarterlyReport());

		assertThat(POIXMLUnits.parseOnOff(document.getDocument().getBody().getSectPr().getTitlePg())).isTrue();
		XWPFHeader firstPage = document.getHeaderFooterPolicy().getFirstPageHeader();
		assertThat(firstPage).isNotNull();
		assertThat(fieldCodes(firstPage)).isEmpty();
		assertThat(firstPage.getText()).isBlank();
		assertThat(fieldCodes(document.getHeaderFooterPolicy().getDefaultHeader())).containsExactly("PAGE");
	}

	@Test
	void keepsTheIndicatorTableAndAlignsNumbersRight() {
		XWPFTable table = written(quarterlyReport()).getTables()
			.stream()
			.filter(candidate -> candidate.getText().contains("Chỉ tiêu"))
			.findFirst()
			.orElseThrow();

		assertThat(table.getRows()).hasSize(5);
		assertThat(table.getRow(0).getTableCells()).extracting(XWPFTableCell::getText)
			.containsExactly("STT", "Chỉ tiêu", "Đơn vị", "Quý I/2023");
		assertThat(table.getRow(2).getTableCells()).extracting(XWPFTableCell::getText)
			.containsExactly("2", "Cán bộ, đảng viên tham dự", "người", "42.904");
		assertThat(table.getRow(2).getCell(3).getParagraphs().get(0).getAlignment())
			.isEqualTo(ParagraphAlignment.RIGHT);
		assertThat(table.getRow(3).getCell(3).getText()).isEqualTo("97,55");
		assertThat(table.getRow(2).getCell(1).getParagraphs().get(0).getAlignment())
			.isEqualTo(ParagraphAlignment.LEFT);
		assertThat(table.getRow(0).getCell(1).getParagraphs().get(0).getRuns().get(0).isBold()).isTrue();
	}

	@Test
	void givesTheIndicatorNamesTheRoomAndKeepsNarrowColumnsReadable() {
		int[] widths = PartyForm.columnWidths(INDICATORS);

		assertThat(Arrays.stream(widths).sum()).isEqualTo(11906 - 1701 - 850);
		assertThat(Arrays.stream(widths))
			.allSatisfy(width -> assertThat(width).isGreaterThanOrEqualTo(PartyForm.MIN_COLUMN_WIDTH));
		assertThat(widths[1]).isEqualTo(Arrays.stream(widths).max().orElseThrow());
	}

	@Test
	void recognisesNumbersWrittenTheVietnameseWay() {
		assertThat(Stream.of("655", "42.904", "1.234.567", "97,55", "97,55%", "-3"))
			.allMatch(PartyForm::isNumber);
		assertThat(Stream.of("Quý I", "1.5", "12.34", "hội nghị", "")).noneMatch(PartyForm::isNumber);
	}

	@Test
	void keepsVietnameseTextInNfc() {
		String place = "Bắc Kạn, ngày 12 tháng 4 năm 2023";
		assertThat(Normalizer.isNormalized(place, Normalizer.Form.NFC)).isTrue();

		String text = text(written(quarterlyReport(place, DEPUTY_HEAD)));

		assertThat(text).contains(place).contains("Bắc Kạn");
		assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).isTrue();
	}

	@Test
	void composesDecomposedAccentsIntoNfc() {
		String decomposed = Normalizer.normalize("Bắc Kạn, ngày 12 tháng 4 năm 2023", Normalizer.Form.NFD);

		String text = text(written(quarterlyReport(decomposed, DEPUTY_HEAD)));

		assertThat(text).contains("Bắc Kạn, ngày 12 tháng 4 năm 2023").doesNotContain(decomposed);
	}

	@Test
	void rejectsWhatThePrintedFormCannotHold() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Signature("TM", "BAN TUYÊN GIÁO", "", "A"));
		assertThatIllegalArgumentException().isThrownBy(() -> new Heading(4, "a) …"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new Table(List.of("Chỉ tiêu", "Số lượng"), List.of(List.of("Hội nghị"))));
	}

	XWPFDocument written(PartyDocument document) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writer.write(document, out);
		try {
			return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Paragraphs and table cells, in document order, one per line. */
	static String text(XWPFDocument document) {
		StringBuilder text = new StringBuilder();
		for (IBodyElement element : document.getBodyElements()) {
			if (element instanceof XWPFParagraph paragraph) {
				text.append(paragraph.getText()).append('\n');
			}
			else if (element instanceof XWPFTable table) {
				table.getRows()
					.forEach(row -> row.getTableCells().forEach(cell -> text.append(cell.getText()).append('\n')));
			}
		}
		return text.toString();
	}

	/** Runs of the body, of table cells and of every header. */
	static Stream<XWPFRun> runs(XWPFDocument document) {
		Stream<XWPFParagraph> body = document.getParagraphs().stream();
		Stream<XWPFParagraph> cells = document.getTables()
			.stream()
			.flatMap(table -> table.getRows().stream())
			.flatMap(row -> row.getTableCells().stream())
			.flatMap(cell -> cell.getParagraphs().stream());
		Stream<XWPFParagraph> headers = document.getHeaderList()
			.stream()
			.flatMap(header -> header.getParagraphs().stream());
		return Stream.of(body, cells, headers)
			.flatMap(paragraphs -> paragraphs)
			.flatMap(paragraph -> paragraph.getRuns().stream());
	}

	static List<String> fieldCodes(XWPFHeader header) {
		return header.getParagraphs()
			.stream()
			.flatMap(paragraph -> paragraph.getRuns().stream())
			.flatMap(run -> run.getCTR().getInstrTextList().stream())
			.map(CTText::getStringValue)
			.map(String::strip)
			.toList();
	}

	static String defaultFont(CTFonts defaults, FontCharRange range) {
		return switch (range) {
			case ascii -> defaults.getAscii();
			case hAnsi -> defaults.getHAnsi();
			case cs -> defaults.getCs();
			case eastAsia -> defaults.getEastAsia();
		};
	}

}
