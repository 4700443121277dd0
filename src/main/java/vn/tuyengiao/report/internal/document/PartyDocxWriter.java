package vn.tuyengiao.report.internal.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PartyDocument.Block;
import vn.tuyengiao.report.PartyDocument.Bullet;
import vn.tuyengiao.report.PartyDocument.Heading;
import vn.tuyengiao.report.PartyDocument.Note;
import vn.tuyengiao.report.PartyDocument.Paragraph;
import vn.tuyengiao.report.PartyDocument.Signature;
import vn.tuyengiao.report.PartyDocument.Table;

/**
 * Writes a {@link PartyDocument} as DOCX laid out the way Regulation 66-QĐ/TW and Guidance 36-HD/VPTW
 * ask: A4, Times New Roman, the two-column header with "ĐẢNG CỘNG SẢN VIỆT NAM", the title, the body, the
 * recipients beside the signature, and page numbers from page 2. Reports leave the platform as Word
 * files because units and the province edit, sign and stamp them there.
 * <p>
 * All words come from the document; the writer adds only the fixed parts of the form ("ĐẢNG CỘNG SẢN
 * VIỆT NAM", "*", "Nơi nhận:"). Text is normalised to NFC (TCVN 6909:2001 is precomposed Unicode), so
 * input typed on systems that decompose accents still prints and searches as one character per letter.
 * Stateless: one instance can serve every request.
 */
public final class PartyDocxWriter {

	static final String FONT = "Times New Roman";

	static final String PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM";

	/*
	 * Sizes in twips (1/1440 inch). Millimetres convert at 1440 / 25.4 and round to the nearest twip:
	 * A4 210 x 297 mm -> 11906 x 16838, margins 20 / 20 / 30 / 15 mm -> 1134 / 1134 / 1701 / 850 — the
	 * values Word itself writes for these sizes.
	 */
	static final int PAGE_WIDTH = twips(210);

	static final int PAGE_HEIGHT = twips(297);

	static final int MARGIN_TOP = twips(20);

	static final int MARGIN_BOTTOM = twips(20);

	static final int MARGIN_LEFT = twips(30);

	static final int MARGIN_RIGHT = twips(15);

	private static final int HEADER_DISTANCE = twips(10);

	private static final int TEXT_WIDTH = PAGE_WIDTH - MARGIN_LEFT - MARGIN_RIGHT;

	/** The issuing side of the header and the recipients; the rest goes to the Party name and the signature. */
	private static final int LEFT_COLUMN = twips(70);

	private static final int RIGHT_COLUMN = TEXT_WIDTH - LEFT_COLUMN;

	/** The Party name in 15 pt bold Times New Roman is about 65 mm wide; the rule under it matches. */
	private static final int PARTY_RULE_WIDTH = twips(65);

	private static final int FIRST_LINE_INDENT = twips(10);

	/** Room for "STT" in 13 pt bold with the cell's own margins. */
	static final int MIN_COLUMN_WIDTH = twips(15);

	/** Six points, in twips. */
	private static final int SPACING_AFTER = 120;

	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

	/** Numbers written the Vietnamese way, a dot grouping thousands and a comma before decimals: {@code 42.904}. */
	private static final Pattern NUMBER = Pattern.compile("[-+]?(?:\\d{1,3}(?:\\.\\d{3})+|\\d+)(?:,\\d+)?%?");

	/**
	 * Writes the document to {@code out}, which is left open.
	 * @throws DocumentNotWritten if {@code out} cannot be written
	 */
	public void write(PartyDocument document, OutputStream out) {
		try (XWPFDocument docx = new XWPFDocument()) {
			defaultFont(docx);
			if (document.draft()) {
				draftMark(docx.createParagraph());
			}
			header(docx, document);
			title(docx, document);
			for (Block block : document.body()) {
				block(docx, block);
			}
			closing(docx, document);
			appendix(docx, document);
			page(docx);
			pageNumbers(docx, document.draft());
			docx.write(out);
		}
		catch (IOException ex) {
			throw new DocumentNotWritten(ex);
		}
	}

