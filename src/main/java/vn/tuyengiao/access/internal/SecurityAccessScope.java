package vn.tuyengiao.access.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.access.UnitDirectory;

/**
 * Reads the roles from the database on each request (not from the session), so a permission change
 * takes effect at once; the result is kept for the rest of the request.
 */
@Service
class SecurityAccessScope implements AccessScope {

	private static final String CACHE = SecurityAccessScope.class.getName() + ".current";

	private final AccountService accounts;

	private final UnitDirectory units;

	SecurityAccessScope(AccountService accounts, UnitDirectory units) {
		this.accounts = accounts;
		this.units = units;
	}

	@Override
	public CurrentUser current() {
		return currentIfAny().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not signed in"));
	}

	@Override
	public Optional<CurrentUser> currentIfAny() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
			return Optional.empty();
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null && request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST) instanceof CurrentUser cached
				&& cached.id() == principal.id()) {
			return Optional.of(cached);
		}
		UserAccount account = accounts.find(principal.id());
		List<RoleGrant> grants = account.grants();
		Set<Long> covered = new HashSet<>();
		grants.forEach(grant -> covered.addAll(units.subtreeOf(grant.unitId())));
		CurrentUser user = new CurrentUser(account.id(), account.username(), account.displayName(), grants,
				Set.copyOf(covered));
		if (request != null) {
			request.setAttribute(CACHE, user, RequestAttributes.SCOPE_REQUEST);
		}
		return Optional.of(user);
	}

	@Override
	public boolean holds(RoleGroup group, long unitId) {
		return reaches(group::includes, unitId, false);
	}

	@Override
	public boolean holdsAbove(RoleGroup group, long unitId) {
		return reaches(group::includes, unitId, true);
	}

	@Override
	public Set<Long> unitsWith(RoleGroup group) {
		return reached(group::includes);
	}

	/** The caller's grants of the wanted roles. */
	private Stream<RoleGrant> grants(Predicate<Role> wanted) {
		return currentIfAny().stream().flatMap(user -> user.grants().stream()).filter(grant -> wanted.test(grant.role()));
	}

	/** Whether a grant of a wanted role is on the unit or above it (strictly above when {@code above}). */
	private boolean reaches(Predicate<Role> wanted, long unitId, boolean above) {
		return grants(wanted).filter(grant -> !above || grant.unitId() != unitId)
			.anyMatch(grant -> units.subtreeOf(grant.unitId()).contains(unitId));
	}

	private Set<Long> reached(Predicate<Role> wanted) {
		Set<Long> reached = new HashSet<>();
		grants(wanted).forEach(grant -> reached.addAll(units.subtreeOf(grant.unitId())));
		return Set.copyOf(reached);
	}

}
