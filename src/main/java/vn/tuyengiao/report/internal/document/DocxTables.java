package vn.tuyengiao.report.internal.document;

import static vn.tuyengiao.report.internal.document.DocxRuns.run;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

import vn.tuyengiao.report.PartyDocument.Table;

/** Tables in the DOCX: the bordered tables of figures, and the borderless two-column layout of the form. */
final class DocxTables {

	/** The issuing side of the header and the recipients; the rest goes to the Party name and the signature. */
	static final int LEFT_COLUMN = PartyForm.twips(70);

	static final int RIGHT_COLUMN = PartyForm.TEXT_WIDTH - LEFT_COLUMN;

	private DocxTables() {
	}

	/** Bordered, header row bold and repeated on each page, numbers right-aligned so digits line up. */
	static void table(XWPFDocument docx, Table table) {
		XWPFTable grid = docx.createTable(table.rows().size() + 1, table.header().size());
		borders(grid, XWPFBorderType.SINGLE, 4);
		columns(grid, PartyForm.columnWidths(table));
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
				paragraph.setAlignment(PartyForm.isNumber(text) ? ParagraphAlignment.RIGHT : ParagraphAlignment.LEFT);
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

	/** The header and the closing are laid out in a borderless two-column table, as the paper forms are. */
	static XWPFTable layoutTable(XWPFDocument docx) {
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

}
