package vn.tuyengiao.stories.internal;

import org.springframework.stereotype.Component;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.Role;

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
		scope.requireAnyRole(READERS);
	}

}
