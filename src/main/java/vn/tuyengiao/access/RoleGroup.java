package vn.tuyengiao.access;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Who does a kind of work: the roles that carry a right, named once here so that every module asks the same
 * question ({@link AccessScope#require(RoleGroup, long)}). A right in a unit comes from a role of the group
 * granted on that unit or a unit above it; a grant of another role adds nothing. Which groups an operation needs
 * is written beside it; {@code AuthorizationMatrixTests} holds the resulting table.
 */
public enum RoleGroup {

	/**
	 * Read monitoring (items, sources, topics, stories, alerts), cases and their responses, places and the
	 * classifiers' scores.
	 */
	ANALYSTS(Role.SPECIALIST, Role.LEADER, Role.VIEWER, Role.ADMIN),

	/**
	 * Act on what analysts read: manage sources, topics and their alerts, open and move cases, label texts for
	 * the classifiers; from a unit above, assign a report form to the units below.
	 */
	HANDLERS(Role.SPECIALIST, Role.LEADER, Role.ADMIN),

	/** Train the classifiers, whose models change what every user sees. */
	TRAINERS(Role.LEADER, Role.ADMIN),

	/**
	 * Read the quarterly cycle: unit reports, consolidated reports and their documents, briefings and tasks. Every
	 * role but the collaborator's, who files opinion reports and reads none of these.
	 */
	CYCLE_READERS(Role.ADMIN, Role.LEADER, Role.SPECIALIST, Role.REPORTER, Role.VIEWER),

	/** Fill in and submit a unit's report, and report the progress of a task the unit leads. */
	REPORT_EDITORS(Role.REPORTER, Role.SPECIALIST, Role.LEADER),

	/**
	 * The board's staff: from a unit above, return, accept or reopen a unit's report and set a task for it; in the
	 * unit, edit and compile its consolidated report and organise its meetings.
	 */
	BOARD_STAFF(Role.SPECIALIST, Role.LEADER),

	/** Approve and revise a consolidated report; set a task for their own unit. */
	LEADERS(Role.LEADER),

	/** Administer units, users, the catalogue, issuers, the gazetteer and the search index. */
	ADMINISTRATORS(Role.ADMIN);

	private final Set<Role> roles;

	RoleGroup(Role... roles) {
		this.roles = Collections.unmodifiableSet(EnumSet.copyOf(List.of(roles)));
	}

	public Set<Role> roles() {
		return roles;
	}

	public boolean includes(Role role) {
		return roles.contains(role);
	}

}
