package vn.tuyengiao.report.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tuyengiao.report.WorkArea;

@Entity
@Table(name = "report_work_area")
class WorkAreaEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	private int position;

	@Column(nullable = false)
	private String name;

	private boolean active = true;

	@Version
	private long version;

	protected WorkAreaEntity() {
	}

	WorkArea toView() {
		return new WorkArea(id, code, position, name, active, version);
	}

	Long id() {
		return id;
	}

	String code() {
		return code;
	}

	String name() {
		return name;
	}

	long version() {
		return version;
	}

	void change(String name, int position, boolean active) {
		this.name = name;
		this.position = position;
		this.active = active;
	}

}
