package vn.tuyengiao.report.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One file of an issued consolidated report, as issued: never updated, never deleted. */
@Entity
@Table(name = "report_issued_document")
class IssuedDocumentEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "consolidated_id", nullable = false)
	private long consolidatedId;

	@Column(nullable = false)
	private int revision;

	@Column(nullable = false)
	private String kind;

	@Column(name = "file_name", nullable = false)
	private String fileName;

	@Column(name = "content_type", nullable = false)
	private String contentType;

	@Column(nullable = false)
	private String sha256;

	@Column(name = "byte_count", nullable = false)
	private int byteCount;

	@Column(nullable = false)
	private byte[] content;

	@Column(name = "issued_at", nullable = false)
	private Instant issuedAt;

	@Column(name = "issued_by", nullable = false)
	private String issuedBy;

	protected IssuedDocumentEntity() {
	}

	IssuedDocumentEntity(long consolidatedId, int revision, String kind, String fileName, String contentType,
			byte[] content, String sha256, Instant issuedAt, String issuedBy) {
		this.consolidatedId = consolidatedId;
		this.revision = revision;
		this.kind = kind;
		this.fileName = fileName;
		this.contentType = contentType;
		this.content = content.clone();
		this.byteCount = content.length;
		this.sha256 = sha256;
		this.issuedAt = issuedAt;
		this.issuedBy = issuedBy;
	}

	long consolidatedId() {
		return consolidatedId;
	}

	int revision() {
		return revision;
	}

	String kind() {
		return kind;
	}

	String fileName() {
		return fileName;
	}

	String contentType() {
		return contentType;
	}

	String sha256() {
		return sha256;
	}

	int byteCount() {
		return byteCount;
	}

	byte[] content() {
		return content.clone();
	}

}
