package vn.tuyengiao.monitor.internal.story;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.UnitOutOfScope;

/**
 * Who reads stories: any analyst (specialist, leader, viewer, administrator), as for the items they are made
 * of, which are public content. Reporters and collaborators do not monitor.
 */
@Component
class StoryAccess {

	private static final Role[] READERS = { Role.SPECIALIST, Role.LEADER, Role.VIEWER, Role.ADMIN };

	private final AccessScope scope;

	StoryAccess(AccessScope scope) {
		this.scope = scope;
	}

	void requireReader() {
		CurrentUser user = scope.current();
		for (Role role : READERS) {
			if (user.hasRole(role)) {
				return;
			}
		}
		throw new UnitOutOfScope(user.grantedUnitIds().stream().findFirst().orElse(0L));
	}

}
