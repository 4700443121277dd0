package vn.tuyengiao.access.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The security principal of a signed-in account; roles become {@code ROLE_*} authorities. */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final long id;

	private final String username;

	private String passwordHash;

	private final boolean enabled;

	private final boolean locked;

	private final boolean mustChangePassword;

	private final List<GrantedAuthority> authorities;

	private AccountPrincipal(long id, String username, String passwordHash, boolean enabled, boolean locked,
			boolean mustChangePassword, List<GrantedAuthority> authorities) {
		this.id = id;
		this.username = username;
		this.passwordHash = passwordHash;
		this.enabled = enabled;
		this.locked = locked;
		this.mustChangePassword = mustChangePassword;
		this.authorities = authorities;
	}

	static AccountPrincipal of(UserAccount account, java.time.Instant now) {
		List<GrantedAuthority> authorities = account.grants()
			.stream()
			.map(grant -> grant.role().authority())
			.distinct()
			.<GrantedAuthority>map(SimpleGrantedAuthority::new)
			.toList();
		return new AccountPrincipal(account.id(), account.username(), account.passwordHash(), account.enabled(),
				account.isLockedAt(now), account.mustChangePassword(), authorities);
	}

	long id() {
		return id;
	}

	boolean mustChangePassword() {
		return mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return username;
	}

	@Override
	public boolean isAccountNonLocked() {
		return !locked;
	}

	@Override
	public boolean isEnabled() {
		return enabled;
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

}
