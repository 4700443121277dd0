package vn.tuyengiao.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases.Case;
import vn.tuyengiao.response.Cases.Transition;

/**
 * The case rows as their readers may see them, with their items, stories and timeline; and the steps of the
 * timeline. Analysts of the owning unit or a unit above read a case; a case where the reader's roles do not
 * reach does not exist for them (404), and whoever holds none of these roles anywhere is refused (403).
 */
@Component
class CaseRecords {

	private final JdbcTemplate jdbc;

	private final AccessScope scope;

	private final CaseWorkflow workflow;

	private final Clock clock = Clock.systemUTC();

	CaseRecords(JdbcTemplate jdbc, AccessScope scope, CaseWorkflow workflow) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.workflow = workflow;
	}

	@Transactional(readOnly = true)
	Case get(long id) {
		scope.require(RoleGroup.ANALYSTS);
		List<Case> found = jdbc.query("select * from response_case where id = ?", (rs, n) -> row(rs), id);
		if (found.isEmpty() || !scope.holds(RoleGroup.ANALYSTS, found.get(0).ownerUnitId())) {
			throw new NotFound("response.case.not-found", id);
		}
		return found.get(0);
	}

	@Transactional(readOnly = true)
	List<Case> visible() {
		scope.require(RoleGroup.ANALYSTS);
		Set<Long> readable = scope.unitsWith(RoleGroup.ANALYSTS);
		List<Case> cases = new ArrayList<>();
		for (Case c : jdbc.query("select * from response_case order by created_at desc, id desc", (rs, n) -> row(rs))) {
			if (readable.contains(c.ownerUnitId())) {
				cases.add(c);
			}
		}
		return cases;
	}

	/** What the home page reminds the caller of: open cases overdue for a verdict, and open cases given to them. */
	record Workload(long overdue, long assigned) {
	}

	/**
	 * The caller's {@link Workload}, read in one query of the open cases without their items or timelines: it is
	 * asked on every visit of the home page.
	 */
	@Transactional(readOnly = true)
	Workload workload() {
		CurrentUser user = scope.current();
		Instant now = clock.instant();
		Set<Long> readable = scope.unitsWith(RoleGroup.ANALYSTS);
		long[] counts = new long[2];
		jdbc.query("select owner_unit_id, status, due_at, assignee from response_case where status <> 'CLOSED'", rs -> {
			long unit = rs.getLong(1);
			if (!readable.contains(unit)) {
				return;
			}
			Timestamp due = rs.getTimestamp(3);
			if (CaseDeadlines.awaitsVerdict(CaseStatus.valueOf(rs.getString(2))) && due != null && due.toInstant().isBefore(now)) {
				counts[0]++;
			}
			if (user.username().equals(rs.getString(4))) {
				counts[1]++;
			}
		});
		return new Workload(counts[0], counts[1]);
	}

	/** The case, for a change by one of its unit's handlers, at the version the caller saw when one is given. */
	Case handled(long id, Long version) {
		Case current = get(id);
		scope.require(RoleGroup.HANDLERS, current.ownerUnitId());
		if (version != null && version != current.version()) {
			throw new Conflict("version", "response.case.stale");
		}
		return current;
	}

	void touch(long id, Instant now) {
		jdbc.update("update response_case set updated_at = ?, version = version + 1 where id = ?", Timestamp.from(now), id);
	}

	void step(long id, CaseStatus from, CaseStatus to, String note, String actor, Instant at, String kind) {
		jdbc.update("insert into response_case_transition (case_id, from_status, to_status, note, actor, at, kind) values (?, ?, ?, ?, ?, ?, ?)",
				id, from == null ? null : from.name(), to.name(), note, actor, Timestamp.from(at), kind);
	}

	private Case row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long id = rs.getLong("id");
		CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
		String verdict = rs.getString("verdict");
		List<Long> itemIds = jdbc.queryForList(
				"select item_id from response_case_item where case_id = ? order by linked_at, item_id", Long.class, id);
		List<Long> storyIds = jdbc.queryForList(
				"select story_id from response_case_story where case_id = ? order by linked_at, story_id", Long.class, id);
		List<Transition> timeline = jdbc.query(
				"select from_status, to_status, note, actor, at, kind from response_case_transition where case_id = ? order by at, id",
				(t, n) -> new Transition(t.getString(1) == null ? null : CaseStatus.valueOf(t.getString(1)),
						CaseStatus.valueOf(t.getString(2)), t.getString(3), t.getString(4), t.getTimestamp(5).toInstant(),
						t.getString(6)),
				id);
		Instant due = instant(rs.getTimestamp("due_at"));
		String places = rs.getString("places");
		return new Case(id, rs.getString("title"), rs.getString("claim"), rs.getString("summary"), status,
				verdict == null ? null : CaseStatus.valueOf(verdict), rs.getString("severity"), rs.getLong("owner_unit_id"),
				rs.getString("period_code"), rs.getString("work_area"),
				places == null || places.isEmpty() ? List.of() : List.of(places.split("\n")), rs.getString("assignee"),
				rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
				due, CaseDeadlines.awaitsVerdict(status) && due != null && due.isBefore(clock.instant()),
				instant(rs.getTimestamp("escalated_at")), instant(rs.getTimestamp("closed_at")), rs.getLong("version"), itemIds,
				storyIds, List.copyOf(workflow.next(status)), timeline);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
