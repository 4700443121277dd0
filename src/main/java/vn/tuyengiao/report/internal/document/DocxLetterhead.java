package vn.tuyengiao.report.internal.document;

import static vn.tuyengiao.report.internal.document.DocxRuns.centred;
import static vn.tuyengiao.report.internal.document.DocxRuns.run;

import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;

import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PartyDocument.Signature;

/**
 * The fixed frame of the DOCX around the body: the two-column header (issuing body and number beside
 * "ĐẢNG CỘNG SẢN VIỆT NAM", its rule and the date), the title, and the closing (recipients beside the signature).
 */
final class DocxLetterhead {

	/** The Party name in 15 pt bold Times New Roman is about 65 mm wide; the rule under it matches. */
	private static final int PARTY_RULE_WIDTH = PartyForm.twips(65);

	private DocxLetterhead() {
	}

	static void header(XWPFDocument docx, PartyDocument document) {
		XWPFTable table = DocxTables.layoutTable(docx);
		XWPFTableCell issuer = table.getRow(0).getCell(0);
		run(centred(issuer.addParagraph()), PartyForm.caps(document.superiorBody()), 14);
		run(centred(issuer.addParagraph()), PartyForm.caps(document.issuingBody()), 14).setBold(true);
		run(centred(issuer.addParagraph()), "*", 14);
		run(centred(issuer.addParagraph()), document.number(), 14);

		XWPFTableCell party = table.getRow(0).getCell(1);
		run(centred(party.addParagraph()), PartyForm.PARTY_NAME, 15).setBold(true);
		rule(party.addParagraph(), (DocxTables.RIGHT_COLUMN - PARTY_RULE_WIDTH) / 2);
		XWPFParagraph date = centred(party.addParagraph());
		date.setSpacingBefore(PartyDocxWriter.SPACING_AFTER);
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

	static void title(XWPFDocument docx, PartyDocument document) {
		XWPFParagraph type = centred(docx.createParagraph());
		type.setSpacingBefore(360);
		run(type, PartyForm.caps(document.documentType()), 16).setBold(true);
		run(centred(docx.createParagraph()), document.summary(), 14).setBold(true);
		XWPFParagraph dashes = centred(docx.createParagraph());
		dashes.setSpacingAfter(240);
		run(dashes, "-----", 14);
	}

	static void closing(XWPFDocument docx, PartyDocument document) {
		docx.createParagraph().setSpacingAfter(PartyDocxWriter.SPACING_AFTER);
		XWPFTable table = DocxTables.layoutTable(docx);
		recipients(table.getRow(0).getCell(0), document.recipients());
		signature(table.getRow(0).getCell(1), document.signature());
	}

	private static void recipients(XWPFTableCell cell, List<String> recipients) {
		XWPFRun label = run(cell.addParagraph(), "Nơi nhận:", 12);
		label.setBold(true);
		label.setItalic(true);
		for (int i = 0; i < recipients.size(); i++) {
			run(cell.addParagraph(), PartyForm.recipientLine(recipients.get(i), i == recipients.size() - 1), 11);
		}
	}

	/** "T/M BAN TUYÊN GIÁO" or "K/T TRƯỞNG BAN", the title, room to sign and stamp, then the name. */
	private static void signature(XWPFTableCell cell, Signature signature) {
		for (String line : PartyForm.signatureLines(signature)) {
			run(centred(cell.addParagraph()), line, 14).setBold(true);
		}
		for (int i = 0; i < 3; i++) {
			centred(cell.addParagraph());
		}
		run(centred(cell.addParagraph()), signature.signerName(), 14).setBold(true);
	}

}
