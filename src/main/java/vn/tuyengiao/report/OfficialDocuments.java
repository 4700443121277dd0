package vn.tuyengiao.report;

/**
 * Writes an official Party document in the format of Regulation 66-QĐ/TW: the same writers that print the
 * periodic reports, for other modules' documents (a case file sent with a referral, later guidance notices).
 * The caller builds the {@link PartyDocument}; scope and role checks are the caller's.
 */
public interface OfficialDocuments {

	/** The document as a Word file (DOCX): A4, Times New Roman, the Regulation's margins and header. */
	byte[] docx(PartyDocument document);

	/** The same document as PDF, with Times New Roman when the operator supplies it, else Liberation Serif. */
	byte[] pdf(PartyDocument document);

}
