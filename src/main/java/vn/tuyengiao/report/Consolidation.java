package vn.tuyengiao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consolidated report of a unit (the province board) for a period, and the documents it issues.
 * Scope and role checks are the web layer's.
 */
public interface Consolidation {

	/** The consolidated report; on first call a draft is compiled from the accepted reports. */
	ConsolidatedReport of(String period, long unitId);

	/** The specialist's edit of the summary line and the sections' text. */
	ConsolidatedReport edit(String period, long unitId, String summary, Map<String, String> sections, long version);

	/** Compiles the sections' text again from the accepted reports, replacing the edited text. */
	ConsolidatedReport recompile(String period, long unitId, long version);

	/** The leader approves: the report gets the next number in the document register and its date. */
	ConsolidatedReport approve(String period, long unitId, LocalDate issuedOn, long version);

	Optional<IssuerProfile> issuer(long unitId);

	void saveIssuer(long unitId, IssuerProfile profile);

	List<RegisteredDocument> register(long unitId);

	/** An entry of the document register (sổ đăng ký văn bản). */
	record RegisteredDocument(long unitId, String documentType, LocalDate termStart, int number, String symbol,
			LocalDate issuedOn, String title, String reference) {
	}

}
