package vn.tuyengiao.classify.internal;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.RoleGroup;

/**
 * Who may do what with the classifiers. They serve the whole installation, so a role on any unit counts:
 * handlers (specialists, leaders, administrators) label texts; trainers (leaders and administrators) train models,
 * which change what every user sees; analysts, viewers among them, read the models' scores.
 */
@Component
class ClassifyAccess {

	private final AccessScope scope;

	ClassifyAccess(AccessScope scope) {
		this.scope = scope;
	}

	CurrentUser requireLabeller() {
		return scope.require(RoleGroup.HANDLERS);
	}

	CurrentUser requireTrainer() {
		return scope.require(RoleGroup.TRAINERS);
	}

	CurrentUser requireReader() {
		return scope.require(RoleGroup.ANALYSTS);
	}

	/** The unit an audit record of this user's classifier work is filed under: their first grant's. */
	static Long unitOf(CurrentUser user) {
		return user.grants().isEmpty() ? null : user.grants().get(0).unitId();
	}

}
