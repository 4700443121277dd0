package vn.tuyengiao.report;

/**
 * A {@link PartyDocument} was built against the rules of Regulation 66 its writers rely on: a heading level
 * other than 1 to 3, a table without columns or with a row of another width, a signing authority other than
 * T/M, K/T, T/L or none. The module building the document has a bug; no user input reaches these parts unchecked.
 */
public class PartyDocumentMalformed extends IllegalArgumentException {

	PartyDocumentMalformed(String message) {
		super(message);
	}

}
