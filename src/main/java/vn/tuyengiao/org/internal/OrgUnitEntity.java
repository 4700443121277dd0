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
import jakarta.persistence.Version;

import vn.tuyengiao.org.OrgUnit;
import vn.tuyengiao.org.OrgUnitType;

@Entity
@Table(name = "org_unit")
class OrgUnitEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "parent_id")
	private Long parentId;

	@Enumerated(EnumType.STRING)
	@Column(name = "unit_type", nullable = false)
	private OrgUnitType type;

	@Column(nullable = false)
	private String name;

	@Column(name = "short_name", nullable = false)
	private String shortName;

	@Column(nullable = false)
	private String symbol;

	@Column(name = "valid_from", nullable = false)
	private LocalDate validFrom;

	@Column(name = "valid_to")
	private LocalDate validTo;

	/** The day the current name took effect; earlier names are in {@code org_unit_name}. */
	@Column(name = "named_from", nullable = false)
	private LocalDate namedFrom;

	@Version
	private long version;

	protected OrgUnitEntity() {
	}

	OrgUnitEntity(Long parentId, OrgUnitType type, String name, String shortName, String symbol, LocalDate validFrom) {
		this.parentId = parentId;
		this.type = type;
		this.name = name;
		this.shortName = shortName;
		this.symbol = symbol == null ? "" : symbol;
		this.validFrom = validFrom;
		this.namedFrom = validFrom;
	}

	OrgUnit toView() {
		return new OrgUnit(id, parentId, type, name, shortName, symbol, validFrom, validTo, version);
	}

	Long id() {
		return id;
	}

	Long parentId() {
		return parentId;
	}

	String name() {
		return name;
	}

	String shortName() {
		return shortName;
	}

	String symbol() {
		return symbol;
	}

	LocalDate validFrom() {
		return validFrom;
	}

	LocalDate validTo() {
		return validTo;
	}

	LocalDate namedFrom() {
		return namedFrom;
	}

	long version() {
		return version;
	}

	boolean isOpenOn(LocalDate day) {
		return validTo == null || !validTo.isBefore(day);
	}

	void rename(String name, String shortName, String symbol, LocalDate from) {
		this.name = name;
		this.shortName = shortName;
		this.symbol = symbol == null ? "" : symbol;
		this.namedFrom = from;
	}

	void close(LocalDate lastDay) {
		this.validTo = lastDay;
	}

	void moveUnder(Long parentId) {
		this.parentId = parentId;
	}

}
