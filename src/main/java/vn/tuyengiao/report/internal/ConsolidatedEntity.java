package vn.tuyengiao.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

@Entity
@Table(name = "report_consolidated")
class ConsolidatedEntity extends UnitPeriodRecord {

	static final String DRAFT = "DRAFT";

	static final String APPROVED = "APPROVED";

	@Column(nullable = false)
	private String status = DRAFT;

	@Column(nullable = false)
	private String summary;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "approved_by")
	private String approvedBy;

	@Column(name = "document_number")
	private Integer documentNumber;

	@Column(name = "issued_on")
	private LocalDate issuedOn;

	@Column(nullable = false)
	private int revision = 1;

	@ElementCollection
	@CollectionTable(name = "report_consolidated_section", joinColumns = @JoinColumn(name = "consolidated_id"))
	@MapKeyColumn(name = "section_code")
	@Column(name = "body", nullable = false, length = 400000)
	private Map<String, String> sections = new HashMap<>();

	protected ConsolidatedEntity() {
	}

	ConsolidatedEntity(long unitId, String periodCode, String summary, Instant now, String actor) {
		super(unitId, periodCode, now, actor);
		this.summary = summary;
	}

	String status() {
		return status;
	}

	String summary() {
		return summary;
	}

	Integer documentNumber() {
		return documentNumber;
	}

	LocalDate issuedOn() {
		return issuedOn;
	}

	int revision() {
		return revision;
	}

	Map<String, String> sections() {
		return sections;
	}

	boolean approved() {
		return APPROVED.equals(status);
	}

	void edit(String summary, Map<String, String> texts) {
		if (summary != null && !summary.isBlank()) {
			this.summary = summary.strip();
		}
		texts.forEach((code, text) -> {
			if (text == null || text.isBlank()) {
				sections.remove(code);
			}
			else {
				sections.put(code, text.strip());
			}
		});
	}

	void approve(int number, LocalDate issuedOn, Instant now, String actor) {
		this.status = APPROVED;
		this.documentNumber = number;
		this.issuedOn = issuedOn;
		this.approvedAt = now;
		this.approvedBy = actor;
	}

	/** A change to the issued report: the next revision, a draft again until it is approved under a new number. */
	void revise() {
		this.status = DRAFT;
		this.revision++;
		this.documentNumber = null;
		this.issuedOn = null;
		this.approvedAt = null;
		this.approvedBy = null;
	}

}