	/**
	 * "DỰ THẢO" at the top right: above the heading on the first page (whose page header stays empty) and in
	 * the header of every later page, so a draft never passes for the issued document.
	 */
	private static void draftMark(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.RIGHT);
		run(paragraph, PartyDocument.DRAFT_MARK, 14).setBold(true);
	}

	/** Word-style rounding of millimetres to twips; see the sizes above. */
	static int twips(double millimetres) {
		return (int) Math.round(millimetres * 1440 / 25.4);
	}

	static boolean isNumber(String cell) {
		return NUMBER.matcher(cell.strip()).matches();
	}

	/** Empty paragraphs and anything a run does not override print in Times New Roman 14 pt too. */
	private static void defaultFont(XWPFDocument docx) {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		timesNewRoman(defaults.addNewRFonts());
		defaults.addNewSz().setVal(BigInteger.valueOf(28));
		defaults.addNewSzCs().setVal(BigInteger.valueOf(28));
		defaults.addNewLang().setVal(VIETNAMESE.toLanguageTag());
		docx.createStyles().setStyles(styles);
	}

	private static void timesNewRoman(CTFonts fonts) {
		fonts.setAscii(FONT);
		fonts.setHAnsi(FONT);
		fonts.setCs(FONT);
		fonts.setEastAsia(FONT);
	}

	private static void header(XWPFDocument docx, PartyDocument document) {
		XWPFTable table = layoutTable(docx);
		XWPFTableCell issuer = table.getRow(0).getCell(0);
		run(centred(issuer.addParagraph()), caps(document.superiorBody()), 14);
		run(centred(issuer.addParagraph()), caps(document.issuingBody()), 14).setBold(true);
		run(centred(issuer.addParagraph()), "*", 14);
		run(centred(issuer.addParagraph()), document.number(), 14);

		XWPFTableCell party = table.getRow(0).getCell(1);
		run(centred(party.addParagraph()), PARTY_NAME, 15).setBold(true);
		rule(party.addParagraph(), (RIGHT_COLUMN - PARTY_RULE_WIDTH) / 2);
		XWPFParagraph date = centred(party.addParagraph());
		date.setSpacingBefore(SPACING_AFTER);
		run(date, document.placeAndDate(), 14).setItalic(true);
	}

	/** A line as long as the Party name: a bottom border on a one-point paragraph narrowed by indents. */
	private static void rule(XWPFParagraph paragraph, int indent) {
		centred(paragraph).setIndentationLeft(indent);
		paragraph.setIndentationRight(indent);
		paragraph.setSpacingBetween(1, LineSpacingRule.EXACT);
		CTPPr properties = paragraph.getCTPPr();
		CTBorder bottom = (properties.isSetPBdr() ? properties.getPBdr() : properties.addNewPBdr()).addNewBottom();
		bottom.setVal(STBorder.SINGLE);
		bottom.setSz(BigInteger.valueOf(6));
		bottom.setSpace(BigInteger.ZERO);
		bottom.setColor("auto");
	}

	private static void title(XWPFDocument docx, PartyDocument document) {
		XWPFParagraph type = centred(docx.createParagraph());
		type.setSpacingBefore(360);
		run(type, caps(document.documentType()), 16).setBold(true);
		run(centred(docx.createParagraph()), document.summary(), 14).setBold(true);
		XWPFParagraph dashes = centred(docx.createParagraph());
		dashes.setSpacingAfter(240);
		run(dashes, "-----", 14);
	}

	private static void block(XWPFDocument docx, Block block) {
		if (block instanceof Heading heading) {
			heading(docx, heading);
		}
		else if (block instanceof Paragraph paragraph) {
			run(bodyParagraph(docx), paragraph.text(), 14);
		}
		else if (block instanceof Bullet bullet) {
			run(bodyParagraph(docx), "- " + bullet.text(), 14);
		}
		else if (block instanceof Table table) {
			table(docx, table);
		}
		else if (block instanceof Note note) {
			note(docx, note);
		}
		else {
			throw new IllegalArgumentException("Unknown block " + block); // Block is sealed: not reached
		}
	}

	private static XWPFParagraph bodyParagraph(XWPFDocument docx) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setIndentationFirstLine(FIRST_LINE_INDENT);
		paragraph.setSpacingAfter(SPACING_AFTER);
		return paragraph;
	}

	private static void heading(XWPFDocument docx, Heading heading) {
		XWPFParagraph paragraph = bodyParagraph(docx);
		paragraph.setKeepNext(true);
		XWPFRun run = run(paragraph, heading.text(), 14);
		run.setBold(true);
		run.setItalic(heading.level() == 3);
	}

	private static void note(XWPFDocument docx, Note note) {
		XWPFParagraph paragraph = docx.createParagraph();
		paragraph.setAlignment(ParagraphAlignment.BOTH);
		paragraph.setSpacingAfter(SPACING_AFTER);
		run(paragraph, note.text(), 12).setItalic(true);
	}

	/** Bordered, header row bold and repeated on each page, numbers right-aligned so digits line up. */
	private static void table(XWPFDocument docx, Table table) {
		XWPFTable grid = docx.createTable(table.rows().size() + 1, table.header().size());
		borders(grid, XWPFBorderType.SINGLE, 4);
		columns(grid, columnWidths(table));
		XWPFTableRow header = grid.getRow(0);
		header.setRepeatHeader(true);
		for (int column = 0; column < table.header().size(); column++) {
			XWPFParagraph paragraph = tableCell(header.getCell(column));
			paragraph.setAlignment(ParagraphAlignment.CENTER);
			run(paragraph, table.header().get(column), 13).setBold(true);
		}
		for (int row = 0; row < table.rows().size(); row++) {
			List<String> cells = table.rows().get(row);
			for (int column = 0; column < cells.size(); column++) {
				String text = cells.get(column);
				XWPFParagraph paragraph = tableCell(grid.getRow(row + 1).getCell(column));
				paragraph.setAlignment(isNumber(text) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
				run(paragraph, text, 13);
			}
		}
		// Word joins tables that touch; a paragraph keeps this one apart from the next.
		docx.createParagraph().setSpacingAfter(0);
	}

	private static XWPFParagraph tableCell(XWPFTableCell cell) {
		cell.setVerticalAlignment(XWPFVertAlign.CENTER);
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setSpacingBefore(40);
		paragraph.setSpacingAfter(40);
		return paragraph;
	}

	/**
	 * Columns share the text width in proportion to their longest text (capped, so one long name does not
	 * squeeze the rest), and none is narrower than {@link #MIN_COLUMN_WIDTH}: "STT" must not wrap.
	 */
	static int[] columnWidths(Table table) {
		int columns = table.header().size();
		int[] weights = new int[columns];
		for (int column = 0; column < columns; column++) {
			int longest = table.header().get(column).length();
			for (List<String> row : table.rows()) {
				longest = Math.max(longest, row.get(column).length());
			}
			weights[column] = Math.max(1, Math.min(40, longest));
		}
		int total = Arrays.stream(weights).sum();
		int[] widths = new int[columns];
		int widest = 0;
		for (int column = 0; column < columns; column++) {
			widths[column] = Math.max(MIN_COLUMN_WIDTH, TEXT_WIDTH * weights[column] / total);
			widest = widths[column] > widths[widest] ? column : widest;
		}
		widths[widest] += TEXT_WIDTH - Arrays.stream(widths).sum();
		return widths;
	}

	private static void closing(XWPFDocument docx, PartyDocument document) {
		docx.createParagraph().setSpacingAfter(SPACING_AFTER);
		XWPFTable table = layoutTable(docx);
		recipients(table.getRow(0).getCell(0), document.recipients());
		signature(table.getRow(0).getCell(1), document.signature());
	}

	/** The appendix starts on a page of its own after the signature, as real reports print it. */
	private static void appendix(XWPFDocument docx, PartyDocument document) {
		if (document.appendix().isEmpty()) {
			return;
		}
		docx.createParagraph().setPageBreak(true);
		for (Block block : document.appendix()) {
			block(docx, block);
		}
	}

	private static void recipients(XWPFTableCell cell, List<String> recipients) {
		XWPFRun label = run(cell.addParagraph(), "Nơi nhận:", 12);
		label.setBold(true);
		label.setItalic(true);
		for (int i = 0; i < recipients.size(); i++) {
			run(cell.addParagraph(), recipientLine(recipients.get(i), i == recipients.size() - 1), 11);
		}
	}

	/**
	 * A comma after each recipient and a full stop after the last, as in {@code - Thường trực Tỉnh ủy (b/c),}
	 * and {@code - Lưu VP.}; punctuation already in the data is kept.
	 */
	static String recipientLine(String recipient, boolean last) {
		String text = recipient.strip();
		boolean punctuated = text.endsWith(",") || text.endsWith(".") || text.endsWith(";");
		return "- " + text + (punctuated ? "" : last ? "." : ",");
	}

	/** "T/M BAN TUYÊN GIÁO" or "K/T TRƯỞNG BAN", the title, room to sign and stamp, then the name. */
	private static void signature(XWPFTableCell cell, Signature signature) {
		for (String line : signatureLines(signature)) {
			run(centred(cell.addParagraph()), line, 14).setBold(true);
		}
		for (int i = 0; i < 3; i++) {
			centred(cell.addParagraph());
		}
		run(centred(cell.addParagraph()), signature.signerName(), 14).setBold(true);
	}

	static List<String> signatureLines(Signature signature) {
		List<String> lines = new ArrayList<>();
		String onBehalf = (signature.authority() + " " + caps(signature.onBehalfOf())).strip();
		if (!onBehalf.isEmpty()) {
			lines.add(onBehalf);
		}
		if (!signature.title().isBlank()) {
			lines.add(caps(signature.title()));
		}
		return lines;
	}

	/** The header and the closing are laid out in a borderless two-column table, as the paper forms are. */
	private static XWPFTable layoutTable(XWPFDocument docx) {
		XWPFTable table = docx.createTable(1, 2);
		borders(table, XWPFBorderType.NONE, 0);
		columns(table, LEFT_COLUMN, RIGHT_COLUMN);
		CTTblCellMar margins = table.getCTTbl().getTblPr().addNewTblCellMar();
		zero(margins.addNewLeft());
		zero(margins.addNewRight());
		// A signature never sits on a different page from its title.
		table.getRow(0).setCantSplitRow(true);
		for (XWPFTableCell cell : table.getRow(0).getTableCells()) {
			cell.removeParagraph(0);
			cell.setVerticalAlignment(XWPFVertAlign.TOP);
		}
		return table;
	}

	private static void zero(CTTblWidth width) {
		width.setW(BigInteger.ZERO);
		width.setType(STTblWidth.DXA);
	}

	private static void borders(XWPFTable table, XWPFBorderType type, int size) {
		String colour = type == XWPFBorderType.NONE ? "auto" : "000000";
		table.setTopBorder(type, size, 0, colour);
		table.setBottomBorder(type, size, 0, colour);
		table.setLeftBorder(type, size, 0, colour);
		table.setRightBorder(type, size, 0, colour);
		table.setInsideHBorder(type, size, 0, colour);
		table.setInsideVBorder(type, size, 0, colour);
	}

	/** Fixed column widths, so Word and LibreOffice lay the table out the same. */
	private static void columns(XWPFTable table, int... widths) {
		CTTblPr properties = table.getCTTbl().getTblPr();
		(properties.isSetTblLayout() ? properties.getTblLayout() : properties.addNewTblLayout())
			.setType(STTblLayoutType.FIXED);
		table.setWidth(String.valueOf(Arrays.stream(widths).sum()));
		CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
				: table.getCTTbl().addNewTblGrid();
		while (grid.sizeOfGridColArray() > 0) {
			grid.removeGridCol(0);
		}
		for (int width : widths) {
			grid.addNewGridCol().setW(BigInteger.valueOf(width));
		}
		for (XWPFTableRow row : table.getRows()) {
			for (int column = 0; column < widths.length; column++) {
				row.getCell(column).setWidth(String.valueOf(widths[column]));
			}
		}
	}

	private static void page(XWPFDocument docx) {
		CTSectPr section = section(docx);
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PAGE_HEIGHT));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
		margins.setHeader(BigInteger.valueOf(HEADER_DISTANCE));
		margins.setFooter(BigInteger.valueOf(HEADER_DISTANCE));
		margins.setGutter(BigInteger.ZERO);
	}

	/**
	 * A centred PAGE field in the header of every page but the first: the title page has its own, empty
	 * header (titlePg), since Party documents number pages from page 2.
	 */
	private static void pageNumbers(XWPFDocument docx, boolean draft) {
		CTSectPr section = section(docx);
		if (!section.isSetTitlePg()) {
			section.addNewTitlePg();
		}
		docx.createHeader(HeaderFooterType.FIRST);
		XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
		XWPFParagraph first = header.getParagraphs().isEmpty() ? header.createParagraph() : header.getParagraphs().get(0);
		if (draft) {
			draftMark(first);
		}
		XWPFParagraph paragraph = centred(draft ? header.createParagraph() : first);
		styledRun(paragraph, 14).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
		CTText code = styledRun(paragraph, 14).getCTR().addNewInstrText();
		code.setStringValue(" PAGE ");
		code.setSpace(SpaceAttribute.Space.PRESERVE);
		styledRun(paragraph, 14).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
		// Shown until the viewer computes the field; this header only appears from page 2.
		run(paragraph, "2", 14);
		styledRun(paragraph, 14).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
	}

	private static CTSectPr section(XWPFDocument docx) {
		CTBody body = docx.getDocument().getBody();
		return body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
	}

	private static XWPFParagraph centred(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		return paragraph;
	}

	/** A run of {@code text} in Times New Roman; line breaks in the text become line breaks in the run. */
	private static XWPFRun run(XWPFParagraph paragraph, String text, int points) {
		XWPFRun run = styledRun(paragraph, points);
		String[] lines = nfc(text).split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
		return run;
	}

	private static XWPFRun styledRun(XWPFParagraph paragraph, int points) {
		XWPFRun run = paragraph.createRun();
		for (FontCharRange range : FontCharRange.values()) {
			run.setFontFamily(FONT, range);
		}
		run.setFontSize(points);
		run.setLang(VIETNAMESE.toLanguageTag());
		return run;
	}

	static String nfc(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** Capitals the form requires, whatever the data holds ("Ban Tuyên giáo" prints "BAN TUYÊN GIÁO"). */
	static String caps(String text) {
		return nfc(text).toUpperCase(VIETNAMESE);
	}

}
