package vn.tuyengiao.report.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tuyengiao.report.IssuerProfile;

@Entity
@Table(name = "report_issuer")
class IssuerEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false, unique = true)
	private long unitId;

	@Column(name = "superior_body", nullable = false)
	private String superiorBody;

	@Column(name = "issuing_body", nullable = false)
	private String issuingBody;

	@Column(nullable = false)
	private String place;

	@Column(name = "term_start", nullable = false)
	private LocalDate termStart;

	@Column(name = "first_number", nullable = false)
	private int firstNumber;

	@Column(name = "signer_authority", nullable = false)
	private String signerAuthority;

	@Column(name = "signer_on_behalf", nullable = false)
	private String signerOnBehalfOf;

	@Column(name = "signer_title", nullable = false)
	private String signerTitle;

	@Column(name = "signer_name", nullable = false)
	private String signerName;

	/** One recipient a line. */
	@Column(nullable = false, length = 4000)
	private String recipients;

	@Version
	private long version;

	protected IssuerEntity() {
	}

	IssuerEntity(long unitId) {
		this.unitId = unitId;
	}

	void define(IssuerProfile profile) {
		superiorBody = profile.superiorBody().trim();
		issuingBody = profile.issuingBody().trim();
		place = profile.place().trim();
		termStart = profile.termStart();
		firstNumber = profile.firstNumber();
		signerAuthority = profile.signerAuthority();
		signerOnBehalfOf = profile.signerOnBehalfOf().trim();
		signerTitle = profile.signerTitle().trim();
		signerName = profile.signerName().trim();
		recipients = String.join("\n", profile.recipients().stream().map(String::trim).filter(r -> !r.isEmpty()).toList());
	}

	IssuerProfile toProfile() {
		List<String> lines = recipients.isBlank() ? List.of() : Arrays.asList(recipients.split("\n"));
		return new IssuerProfile(superiorBody, issuingBody, place, termStart, firstNumber, signerAuthority,
				signerOnBehalfOf, signerTitle, signerName, lines);
	}

}
