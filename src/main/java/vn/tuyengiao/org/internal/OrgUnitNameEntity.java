package vn.tuyengiao.org.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import vn.tuyengiao.org.OrgUnitName;

/** A former name of a unit, with the days it was in use. */
@Entity
@Table(name = "org_unit_name")
class OrgUnitNameEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(nullable = false)
	private String name;

	@Column(name = "short_name", nullable = false)
	private String shortName;

	@Column(nullable = false)
	private String symbol;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to", nullable = false)
	private LocalDate validTo;

	protected OrgUnitNameEntity() {
	}

	OrgUnitNameEntity(long unitId, String name, String shortName, String symbol, LocalDate validFrom,
			LocalDate validTo) {
		this.unitId = unitId;
		this.name = name;
		this.shortName = shortName;
		this.symbol = symbol;
		this.validFrom = validFrom;
		this.validTo = validTo;
	}

	OrgUnitName toView() {
		return new OrgUnitName(name, shortName, symbol, validFrom, validTo);
	}

}
