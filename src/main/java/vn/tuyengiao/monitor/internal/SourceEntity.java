package vn.tuyengiao.monitor.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tuyengiao.monitor.Source;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;

@Entity
@Table(name = "monitor_source")
class SourceEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String name;

	@Column(nullable = false)
	private String outlet;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SourceType type;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private SourceKind kind;

	private String url;

	@Column(nullable = false)
	private String language;

	@Column(name = "interval_minutes", nullable = false)
	private int intervalMinutes;

	@Column(name = "owner_unit_id", nullable = false)
	private long ownerUnitId;

	@Column(nullable = false)
	private boolean active;

	/** The validators of the last answer, sent back so an unchanged feed costs the site a 304. */
	private String etag;

	@Column(name = "last_modified")
	private String lastModified;

	@Column(name = "next_fetch_at")
	private Instant nextFetchAt;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	protected SourceEntity() {
	}

	SourceEntity(String name, String outlet, SourceType type, SourceKind kind, String url, String language,
			int intervalMinutes, long ownerUnitId, Instant now) {
		this.name = name;
		this.outlet = outlet;
		this.type = type;
		this.kind = kind;
		this.url = url;
		this.language = language;
		this.intervalMinutes = intervalMinutes;
		this.ownerUnitId = ownerUnitId;
		this.active = true;
		this.createdAt = now;
		this.nextFetchAt = intervalMinutes > 0 ? now : null;
	}

	Source toSource() {
		return new Source(id, name, outlet, type, kind, url, language, intervalMinutes, ownerUnitId, active, version);
	}

	void update(String name, String outlet, SourceKind kind, String url, String language, int intervalMinutes,
			boolean active) {
		this.name = name;
		this.outlet = outlet;
		this.kind = kind;
		if (url != null && !url.equals(this.url)) {
			this.etag = null; // validators belong to the old address
			this.lastModified = null;
		}
		this.url = url;
		this.language = language;
		this.intervalMinutes = intervalMinutes;
		this.active = active;
	}

	void fetched(String etag, String lastModified, Instant now) {
		this.etag = etag;
		this.lastModified = lastModified;
		scheduleAfter(now);
	}

	void scheduleAfter(Instant now) {
		this.nextFetchAt = intervalMinutes > 0 ? now.plusSeconds(intervalMinutes * 60L) : null;
	}

	long id() {
		return id;
	}

	long version() {
		return version;
	}

	String name() {
		return name;
	}

	String outlet() {
		return outlet;
	}

	SourceType type() {
		return type;
	}

	SourceKind kind() {
		return kind;
	}

	String url() {
		return url;
	}

	String language() {
		return language;
	}

	long ownerUnitId() {
		return ownerUnitId;
	}

	boolean active() {
		return active;
	}

	String etag() {
		return etag;
	}

	String lastModified() {
		return lastModified;
	}

}
