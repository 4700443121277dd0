package vn.tuyengiao.classify.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A label a person gave a text for a task; a later correction of the same reference replaces it. */
@Entity
@Table(name = "classify_label")
class LabelEntity {

	/** Texts are kept up to this length: enough to learn from, bounded for the database. */
	static final int MAX_TEXT = 20000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String task;

	@Column(nullable = false)
	private String text;

	@Column(nullable = false)
	private String label;

	private String ref;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected LabelEntity() {
	}

	LabelEntity(Task task, String text, String label, String ref, String createdBy, Instant createdAt) {
		this.task = task.key();
		this.ref = ref;
		relabel(text, label, createdBy, createdAt);
	}

	void relabel(String text, String label, String by, Instant at) {
		this.text = text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
		this.label = label;
		this.createdBy = by;
		this.createdAt = at;
	}

	Long id() {
		return id;
	}

	String task() {
		return task;
	}

	String text() {
		return text;
	}

	String label() {
		return label;
	}

	String ref() {
		return ref;
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

}
