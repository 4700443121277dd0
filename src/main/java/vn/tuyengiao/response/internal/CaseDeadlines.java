package vn.tuyengiao.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.response.CaseStatus;

/**
 * Deadlines (thời hạn) for a verdict, set by a case's severity, and their escalation: once a deadline passes
 * without a verdict the case is escalated to the leaders of its unit (and the units above), once, with a step in
 * its timeline. The defaults (a day for HIGH, three for MEDIUM, seven for LOW) are set in
 * {@code tuyengiao.response.deadline.*}.
 */
@Component
class CaseDeadlines {

	/** Who escalations are recorded as. */
	static final String SYSTEM = "hệ thống";

	private static final Set<CaseStatus> AWAITING_VERDICT = EnumSet.of(CaseStatus.NEW, CaseStatus.VERIFYING);

	private final Duration high;

	private final Duration medium;

	private final Duration low;

	private final JdbcTemplate jdbc;

	private final Accounts accounts;

	private final CaseNotices notices;

	private final AuditLog audit;

	private final TransactionTemplate transactions;

	private final Clock clock = Clock.systemUTC();

	CaseDeadlines(CaseSettings settings, JdbcTemplate jdbc, Accounts accounts, CaseNotices notices, AuditLog audit,
			PlatformTransactionManager transactions) {
		this.high = settings.deadline().high();
		this.medium = settings.deadline().medium();
		this.low = settings.deadline().low();
		this.jdbc = jdbc;
		this.accounts = accounts;
		this.notices = notices;
		this.audit = audit;
		this.transactions = new TransactionTemplate(transactions);
	}

	static boolean awaitsVerdict(CaseStatus status) {
		return AWAITING_VERDICT.contains(status);
	}

	/** When a verdict is due for a case of that severity opened (or sent back to verification) now. */
	Instant dueAt(Severity severity, Instant now) {
		return now.plus(switch (severity) {
			case HIGH -> high;
			case MEDIUM -> medium;
			case LOW -> low;
		});
	}

	@Scheduled(fixedDelayString = "${tuyengiao.response.deadline.check-every:PT1M}", initialDelayString = "PT30S")
	void everyMinute() {
		escalateDue(clock.instant());
	}

	/** Escalates every case whose verdict was due before {@code now}; returns how many were escalated. */
	int escalateDue(Instant now) {
		record Due(long id, String title, long unitId, String assignee, Instant dueAt) {
		}
		List<Due> due = jdbc.query("""
				select id, title, owner_unit_id, assignee, due_at from response_case
				where status in ('NEW', 'VERIFYING') and escalated_at is null and due_at < ? order by due_at""",
				(rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4),
						rs.getTimestamp(5).toInstant()),
				Timestamp.from(now));
		int escalated = 0;
		for (Due c : due) {
			Boolean done = transactions.execute(status -> {
				// the condition again: a verdict reached (or another node escalating) since the list was read wins
				int claimed = jdbc.update("""
						update response_case set escalated_at = ? where id = ? and escalated_at is null
						  and status in ('NEW', 'VERIFYING')""", Timestamp.from(now), c.id());
				if (claimed == 0) {
					return false;
				}
				CaseStatus current = CaseStatus.valueOf(jdbc.queryForObject("select status from response_case where id = ?",
						String.class, c.id()));
				String message = "Vụ việc \"" + c.title() + "\" đã quá hạn kết luận (hạn "
						+ CaseFormats.dateTime(c.dueAt()) + ")" + (c.assignee() == null ? "" : ", người xử lý: " + c.assignee());
				jdbc.update("""
						insert into response_case_transition (case_id, from_status, to_status, note, actor, at, kind)
						values (?, ?, ?, ?, ?, ?, 'ESCALATE')""", c.id(), current.name(), current.name(),
						"Quá hạn kết luận, báo cáo lãnh đạo", SYSTEM, Timestamp.from(now));
				for (Accounts.Contact leader : accounts.holdersOf(c.unitId(), Role.LEADER)) {
					notices.tell(c.id(), c.unitId(), leader.username(), "ESCALATE", null, message);
				}
				audit.recordAs(SYSTEM, AuditAction.UPDATE, "case:" + c.id(), c.unitId(), message + ": báo cáo lãnh đạo");
				return true;
			});
			escalated += Boolean.TRUE.equals(done) ? 1 : 0;
		}
		return escalated;
	}

}
