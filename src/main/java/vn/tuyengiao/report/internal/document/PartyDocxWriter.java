package vn.tuyengiao.report.internal.document;

import static vn.tuyengiao.report.internal.document.DocxRuns.centred;
import static vn.tuyengiao.report.internal.document.DocxRuns.run;
import static vn.tuyengiao.report.internal.document.DocxRuns.styledRun;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PartyDocument.Block;
import vn.tuyengiao.report.PartyDocument.Bullet;
import vn.tuyengiao.report.PartyDocument.Heading;
import vn.tuyengiao.report.PartyDocument.Note;
import vn.tuyengiao.report.PartyDocument.Paragraph;
import vn.tuyengiao.report.PartyDocument.Table;

/**
 * Writes a {@link PartyDocument} as DOCX laid out the way Regulation 66-QĐ/TW and Guidance 36-HD/VPTW
 * ask: A4, Times New Roman, the two-column header with "ĐẢNG CỘNG SẢN VIỆT NAM", the title, the body, the
 * recipients beside the signature, and page numbers from page 2. Reports leave the platform as Word
 * files because units and the province edit, sign and stamp them there.
 * <p>
 * All words come from the document; the writer adds only the fixed parts of the form ("ĐẢNG CỘNG SẢN
 * VIỆT NAM", "*", "Nơi nhận:"), which {@link DocxLetterhead} lays out; the form's shared rules are
 * {@link PartyForm}'s, its tables {@link DocxTables}'. Stateless: one instance can serve every request.
 */
public final class PartyDocxWriter {

	/** Six points, in twips. */
	static final int SPACING_AFTER = 120;

	private static final int HEADER_DISTANCE = PartyForm.twips(10);

	private static final int FIRST_LINE_INDENT = PartyForm.twips(10);

	/**
	 * Writes the document to {@code out}, which is left open.
	 * @throws DocumentNotWritten if {@code out} cannot be written
	 */
	public void write(PartyDocument document, OutputStream out) {
		try (XWPFDocument docx = new XWPFDocument()) {
			DocxRuns.defaultFont(docx);
			if (document.draft()) {
				DocxRuns.draftMark(docx.createParagraph());
			}
			DocxLetterhead.header(docx, document);
			DocxLetterhead.title(docx, document);
			for (Block block : document.body()) {
				block(docx, block);
			}
			DocxLetterhead.closing(docx, document);
			appendix(docx, document);
			page(docx);
			pageNumbers(docx, document.draft());
			docx.write(out);
		}
		catch (IOException ex) {
			throw new DocumentNotWritten(ex);
		}
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
			DocxTables.table(docx, table);
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

	private static void page(XWPFDocument docx) {
		CTSectPr section = section(docx);
		CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
		size.setW(BigInteger.valueOf(PartyForm.PAGE_WIDTH));
		size.setH(BigInteger.valueOf(PartyForm.PAGE_HEIGHT));
		CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(PartyForm.MARGIN_TOP));
		margins.setBottom(BigInteger.valueOf(PartyForm.MARGIN_BOTTOM));
		margins.setLeft(BigInteger.valueOf(PartyForm.MARGIN_LEFT));
		margins.setRight(BigInteger.valueOf(PartyForm.MARGIN_RIGHT));
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
			DocxRuns.draftMark(first);
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

}
