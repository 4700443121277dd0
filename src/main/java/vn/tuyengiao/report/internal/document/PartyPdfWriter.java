package vn.tuyengiao.report.internal.document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;

import vn.tuyengiao.report.PartyDocument;
import vn.tuyengiao.report.PartyDocument.Block;
import vn.tuyengiao.report.PartyDocument.Bullet;
import vn.tuyengiao.report.PartyDocument.Heading;
import vn.tuyengiao.report.PartyDocument.Note;
import vn.tuyengiao.report.PartyDocument.Paragraph;
import vn.tuyengiao.report.PartyDocument.Signature;
import vn.tuyengiao.report.PartyDocument.Table;

/**
 * Writes a {@link PartyDocument} as PDF in the same layout as {@link PartyDocxWriter}: A4, margins 20 / 20 /
 * 30 / 15 mm, the two-column header with "ĐẢNG CỘNG SẢN VIỆT NAM" and its rule, the title, the body, the
 * recipients beside the signature, and page numbers from page 2. The PDF is for reading, printing and
 * archiving a document as sent; the DOCX stays the copy people edit.
 * <p>
 * The page is built as XHTML with CSS paged media and laid out by openhtmltopdf, so the form is one
 * stylesheet rather than hand-placed coordinates. Nothing is fetched while rendering: every font comes
 * from memory and external resources are refused.
 * <p>
 * Fonts. Regulation 66 asks for Times New Roman, whose licence does not let us ship it. An operator who
 * holds a licence points the writer at a directory with {@code times.ttf}, {@code timesbd.ttf},
 * {@code timesi.ttf} and {@code timesbi.ttf} (the names Windows uses) and those are embedded. Any of the
 * four that is missing is replaced by Liberation Serif 2.0 (SIL Open Font License, shipped as TrueType in
 * the {@code openpdf-fonts-extra} Maven artifact): it has the same advance widths as Times New Roman, so
 * lines and pages break in the same places, and it covers every Vietnamese letter. Fonts are embedded as
 * subsets with a Unicode map, so the text can be searched and copied.
 * <p>
 * Fonts are read once, when the writer is made; after that one instance can serve every request.
 */
public final class PartyPdfWriter {

	private static final Logger log = LoggerFactory.getLogger(PartyPdfWriter.class);

	/** The name the stylesheet uses; whichever files back it, the form asks for one family. */
	private static final String FAMILY = "party-serif";

	/** Six points, the space after a body paragraph in the DOCX too. */
	private static final String SPACING_AFTER = "6pt";

	static {
		XRLog.setLoggerImpl(new Slf4jLogging());
	}

	private final List<Face> faces;

	/** A writer that uses Liberation Serif throughout. */
	public PartyPdfWriter() {
		this(null);
	}

	/**
	 * A writer that embeds Times New Roman from {@code fontDirectory} where the operator put it there, and
	 * Liberation Serif otherwise.
	 * @param fontDirectory a directory holding {@code times.ttf} and its bold and italic siblings, or
	 * {@code null} when there is none
	 * @throws FontDirectoryMissing if {@code fontDirectory} is given but is not a directory
	 * @throws FontUnreadable if a font file cannot be read
	 */
	public PartyPdfWriter(Path fontDirectory) {
		if (fontDirectory != null && !Files.isDirectory(fontDirectory)) {
			throw new FontDirectoryMissing(fontDirectory);
		}
		List<Face> loaded = new ArrayList<>();
		for (Style style : Style.values()) {
			loaded.add(face(fontDirectory, style));
		}
		this.faces = List.copyOf(loaded);
	}

	/** The family each style is printed in: {@code Times New Roman} or {@code Liberation Serif}. */
	List<String> fontFamilies() {
		return this.faces.stream().map(Face::family).toList();
	}

