package vn.tuyengiao.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.response.Cases.Case;

/** Who handles a case: only a handler of its unit (or a unit above) may be given it, and is told so. */
@Component
class CaseAssignment {

	private final JdbcTemplate jdbc;

	private final AccessScope scope;

	private final AuditLog audit;

	private final Accounts accounts;

	private final CaseNotices notices;

	private final CaseRecords records;

	private final Clock clock = Clock.systemUTC();

	CaseAssignment(JdbcTemplate jdbc, AccessScope scope, AuditLog audit, Accounts accounts, CaseNotices notices,
			CaseRecords records) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.audit = audit;
		this.accounts = accounts;
		this.notices = notices;
		this.records = records;
	}

	@Transactional
	Case assign(long id, String assignee, String note, Long version) {
		Case current = records.handled(id, version);
		if (assignee == null || assignee.isBlank()) {
			throw new InvalidInput("assignee", "response.case.required");
		}
		String to = handlerOf(current.ownerUnitId(), assignee.strip());
		if (to.equals(current.assignee())) {
			return current;
		}
		String actor = scope.current().username();
		Instant now = clock.instant();
		int updated = jdbc.update("update response_case set assignee = ?, updated_at = ?, version = version + 1 where id = ? and version = ?",
				to, Timestamp.from(now), id, current.version());
		if (updated == 0) {
			throw new Conflict("version", "response.case.stale");
		}
		String why = CaseInput.optional("note", note, 2000);
		records.step(id, current.status(), current.status(), "Giao cho " + to + (why == null ? "" : ": " + why), actor, now, "ASSIGN");
		audit.record(AuditAction.UPDATE, "case:" + id, current.ownerUnitId(),
				"Giao vụ việc \"" + current.title() + "\" cho " + to + (current.assignee() == null ? "" : " (trước: " + current.assignee() + ")"));
		tellAssignee(id, current.ownerUnitId(), to, actor, current.title(), why);
		return records.get(id);
	}

	/** Tells whoever was given the case, unless they gave it to themselves. */
	void tellAssignee(long id, long ownerUnitId, String assignee, String actor, String title, String why) {
		if (!assignee.equals(actor)) {
			notices.tell(id, ownerUnitId, assignee, "ASSIGN", null, actor + " giao cho đồng chí vụ việc \"" + title + "\""
					+ (why == null ? "" : ": " + why));
		}
	}

	/** The username of a handler of the unit (or a unit above); anyone else is refused. */
	String handlerOf(long unitId, String username) {
		return accounts.holdersOf(unitId, RoleGroup.HANDLERS).stream()
			.map(Accounts.Contact::username)
			.filter(name -> name.equalsIgnoreCase(username))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("assignee", "response.case.assignee-unknown", username));
	}

}
