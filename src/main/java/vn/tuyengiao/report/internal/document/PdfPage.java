package vn.tuyengiao.report.internal.document;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PartyDocument.Block;
import vn.tuyengiao.report.PartyDocument.Bullet;
import vn.tuyengiao.report.PartyDocument.Heading;
import vn.tuyengiao.report.PartyDocument.Note;
import vn.tuyengiao.report.PartyDocument.Paragraph;
import vn.tuyengiao.report.PartyDocument.Signature;
import vn.tuyengiao.report.PartyDocument.Table;

/** One document's XHTML, built as a DOM so no text from the data is ever parsed as markup. */
final class PdfPage {

	/** Six points, the space after a body paragraph in the DOCX too. */
	private static final String SPACING_AFTER = "6pt";

	/**
	 * The stylesheet of the form. Sizes follow the DOCX: 14 pt text, 15 pt Party name, 16 pt document type,
	 * 13 pt tables, 12 pt notes and the recipients' label, 11 pt recipients. The first page has no number.
	 */
	static final String STYLESHEET = """
			@page {
				size: A4;
				margin: 20mm 15mm 20mm 30mm;
				@top-center {
					content: counter(page);
					font-family: %1$s;
					font-size: 14pt;
					vertical-align: middle;
				}
			}
			@page :first {
				@top-center { content: none; }
			}
			body { margin: 0; font-family: %1$s; font-size: 14pt; line-height: 1.2; }
			p { margin: 0; }
			table.layout { width: 100%%; border-collapse: collapse; table-layout: fixed; }
			table.layout td { padding: 0; vertical-align: top; }
			td.issuer { width: 70mm; }
			.centre { text-align: center; }
			.bold { font-weight: bold; }
			.party { font-size: 15pt; font-weight: bold; }
			.rule { width: 65mm; height: 0; margin: 1pt auto 0 auto; border-top: 0.5pt solid black; }
			.date { margin-top: 6pt; font-style: italic; }
			.type { margin-top: 18pt; font-size: 16pt; font-weight: bold; }
			.summary { font-weight: bold; }
			.dashes { margin-bottom: 12pt; }
			.text { margin-bottom: %2$s; text-align: justify; text-indent: 10mm; }
			.heading { font-weight: bold; page-break-after: avoid; }
			.level3 { font-style: italic; }
			.note { margin-bottom: %2$s; font-size: 12pt; font-style: italic; text-align: justify; }
			table.grid { width: 100%%; margin-bottom: %2$s; border-collapse: collapse; table-layout: fixed;
				-fs-table-paginate: paginate; }
			table.grid th, table.grid td { padding: 2pt 4pt; border: 0.5pt solid black; font-size: 13pt;
				vertical-align: middle; }
			table.grid th { font-weight: bold; text-align: center; }
			table.grid td { text-align: left; }
			table.grid td.number { text-align: right; }
			table.grid tr { page-break-inside: avoid; }
			.closing { margin-top: %2$s; page-break-inside: avoid; }
			.recipients-label { font-size: 12pt; font-weight: bold; font-style: italic; }
			.recipient { font-size: 11pt; }
			.signer { font-weight: bold; }
			.room-to-sign { height: 50pt; }
			.appendix { page-break-before: always; }
			""".formatted(PdfFonts.FAMILY, SPACING_AFTER);

	/** A draft says so at the top right of every page, the first included. */
	static final String DRAFT_STYLESHEET = """
			@page { @top-right { content: "%1$s"; font-family: %2$s; font-size: 14pt; font-weight: bold; vertical-align: middle; } }
			@page :first { @top-right { content: "%1$s"; font-family: %2$s; font-size: 14pt; font-weight: bold; vertical-align: middle; } }
			""".formatted(PartyDocument.DRAFT_MARK, PdfFonts.FAMILY);


	private final PartyDocument document;

	private final Document dom;

