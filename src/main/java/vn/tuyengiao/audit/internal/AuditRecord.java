package vn.tuyengiao.audit.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditEntry;

/** Immutable row of the audit trail: Hibernate never issues an UPDATE for it. */
@Entity
@Immutable
@Table(name = "audit_record")
class AuditRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at", nullable = false)
	private Instant at;

	@Column(nullable = false)
	private String actor;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private AuditAction action;

	@Column(nullable = false)
	private String subject;

	@Column(name = "unit_id")
	private Long unitId;

	@Column(nullable = false)
	private String summary;

	@Column(name = "remote_address")
	private String remoteAddress;

	protected AuditRecord() {
	}

	AuditRecord(Instant at, String actor, AuditAction action, String subject, Long unitId, String summary,
			String remoteAddress) {
		this.at = at;
		this.actor = actor;
		this.action = action;
		this.subject = subject;
		this.unitId = unitId;
		this.summary = summary;
		this.remoteAddress = remoteAddress;
	}

	AuditEntry toEntry() {
		return new AuditEntry(id, at, actor, action, subject, unitId, summary, remoteAddress);
	}

}
