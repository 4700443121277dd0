package vn.tuyengiao.report;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One official Party document (văn bản của Đảng) as data: every word the writer prints comes from here,
 * so a unit's report, the province's consolidated report and later documents share one layout.
 * <p>
 * Fields are the parts Regulation 66-QĐ/TW names: the bodies in the top-left corner, the number, the
 * place and date, the document type and summary, the body, the recipients (Nơi nhận) and the signature,
 * then the appendix (phụ lục), which real reports print after the signature. Text is kept as given; the
 * writer only upper-cases the parts the format prints in capitals.
 *
 * @param appendix blocks printed after the signature and the recipients, on a new page
 * @param draft a document not yet approved: every page's header says "DỰ THẢO"
 */
public record PartyDocument(String superiorBody, String issuingBody, String number, String placeAndDate,
		String documentType, String summary, List<Block> body, List<String> recipients, Signature signature,
		List<Block> appendix, boolean draft) {

	/** The mark a document not yet approved carries in its header and its file name. */
	public static final String DRAFT_MARK = "DỰ THẢO";

	/** A final document without an appendix. */
	public PartyDocument(String superiorBody, String issuingBody, String number, String placeAndDate,
			String documentType, String summary, List<Block> body, List<String> recipients, Signature signature) {
		this(superiorBody, issuingBody, number, placeAndDate, documentType, summary, body, recipients, signature,
				List.of(), false);
	}

	public PartyDocument {
		Objects.requireNonNull(superiorBody, "superiorBody");
		Objects.requireNonNull(issuingBody, "issuingBody");
		Objects.requireNonNull(number, "number");
		Objects.requireNonNull(placeAndDate, "placeAndDate");
		Objects.requireNonNull(documentType, "documentType");
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(signature, "signature");
		body = List.copyOf(body);
		recipients = List.copyOf(recipients);
		appendix = List.copyOf(appendix);
	}

	/** A part of the body, printed in order. */
	public sealed interface Block permits Heading, Paragraph, Bullet, Table, Note {
	}

	/**
	 * A section heading, printed bold as given: level 1 for "I. TÌNH HÌNH…" (the caller writes the
	 * capitals), level 2 for "1. Công tác…", level 3 for "a) …" (bold italic).
	 */
	public record Heading(int level, String text) implements Block {

		public Heading {
			if (level < 1 || level > 3) {
				throw new PartyDocumentMalformed("A heading is level 1, 2 or 3, not " + level);
			}
			Objects.requireNonNull(text, "text");
		}

	}

	public record Paragraph(String text) implements Block {

		public Paragraph {
			Objects.requireNonNull(text, "text");
		}

	}

	/** A list item, printed as a paragraph starting "- " as Party documents do, not as a Word list. */
	public record Bullet(String text) implements Block {

		public Bullet {
			Objects.requireNonNull(text, "text");
		}

	}

	/** A bordered table; every row has as many cells as the header. */
	public record Table(List<String> header, List<List<String>> rows) implements Block {

		public Table {
			header = List.copyOf(header);
			if (header.isEmpty()) {
				throw new PartyDocumentMalformed("A table needs at least one column");
			}
			rows = rows.stream().map(List::copyOf).toList();
			for (List<String> row : rows) {
				if (row.size() != header.size()) {
					throw new PartyDocumentMalformed(
							"A row has " + row.size() + " cells but the header has " + header.size() + ": " + row);
				}
			}
		}

	}

	/** A small italic remark, such as {@code Số liệu minh họa, không phải số liệu thật}. */
	public record Note(String text) implements Block {

		public Note {
			Objects.requireNonNull(text, "text");
		}

	}

	/**
	 * Who signs and on whose behalf. {@code authority} is "T/M" (on behalf of a collective, e.g.
	 * "T/M BAN TUYÊN GIÁO"), "K/T" (a deputy signing for the head, e.g. "K/T TRƯỞNG BAN" over "PHÓ TRƯỞNG
	 * BAN"), "T/L" (by delegation) or empty when the head signs in their own name and only the title is
	 * printed.
	 */
	public record Signature(String authority, String onBehalfOf, String title, String signerName) {

		static final Set<String> AUTHORITIES = Set.of("", "T/M", "K/T", "T/L");

		public Signature {
			authority = authority == null ? "" : authority.strip();
			if (!AUTHORITIES.contains(authority)) {
				throw new PartyDocumentMalformed("Signing authority is T/M, K/T, T/L or empty, not " + authority);
			}
			onBehalfOf = onBehalfOf == null ? "" : onBehalfOf;
			Objects.requireNonNull(title, "title");
			Objects.requireNonNull(signerName, "signerName");
		}

	}

}