	PdfPage(PartyDocument document) {
		this.document = document;
		try {
			this.dom = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex); // the JDK's default parser builds a plain document
		}
	}

	Document build() {
		Element html = this.dom.createElementNS("http://www.w3.org/1999/xhtml", "html");
		html.setAttribute("lang", "vi");
		this.dom.appendChild(html);
		Element head = child(html, "head");
		text(child(head, "title"),
				PartyForm.caps(this.document.documentType()) + " " + this.document.number());
		child(head, "style").appendChild(this.dom.createTextNode(STYLESHEET));
		if (this.document.draft()) {
			child(head, "style").appendChild(this.dom.createTextNode(DRAFT_STYLESHEET));
		}
		Element body = child(html, "body");
		header(body);
		title(body);
		for (Block block : this.document.body()) {
			block(body, block);
		}
		closing(body);
		if (!this.document.appendix().isEmpty()) {
			Element appendix = child(body, "div", "appendix");
			for (Block block : this.document.appendix()) {
				block(appendix, block);
			}
		}
		return this.dom;
	}

	private void header(Element body) {
		Element row = layoutRow(body);
		Element issuer = child(row, "td", "issuer");
		text(child(issuer, "p", "centre"), PartyForm.caps(this.document.superiorBody()));
		text(child(issuer, "p", "centre bold"), PartyForm.caps(this.document.issuingBody()));
		text(child(issuer, "p", "centre"), "*");
		text(child(issuer, "p", "centre"), this.document.number());
		Element party = child(row, "td");
		text(child(party, "p", "centre party"), PartyForm.PARTY_NAME);
		child(party, "div", "rule");
		text(child(party, "p", "centre date"), this.document.placeAndDate());
	}

	private void title(Element body) {
		text(child(body, "p", "centre type"), PartyForm.caps(this.document.documentType()));
		text(child(body, "p", "centre summary"), this.document.summary());
		text(child(body, "p", "centre dashes"), "-----");
	}

	private void block(Element body, Block block) {
		if (block instanceof Heading heading) {
			text(child(body, "p", heading.level() == 3 ? "text heading level3" : "text heading"),
					heading.text());
		}
		else if (block instanceof Paragraph paragraph) {
			text(child(body, "p", "text"), paragraph.text());
		}
		else if (block instanceof Bullet bullet) {
			text(child(body, "p", "text"), "- " + bullet.text());
		}
		else if (block instanceof Table table) {
			table(body, table);
		}
		else if (block instanceof Note note) {
			text(child(body, "p", "note"), note.text());
		}
		else {
			throw new IllegalArgumentException("Unknown block " + block); // Block is sealed: not reached
		}
	}

	/** Bordered, the header row repeated on each page, numbers right-aligned; widths as in the DOCX. */
	private void table(Element body, Table table) {
		Element grid = child(body, "table", "grid");
		int[] widths = PartyForm.columnWidths(table);
		int total = Arrays.stream(widths).sum();
		Element header = child(child(grid, "thead"), "tr");
		for (int column = 0; column < table.header().size(); column++) {
			Element cell = child(header, "th");
			cell.setAttribute("style",
					String.format(Locale.ROOT, "width: %.2f%%;", 100.0 * widths[column] / total));
			text(cell, table.header().get(column));
		}
		Element rows = child(grid, "tbody");
		for (List<String> cells : table.rows()) {
			Element row = child(rows, "tr");
			for (String cell : cells) {
				text(child(row, "td", PartyForm.isNumber(cell) ? "number" : null), cell);
			}
		}
	}

	private void closing(Element body) {
		Element closing = child(body, "div", "closing");
		Element row = layoutRow(closing);
		Element recipients = child(row, "td", "issuer");
		text(child(recipients, "p", "recipients-label"), "Nơi nhận:");
		List<String> lines = this.document.recipients();
		for (int i = 0; i < lines.size(); i++) {
			text(child(recipients, "p", "recipient"),
					PartyForm.recipientLine(lines.get(i), i == lines.size() - 1));
		}
		Element signature = child(row, "td");
		Signature signer = this.document.signature();
		for (String line : PartyForm.signatureLines(signer)) {
			text(child(signature, "p", "centre signer"), line);
		}
		child(signature, "div", "room-to-sign");
		text(child(signature, "p", "centre signer"), signer.signerName());
	}

	/** The header and the closing sit in a borderless two-column table, as on the paper form. */
	private Element layoutRow(Element parent) {
		return child(child(child(parent, "table", "layout"), "tbody"), "tr");
	}

	private Element child(Element parent, String name) {
		return child(parent, name, null);
	}

	private Element child(Element parent, String name, String classes) {
		Element element = this.dom.createElementNS("http://www.w3.org/1999/xhtml", name);
		if (classes != null) {
			element.setAttribute("class", classes);
		}
		parent.appendChild(element);
		return element;
	}

	/** NFC text; line breaks in the data become line breaks on the page. */
	private void text(Element element, String text) {
		String[] lines = PartyForm.nfc(text).split("\\R", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				child(element, "br");
			}
			element.appendChild(this.dom.createTextNode(lines[i]));
		}
	}

}
