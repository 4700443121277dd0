package vn.tuyengiao.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A section of a form: a work area with its indicators, or narrative only (work area {@code null}). */
@Entity
@Table(name = "report_form_section")
class FormSectionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int position;

	@Column(nullable = false)
	private String code;

	@Column(nullable = false)
	private String title;

	@Column(name = "work_area_id")
	private Long workAreaId;

	protected FormSectionEntity() {
	}

	FormSectionEntity(int position, String code, String title, Long workAreaId) {
		this.position = position;
		this.code = code;
		this.title = title;
		this.workAreaId = workAreaId;
	}

	Long id() {
		return id;
	}

	String code() {
		return code;
	}

	String title() {
		return title;
	}

	Long workAreaId() {
		return workAreaId;
	}

}
