package vn.tuyengiao.report.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * What a unit's report and a consolidated report both are: one unit's record for one period, edited by people
 * one version at a time, with who touched it last.
 */
@MappedSuperclass
abstract class UnitPeriodRecord {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id", nullable = false)
	private long unitId;

	@Column(name = "period_code", nullable = false)
	private String periodCode;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Column(name = "updated_by", nullable = false)
	private String updatedBy;

	@Version
	private long version;

	protected UnitPeriodRecord() {
	}

	UnitPeriodRecord(long unitId, String periodCode, Instant now, String actor) {
		this.unitId = unitId;
		this.periodCode = periodCode;
		touch(now, actor);
	}

	Long id() {
		return id;
	}

	long unitId() {
		return unitId;
	}

	String periodCode() {
		return periodCode;
	}

	long version() {
		return version;
	}

	String updatedBy() {
		return updatedBy;
	}

	void touch(Instant now, String actor) {
		this.updatedAt = now;
		this.updatedBy = actor;
	}

}
