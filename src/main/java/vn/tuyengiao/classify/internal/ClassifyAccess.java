package vn.tuyengiao.classify.internal;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.UnitOutOfScope;

/**
 * Who may do what with the classifiers. They serve the whole installation, so a role on any unit counts:
 * analysts (specialists, leaders, administrators) label texts; leaders and administrators train models,
 * which change what every user sees; viewers may also read the models' scores.
 */
@Component
class ClassifyAccess {

	static final Role[] LABELLERS = { Role.SPECIALIST, Role.LEADER, Role.ADMIN };

	static final Role[] TRAINERS = { Role.LEADER, Role.ADMIN };

	static final Role[] READERS = { Role.SPECIALIST, Role.LEADER, Role.VIEWER, Role.ADMIN };

	private final AccessScope scope;

	ClassifyAccess(AccessScope scope) {
		this.scope = scope;
	}

	CurrentUser requireLabeller() {
		return require(LABELLERS);
	}

	CurrentUser requireTrainer() {
		return require(TRAINERS);
	}

	CurrentUser requireReader() {
		return require(READERS);
	}

	private CurrentUser require(Role[] roles) {
		CurrentUser user = scope.current();
		for (Role role : roles) {
			if (user.hasRole(role)) {
				return user;
			}
		}
		throw new UnitOutOfScope(user.grantedUnitIds().stream().findFirst().orElse(0L));
	}

	/** The unit an audit record of this user's classifier work is filed under: their first grant's. */
	static Long unitOf(CurrentUser user) {
		return user.grants().isEmpty() ? null : user.grants().get(0).unitId();
	}

}
