package vn.tuyengiao.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The consolidated report of a unit (the province board) for a period, and the documents it issues.
 * Scope and role checks are the web layer's. Reading never creates or changes anything: the draft is made
 * by {@link #recompile}.
 */
public interface Consolidation {

	/** The consolidated report, if its draft has been compiled. */
	Optional<ConsolidatedReport> find(String period, long unitId);

	/** The consolidated report; {@code NotFound} (saying to compile it) when no draft has been compiled yet. */
	ConsolidatedReport of(String period, long unitId);

	/** The specialist's edit of the summary line and the sections' text. */
	ConsolidatedReport edit(String period, long unitId, String summary, Map<String, String> sections, long version);

	/**
	 * Compiles the sections' text from the accepted reports: the first call creates the draft ({@code version}
	 * may be {@code null}); later calls replace the edited text and need the current version.
	 */
	ConsolidatedReport recompile(String period, long unitId, Long version);

	/**
	 * The leader approves: the report gets the next number in the document register and its date, and its
	 * DOCX, PDF and XLSX are written once and kept as issued. While an expected unit report is not accepted
	 * (missing, awaiting review or returned) it is refused as a {@code Conflict} listing those units in
	 * {@code missing}, unless {@code confirmMissing}; the document then names them.
	 */
	ConsolidatedReport approve(String period, long unitId, LocalDate issuedOn, long version, boolean confirmMissing);

	/**
	 * The leader changes an issued report: it becomes the draft of its next revision, to be approved under a
	 * new number; the issued revision and its files stay as they were. A reason is required and audited.
	 */
	ConsolidatedReport revise(String period, long unitId, String reason, long version);

	Optional<IssuerProfile> issuer(long unitId);

	void saveIssuer(long unitId, IssuerProfile profile);

	List<RegisteredDocument> register(long unitId);

	/** An entry of the document register (sổ đăng ký văn bản). */
	record RegisteredDocument(long unitId, String documentType, LocalDate termStart, int number, String symbol,
			LocalDate issuedOn, String title, String reference) {
	}

}
