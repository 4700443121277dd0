package vn.tuyengiao.topics.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A saved topic (chủ đề theo dõi): a name and a query in {@link TopicQueryParser}'s language, owned by a unit
 * whose analysts see and change it. Accent-free unless {@code exactAccents}.
 */
@Entity
@Table(name = "monitor_topic")
class TopicEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String query;

	@Column(name = "exact_accents", nullable = false)
	private boolean exactAccents;

	@Column(name = "owner_unit_id", nullable = false)
	private long ownerUnitId;

	@Column(name = "created_by", nullable = false)
	private String createdBy;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(nullable = false)
	private boolean active = true;

	@Version
	private long version;

	protected TopicEntity() {
	}

	TopicEntity(String name, String query, boolean exactAccents, long ownerUnitId, String createdBy, Instant createdAt) {
		this.name = name;
		this.query = query;
		this.exactAccents = exactAccents;
		this.ownerUnitId = ownerUnitId;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
	}

	void change(String name, String query, boolean exactAccents, boolean active) {
		this.name = name;
		this.query = query;
		this.exactAccents = exactAccents;
		this.active = active;
	}

	Long id() {
		return id;
	}

	String name() {
		return name;
	}

	String query() {
		return query;
	}

	boolean exactAccents() {
		return exactAccents;
	}

	long ownerUnitId() {
		return ownerUnitId;
	}

	String createdBy() {
		return createdBy;
	}

	Instant createdAt() {
		return createdAt;
	}

	boolean active() {
		return active;
	}

	long version() {
		return version;
	}

}
