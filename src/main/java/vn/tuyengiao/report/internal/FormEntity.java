package vn.tuyengiao.report.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A report form: its sections in order and the indicators it asks for, fixed when it is made. */
@Entity
@Table(name = "report_form")
class FormEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String code;

	@Column(nullable = false)
	private String name;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "form_id", nullable = false)
	@OrderBy("position")
	private List<FormSectionEntity> sections = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "report_form_indicator", joinColumns = @JoinColumn(name = "form_id"))
	@OrderBy("position")
	private List<FormIndicator> indicators = new ArrayList<>();

	protected FormEntity() {
	}

	FormEntity(String code, String name, Instant createdAt) {
		this.code = code;
		this.name = name;
		this.createdAt = createdAt;
	}

	void addSection(String code, String title, Long workAreaId) {
		sections.add(new FormSectionEntity(sections.size() + 1, code, title, workAreaId));
	}

	void addIndicator(long indicatorId) {
		indicators.add(new FormIndicator(indicatorId, indicators.size() + 1));
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

	List<FormSectionEntity> sections() {
		return sections;
	}

	List<Long> indicatorIds() {
		return indicators.stream().map(FormIndicator::indicatorId).toList();
	}

	@Embeddable
	static class FormIndicator {

		@Column(name = "indicator_id", nullable = false)
		private long indicatorId;

		private int position;

		protected FormIndicator() {
		}

		FormIndicator(long indicatorId, int position) {
			this.indicatorId = indicatorId;
			this.position = position;
		}

		long indicatorId() {
			return indicatorId;
		}

	}

}
