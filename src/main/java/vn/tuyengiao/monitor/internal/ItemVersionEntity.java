package vn.tuyengiao.monitor.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The text an edited article had before: kept, because what was published first is often the point. */
@Entity
@Table(name = "monitor_item_version")
class ItemVersionEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "item_id", nullable = false)
	private long itemId;

	@Column(nullable = false)
	private int number;

	@Column(nullable = false)
	private String title;

	@Column(nullable = false)
	private String body;

	@Column(name = "content_hash", nullable = false)
	private String contentHash;

	@Column(name = "seen_at", nullable = false)
	private Instant seenAt;

	protected ItemVersionEntity() {
	}

	ItemVersionEntity(ItemEntity item) {
		this.itemId = item.id();
		this.number = item.versions();
		this.title = item.title();
		this.body = item.body();
		this.contentHash = item.contentHash();
		this.seenAt = item.updatedAt();
	}

	int number() {
		return number;
	}

	String title() {
		return title;
	}

	String body() {
		return body;
	}

	Instant seenAt() {
		return seenAt;
	}

}
