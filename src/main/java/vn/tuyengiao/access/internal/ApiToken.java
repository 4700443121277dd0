package vn.tuyengiao.access.internal;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A personal API token (mã truy cập API). Only a SHA-256 hash of the secret is stored; the secret is
 * shown once, when it is made.
 */
@Entity
@Table(name = "access_api_token")
class ApiToken {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "user_id", nullable = false)
	private long userId;

	@Column(nullable = false)
	private String name;

	@Column(name = "token_hash", nullable = false, unique = true)
	private String tokenHash;

	/** The first characters of the secret, so a user can tell their tokens apart. */
	@Column(name = "token_prefix", nullable = false)
	private String prefix;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "last_used_at")
	private Instant lastUsedAt;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	protected ApiToken() {
	}

	ApiToken(long userId, String name, String tokenHash, String prefix, Instant createdAt, Instant expiresAt) {
		this.userId = userId;
		this.name = name;
		this.tokenHash = tokenHash;
		this.prefix = prefix;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	Long id() {
		return id;
	}

	long userId() {
		return userId;
	}

	String name() {
		return name;
	}

	String prefix() {
		return prefix;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant expiresAt() {
		return expiresAt;
	}

	Instant lastUsedAt() {
		return lastUsedAt;
	}

	Instant revokedAt() {
		return revokedAt;
	}

	boolean usableAt(Instant now) {
		return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
	}

	void used(Instant now) {
		lastUsedAt = now;
	}

	void revoke(Instant now) {
		if (revokedAt == null) {
			revokedAt = now;
		}
	}

}
