package vn.tuyengiao.report.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tuyengiao.report.Aggregation;
import vn.tuyengiao.report.Indicator;
import vn.tuyengiao.report.ReportCatalogue.IndicatorDefinition;
import vn.tuyengiao.report.ValueType;

@Entity
@Table(name = "report_indicator")
class IndicatorEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "work_area_id", nullable = false)
	private long workAreaId;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "unit_of_measure", nullable = false)
	private String unitOfMeasure;

	@Enumerated(EnumType.STRING)
	@Column(name = "value_type", nullable = false)
	private ValueType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Aggregation aggregation;

	@Column(name = "min_value")
	private BigDecimal minValue;

	@Column(name = "max_value")
	private BigDecimal maxValue;

	private boolean required;

	private int position;

	private boolean active = true;

	@Version
	private long version;

	protected IndicatorEntity() {
	}

	IndicatorEntity(long workAreaId, int position, IndicatorDefinition definition) {
		this.workAreaId = workAreaId;
		this.position = position;
		define(workAreaId, definition);
	}

	void define(long workAreaId, IndicatorDefinition definition) {
		this.workAreaId = workAreaId;
		this.code = definition.code();
		this.name = definition.name().trim();
		this.unitOfMeasure = definition.unitOfMeasure().trim();
		this.type = definition.type();
		this.aggregation = definition.aggregation();
		this.minValue = definition.minValue();
		this.maxValue = definition.maxValue();
		this.required = definition.required();
		this.active = definition.active();
	}

	Indicator toView() {
		return new Indicator(id, workAreaId, code, name, unitOfMeasure, type, aggregation, minValue, maxValue, required,
				position, active, version);
	}

	Long id() {
		return id;
	}

	long workAreaId() {
		return workAreaId;
	}

	long version() {
		return version;
	}

	boolean active() {
		return active;
	}

	int position() {
		return position;
	}

}
