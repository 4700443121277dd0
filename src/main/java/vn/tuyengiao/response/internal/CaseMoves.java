package vn.tuyengiao.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases.Case;

/**
 * A case moved through its workflow ({@link CaseWorkflow}): only along the transitions allowed, closed only with a
 * verdict, with a new deadline for the verdict when it is verified again.
 */
@Component
class CaseMoves {

	private final JdbcTemplate jdbc;

	private final AccessScope scope;

	private final AuditLog audit;

	private final CaseWorkflow workflow;

	private final CaseDeadlines deadlines;

	private final CaseStories stories;

	private final CaseRecords records;

	private final Clock clock = Clock.systemUTC();

	CaseMoves(JdbcTemplate jdbc, AccessScope scope, AuditLog audit, CaseWorkflow workflow, CaseDeadlines deadlines,
			CaseStories stories, CaseRecords records) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.audit = audit;
		this.workflow = workflow;
		this.deadlines = deadlines;
		this.stories = stories;
		this.records = records;
	}

	@Transactional
	Case move(long id, CaseStatus to, String note, Long version) {
		if (to == null) {
			throw new InvalidInput("to", "response.case.status-required");
		}
		Case current = records.handled(id, version);
		if (!workflow.allows(current.status(), to)) {
			throw (Conflict) new Conflict("to", "response.case.illegal-transition", current.status().name(), to.name(),
					String.join(", ", workflow.next(current.status()).stream().map(Enum::name).toList()))
				.with("allowed", workflow.next(current.status()));
		}
		if (to == CaseStatus.CLOSED && current.verdict() == null) {
			throw new Conflict("to", "response.case.close-without-verdict");
		}
		String why = CaseInput.optional("note", note, 2000);
		String actor = scope.current().username();
		Instant now = clock.instant();
		// values decided here, not in SQL: PostgreSQL cannot type a parameter inside CASE
		CaseStatus verdict = to.isVerdict() ? to : current.verdict();
		// verifying again (a closed case reopened, a verdict revisited) sets a new deadline for the verdict
		boolean verifyingAgain = to == CaseStatus.VERIFYING && current.status() != CaseStatus.NEW;
		Instant due = verifyingAgain ? deadlines.dueAt(Severity.parse(current.severity()), now) : current.dueAt();
		Instant escalated = verifyingAgain ? null : current.escalatedAt();
		int updated = jdbc.update("""
				update response_case set status = ?, verdict = ?, updated_at = ?, closed_at = ?, due_at = ?, escalated_at = ?,
				  version = version + 1
				where id = ? and version = ?""", to.name(), verdict == null ? null : verdict.name(), Timestamp.from(now),
				to == CaseStatus.CLOSED ? Timestamp.from(now) : null, due == null ? null : Timestamp.from(due),
				escalated == null ? null : Timestamp.from(escalated), id, current.version());
		if (updated == 0) {
			throw new Conflict("version", "response.case.stale");
		}
		records.step(id, current.status(), to, why, actor, now, "MOVE");
		if (to == CaseStatus.CLOSED || current.status() == CaseStatus.CLOSED) {
			stories.claimsChanged();
		}
		audit.record(AuditAction.UPDATE, "case:" + id, current.ownerUnitId(), "Vụ việc \"" + current.title() + "\": "
				+ current.status() + " → " + to + (why == null ? "" : " (" + why + ")"));
		return records.get(id);
	}

}
