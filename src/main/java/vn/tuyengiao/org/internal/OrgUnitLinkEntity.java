package vn.tuyengiao.org.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.tuyengiao.org.OrgUnitLink;

@Entity
@Table(name = "org_unit_link")
class OrgUnitLinkEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "predecessor_id", nullable = false)
	private long predecessorId;

	@Column(name = "successor_id", nullable = false)
	private long successorId;

	@Enumerated(EnumType.STRING)
	@Column(name = "link_kind", nullable = false)
	private OrgUnitLink.Kind kind;

	@Column(name = "effective_on", nullable = false)
	private LocalDate effectiveOn;

	protected OrgUnitLinkEntity() {
	}

	OrgUnitLinkEntity(long predecessorId, long successorId, OrgUnitLink.Kind kind, LocalDate effectiveOn) {
		this.predecessorId = predecessorId;
		this.successorId = successorId;
		this.kind = kind;
		this.effectiveOn = effectiveOn;
	}

	OrgUnitLink toView() {
		return new OrgUnitLink(predecessorId, successorId, kind, effectiveOn);
	}

}
