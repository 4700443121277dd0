package vn.tuyengiao.access.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;

/** A person who signs in (tài khoản). Roles are kept with the account, each bound to a unit. */
@Entity
@Table(name = "access_user")
class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false, unique = true)
	private String username;

	@Column(name = "display_name", nullable = false)
	private String displayName;

	@Column(name = "password_hash", nullable = false)
	private String passwordHash;

	/** Optional; reminders go to it when the operator configured SMTP. */
	private String email;

	private boolean enabled = true;

	@Column(name = "failed_logins")
	private int failedLogins;

	@Column(name = "locked_until")
	private Instant lockedUntil;

	@Column(name = "must_change_password")
	private boolean mustChangePassword;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Version
	private long version;

	@ElementCollection(fetch = FetchType.LAZY)
	@CollectionTable(name = "access_role_assignment", joinColumns = @JoinColumn(name = "user_id"))
	private List<Assignment> assignments = new ArrayList<>();

	protected UserAccount() {
	}

	UserAccount(String username, String displayName, String passwordHash, boolean mustChangePassword, Instant now) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.mustChangePassword = mustChangePassword;
		this.createdAt = now;
	}

	Long id() {
		return id;
	}

	String username() {
		return username;
	}

	String displayName() {
		return displayName;
	}

	String passwordHash() {
		return passwordHash;
	}

	String email() {
		return email;
	}

	void setEmail(String email) {
		this.email = email == null || email.isBlank() ? null : email.strip();
	}

	boolean enabled() {
		return enabled;
	}

	int failedLogins() {
		return failedLogins;
	}

	Instant lockedUntil() {
		return lockedUntil;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	long version() {
		return version;
	}

	boolean isLockedAt(Instant now) {
		return lockedUntil != null && lockedUntil.isAfter(now);
	}

	List<RoleGrant> grants() {
		return assignments.stream().map(a -> new RoleGrant(a.role, a.unitId)).toList();
	}

	void rename(String displayName) {
		this.displayName = displayName;
	}

	void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	void changePassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = false;
	}

	void resetPassword(String passwordHash) {
		this.passwordHash = passwordHash;
		this.mustChangePassword = true;
		unlock();
	}

	/** Counts a failed login; the account locks for {@code lockFor} once {@code maxFailures} is reached. */
	void loginFailed(Instant now, int maxFailures, java.time.Duration lockFor) {
		failedLogins++;
		if (failedLogins >= maxFailures) {
			lockedUntil = now.plus(lockFor);
			failedLogins = 0;
		}
	}

	void loginSucceeded() {
		failedLogins = 0;
		lockedUntil = null;
	}

	void unlock() {
		failedLogins = 0;
		lockedUntil = null;
	}

	void replaceGrants(List<RoleGrant> grants) {
		assignments.clear();
		grants.stream().distinct().forEach(g -> assignments.add(new Assignment(g.role(), g.unitId())));
	}

	@Embeddable
	static class Assignment {

		@Enumerated(EnumType.STRING)
		@Column(nullable = false)
		private Role role;

		@Column(name = "unit_id", nullable = false)
		private long unitId;

		protected Assignment() {
		}

		Assignment(Role role, long unitId) {
			this.role = role;
			this.unitId = unitId;
		}

	}

}
