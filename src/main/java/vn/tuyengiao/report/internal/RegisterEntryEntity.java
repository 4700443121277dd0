package vn.tuyengiao.report.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.tuyengiao.report.Consolidation.RegisteredDocument;

/** An entry of the document register: a number, once given, is never given again in the same term. */
@Entity
@Table(name = "report_document_register")
class RegisterEntryEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "document_type", nullable = false)
	private String documentType;

	@Column(name = "term_start", nullable = false)
	private LocalDate termStart;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String symbol;

	@Column(name = "issued_on", nullable = false)
	private LocalDate issuedOn;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String reference;

	@Column(name = "registered_at", nullable = false)
	private Instant registeredAt;

	@Column(name = "registered_by", nullable = false)
	private String registeredBy;

	protected RegisterEntryEntity() {
	}

	RegisterEntryEntity(long unitId, String documentType, LocalDate termStart, int number, String symbol,
			LocalDate issuedOn, String title, String reference, Instant registeredAt, String registeredBy) {
		this.unitId = unitId;
		this.documentType = documentType;
		this.termStart = termStart;
		this.number = number;
		this.symbol = symbol;
		this.issuedOn = issuedOn;
		this.title = title;
		this.reference = reference;
		this.registeredAt = registeredAt;
		this.registeredBy = registeredBy;
	}

	RegisteredDocument toView() {
		return new RegisteredDocument(unitId, documentType, termStart, number, symbol, issuedOn, title, reference);
	}

}
