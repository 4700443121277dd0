package vn.tuyengiao.report.internal.document;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import vn.tuyengiao.report.PartyDocument;

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
 * Fonts are read once, when the writer is made ({@link PdfFonts}); after that one instance can serve every
 * request. The page itself is {@link PdfPage}'s.
 */
public final class PartyPdfWriter {

	static {
		XRLog.setLoggerImpl(new PdfRendererLogging());
	}

	private final PdfFonts fonts;

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
		this.fonts = new PdfFonts(fontDirectory);
	}

	/** The family each style is printed in: {@code Times New Roman} or {@code Liberation Serif}. */
	List<String> fontFamilies() {
		return this.fonts.families();
	}

	/**
	 * Writes the document to {@code out}, which is left open.
	 * @throws DocumentNotWritten if {@code out} cannot be written
	 */
	public void write(PartyDocument document, OutputStream out) {
		PdfRendererBuilder builder = new PdfRendererBuilder();
		this.fonts.useIn(builder);
		// The document names no external resource; should one slip in, it is not fetched.
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
		builder.useExternalResourceAccessControl((uri, type) -> false,
				ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
		builder.withW3cDocument(new PdfPage(document).build(), null);
		builder.toStream(out);
		try {
			builder.run();
		}
		catch (IOException ex) {
			throw new DocumentNotWritten(ex);
		}
	}

}
