package vn.tuyengiao.report.internal.document;

import java.math.BigInteger;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;

import vn.tuyengiao.report.PartyDocument;

/** Text in the DOCX: every run in Times New Roman, Vietnamese, NFC, at the size the form gives its part. */
final class DocxRuns {

	private DocxRuns() {
	}

	/** Empty paragraphs and anything a run does not override print in Times New Roman 14 pt too. */
	static void defaultFont(XWPFDocument docx) {
		CTStyles styles = CTStyles.Factory.newInstance();
		CTRPr defaults = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
		timesNewRoman(defaults.addNewRFonts());
		defaults.addNewSz().setVal(BigInteger.valueOf(28));
		defaults.addNewSzCs().setVal(BigInteger.valueOf(28));
		defaults.addNewLang().setVal(PartyForm.VIETNAMESE.toLanguageTag());
		docx.createStyles().setStyles(styles);
	}

	private static void timesNewRoman(CTFonts fonts) {
		fonts.setAscii(PartyForm.FONT);
		fonts.setHAnsi(PartyForm.FONT);
		fonts.setCs(PartyForm.FONT);
		fonts.setEastAsia(PartyForm.FONT);
	}

	/**
	 * "DỰ THẢO" at the top right: above the heading on the first page (whose page header stays empty) and in
	 * the header of every later page, so a draft never passes for the issued document.
	 */
	static void draftMark(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.RIGHT);
		run(paragraph, PartyDocument.DRAFT_MARK, 14).setBold(true);
	}

	static XWPFParagraph centred(XWPFParagraph paragraph) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		return paragraph;
	}

	/** A run of {@code text} in Times New Roman; line breaks in the text become line breaks in the run. */
	static XWPFRun run(XWPFParagraph paragraph, String text, int points) {
		XWPFRun run = styledRun(paragraph, points);
		String[] lines = PartyForm.nfc(text).split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				run.addBreak();
			}
			run.setText(lines[i]);
		}
		return run;
	}

	static XWPFRun styledRun(XWPFParagraph paragraph, int points) {
		XWPFRun run = paragraph.createRun();
		for (FontCharRange range : FontCharRange.values()) {
			run.setFontFamily(PartyForm.FONT, range);
		}
		run.setFontSize(points);
		run.setLang(PartyForm.VIETNAMESE.toLanguageTag());
		return run;
	}

}