	/**
	 * Writes the document to {@code out}, which is left open.
	 * @throws DocumentNotWritten if {@code out} cannot be written
	 */
	public void write(PartyDocument document, OutputStream out) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		for (Face face : this.faces) {
			builder.useFont(() -> new ByteArrayInputStream(face.data()), FAMILY, face.style().weight,
					face.style().fontStyle, true);
		}
		// The document names no external resource; should one slip in, it is not fetched.
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withW3cDocument(new Page(document).build(), null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new DocumentNotWritten(ex);
		}
	}

	private static Face face(Path fontDirectory, Style style) {
		Optional<Path> times = fontDirectory == null ? Optional.empty() : find(fontDirectory, style.timesFile);
		if (times.isPresent()) {
			try {
				return new Face(style, "Times New Roman", Files.readAllBytes(times.get()));
			}
			catch (IOException ex) {
				throw new FontUnreadable("Cannot read the font " + times.get(), ex);
			}
		}
		if (fontDirectory != null) {
			log.warn("No {} in {}; PDFs print {} in Liberation Serif, which has the same widths", style.timesFile,
					fontDirectory, style.name().toLowerCase(Locale.ROOT).replace('_', ' '));
		}
		try (InputStream in = PartyPdfWriter.class.getClassLoader().getResourceAsStream(style.liberationResource)) {
			if (in == null) {
				throw new FontMissing(style.liberationResource);
			}
			return new Face(style, "Liberation Serif", in.readAllBytes());
		}
		catch (IOException ex) {
			throw new FontUnreadable("Cannot read the font " + style.liberationResource, ex);
		}
	}

	/** The file as named, or with other capitals ({@code Times.TTF}), as copies from other systems have. */
	private static Optional<Path> find(Path directory, String fileName) {
		Path exact = directory.resolve(fileName);
		if (Files.isRegularFile(exact)) {
			return Optional.of(exact);
		}
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(file -> file.getFileName().toString().equalsIgnoreCase(fileName))
				.filter(Files::isRegularFile)
				.findFirst();
		}
		catch (IOException ex) {
			throw new FontUnreadable("Cannot list the font directory " + directory, ex);
		}
	}

	private enum Style {

		REGULAR(400, FontStyle.NORMAL, "times.ttf", "liberation/LiberationSerif-Regular.ttf"),
		BOLD(700, FontStyle.NORMAL, "timesbd.ttf", "liberation/LiberationSerif-Bold.ttf"),
		ITALIC(400, FontStyle.ITALIC, "timesi.ttf", "liberation/LiberationSerif-Italic.ttf"),
		BOLD_ITALIC(700, FontStyle.ITALIC, "timesbi.ttf", "liberation/LiberationSerif-BoldItalic.ttf");

		final int weight;

		final FontStyle fontStyle;

		final String timesFile;

		final String liberationResource;

		Style(int weight, FontStyle fontStyle, String timesFile, String liberationResource) {
			this.weight = weight;
			this.fontStyle = fontStyle;
			this.timesFile = timesFile;
			this.liberationResource = liberationResource;
		}

	}

	private record Face(Style style, String family, byte[] data) {
	}

	/**
	 * openhtmltopdf logs through its own console handler by default, a few INFO lines per document; this
	 * sends its messages to the application's log instead, its INFO as DEBUG.
	 */
	private static final class Slf4jLogging implements XRLogger {

		@Override
		public void log(String where, Level level, String message) {
			log(where, level, message, null);
		}

		@Override
		public void log(String where, Level level, String message, Throwable error) {
			Logger logger = LoggerFactory.getLogger(where);
			int value = level.intValue();
			if (value >= Level.SEVERE.intValue()) {
				logger.error(message, error);
			}
			else if (value >= Level.WARNING.intValue()) {
				logger.warn(message, error);
			}
			else if (value >= Level.INFO.intValue()) {
				logger.debug(message, error);
			}
			else {
				logger.trace(message, error);
			}
		}

		@Override
		public void setLevel(String where, Level level) {
			// Levels are set in the application's logging configuration.
		}

		@Override
		public boolean isLogLevelEnabled(Diagnostic diagnostic) {
			Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
			int value = diagnostic.getLevel().intValue();
			return value >= Level.WARNING.intValue() || (value >= Level.INFO.intValue() ? logger.isDebugEnabled()
					: logger.isTraceEnabled());
		}

	}

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
			""".formatted(FAMILY, SPACING_AFTER);

	/** A draft says so at the top right of every page, the first included. */
	static final String DRAFT_STYLESHEET = """
			@page { @top-right { content: "%1$s"; font-family: %2$s; font-size: 14pt; font-weight: bold; vertical-align: middle; } }
			@page :first { @top-right { content: "%1$s"; font-family: %2$s; font-size: 14pt; font-weight: bold; vertical-align: middle; } }
			""".formatted(PartyDocument.DRAFT_MARK, FAMILY);

	/** One document's XHTML, built as a DOM so no text from the data is ever parsed as markup. */
	private static final class Page {

		private final PartyDocument document;

		private final Document dom;

		Page(PartyDocument document) {
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
					PartyDocxWriter.caps(this.document.documentType()) + " " + this.document.number());
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
			text(child(issuer, "p", "centre"), PartyDocxWriter.caps(this.document.superiorBody()));
			text(child(issuer, "p", "centre bold"), PartyDocxWriter.caps(this.document.issuingBody()));
			text(child(issuer, "p", "centre"), "*");
			text(child(issuer, "p", "centre"), this.document.number());
			Element party = child(row, "td");
			text(child(party, "p", "centre party"), PartyDocxWriter.PARTY_NAME);
			child(party, "div", "rule");
			text(child(party, "p", "centre date"), this.document.placeAndDate());
		}

		private void title(Element body) {
			text(child(body, "p", "centre type"), PartyDocxWriter.caps(this.document.documentType()));
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
			int[] widths = PartyDocxWriter.columnWidths(table);
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
					text(child(row, "td", PartyDocxWriter.isNumber(cell) ? "number" : null), cell);
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
						PartyDocxWriter.recipientLine(lines.get(i), i == lines.size() - 1));
			}
			Element signature = child(row, "td");
			Signature signer = this.document.signature();
			for (String line : PartyDocxWriter.signatureLines(signer)) {
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
			String[] lines = PartyDocxWriter.nfc(text).split("\\R", -1);
			for (int i = 0; i < lines.length; i++) {
				if (i > 0) {
					child(element, "br");
				}
				element.appendChild(this.dom.createTextNode(lines[i]));
			}
		}

	}

}
