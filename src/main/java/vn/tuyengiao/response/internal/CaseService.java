package vn.tuyengiao.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.access.UnitOutOfScope;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.response.CaseItemsLinked;
import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases;

/**
 * Cases and their workflow, kept with plain SQL: a case row, its items by id, and one row per transition (the
 * timeline). Analysts (specialists, leaders, administrators) of the owning unit or a unit above open and move
 * cases; viewers read them. Every change is audited in the same transaction.
 */
@Service
class CaseService implements Cases {

	static final Set<String> SEVERITIES = Set.of("LOW", "MEDIUM", "HIGH");

	private static final Role[] HANDLERS = { Role.SPECIALIST, Role.LEADER, Role.ADMIN };

	private static final Role[] READERS = { Role.SPECIALIST, Role.LEADER, Role.VIEWER, Role.ADMIN };

	private final JdbcTemplate jdbc;

	private final AccessScope scope;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	CaseService(JdbcTemplate jdbc, AccessScope scope, AuditLog audit, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
	}

	@Override
	@Transactional
	public Case open(NewCase request) {
		CurrentUser user = scope.current();
		long owner = request.ownerUnitId() != null ? request.ownerUnitId() : defaultUnit(user);
		if (!scope.hasRoleOn(owner, HANDLERS)) {
			throw new UnitOutOfScope(owner);
		}
		String title = required("title", request.title(), 300);
		String claim = required("claim", request.claim(), 1000);
		String severity = request.severity() == null || request.severity().isBlank() ? "MEDIUM"
				: request.severity().strip().toUpperCase(java.util.Locale.ROOT);
		if (!SEVERITIES.contains(severity)) {
			throw new InvalidInput("severity", "response.case.bad-severity");
		}
		Instant now = clock.instant();
		String period = period(request.period(), now);
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var insert = connection.prepareStatement("""
					insert into response_case (title, claim, summary, status, severity, owner_unit_id, period_code,
					  created_by, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			insert.setString(1, title);
			insert.setString(2, claim);
			insert.setString(3, request.summary());
			insert.setString(4, CaseStatus.NEW.name());
			insert.setString(5, severity);
			insert.setLong(6, owner);
			insert.setString(7, period);
			insert.setString(8, user.username());
			insert.setTimestamp(9, Timestamp.from(now));
			insert.setTimestamp(10, Timestamp.from(now));
			return insert;
		}, key);
		long id = key.getKey().longValue();
		Set<Long> items = new LinkedHashSet<>(request.itemIds() == null ? List.of() : request.itemIds());
		for (Long item : items) {
			jdbc.update("insert into response_case_item (case_id, item_id, linked_at, linked_by) values (?, ?, ?, ?)", id,
					item, Timestamp.from(now), user.username());
		}
		transition(id, null, CaseStatus.NEW, "Mở vụ việc", user.username(), now);
		audit.record(AuditAction.CREATE, "case:" + id, owner, "Mở vụ việc \"" + title + "\" (" + items.size() + " tin)");
		if (!items.isEmpty()) {
			events.publishEvent(new CaseItemsLinked(id, List.copyOf(items)));
		}
		return get(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Case get(long id) {
		CurrentUser user = scope.current();
		List<Case> found = jdbc.query("select * from response_case where id = ?", (rs, n) -> row(rs), id);
		if (found.isEmpty() || !user.covers(found.get(0).ownerUnitId()) || !scope.hasRoleOn(found.get(0).ownerUnitId(), READERS)) {
			throw new NotFound("response.case.not-found", id);
		}
		return found.get(0);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Case> visible() {
		CurrentUser user = scope.current();
		List<Case> cases = new ArrayList<>();
		for (Case c : jdbc.query("select * from response_case order by created_at desc, id desc", (rs, n) -> row(rs))) {
			if (user.covers(c.ownerUnitId()) && scope.hasRoleOn(c.ownerUnitId(), READERS)) {
				cases.add(c);
			}
		}
		return cases;
	}

	@Override
	@Transactional
	public Case move(long id, CaseStatus to, String note) {
		if (to == null) {
			throw new InvalidInput("to", "response.case.status-required");
		}
		Case current = get(id);
		if (!scope.hasRoleOn(current.ownerUnitId(), HANDLERS)) {
			throw new UnitOutOfScope(current.ownerUnitId());
		}
		if (!current.status().canMoveTo(to)) {
			throw (Conflict) new Conflict("to", "response.case.illegal-transition", current.status().name(), to.name(),
					String.join(", ", current.status().next().stream().map(Enum::name).toList()))
				.with("allowed", current.status().next());
		}
		if (to == CaseStatus.CLOSED && current.verdict() == null) {
			throw new Conflict("to", "response.case.close-without-verdict");
		}
		String actor = scope.current().username();
		Instant now = clock.instant();
		// values decided here, not in SQL: PostgreSQL cannot type a parameter inside CASE
		CaseStatus verdict = to.isVerdict() ? to : current.verdict();
		int updated = jdbc.update("""
				update response_case set status = ?, verdict = ?, updated_at = ?, closed_at = ?, version = version + 1
				where id = ? and version = ?""", to.name(), verdict == null ? null : verdict.name(), Timestamp.from(now),
				to == CaseStatus.CLOSED ? Timestamp.from(now) : null, id, current.version());
		if (updated == 0) {
			throw new Conflict("version", "response.case.stale");
		}
		transition(id, current.status(), to, note, actor, now);
		audit.record(AuditAction.UPDATE, "case:" + id, current.ownerUnitId(), "Vụ việc \"" + current.title() + "\": "
				+ current.status() + " → " + to + (note == null || note.isBlank() ? "" : " (" + note.strip() + ")"));
		return get(id);
	}

	private void transition(long id, CaseStatus from, CaseStatus to, String note, String actor, Instant at) {
		jdbc.update("insert into response_case_transition (case_id, from_status, to_status, note, actor, at) values (?, ?, ?, ?, ?, ?)",
				id, from == null ? null : from.name(), to.name(), note == null ? null : note.strip(), actor, Timestamp.from(at));
	}

	private Case row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long id = rs.getLong("id");
		CaseStatus status = CaseStatus.valueOf(rs.getString("status"));
		String verdict = rs.getString("verdict");
		List<Long> items = jdbc.queryForList("select item_id from response_case_item where case_id = ? order by linked_at, item_id",
				Long.class, id);
		List<Transition> timeline = jdbc.query(
				"select from_status, to_status, note, actor, at from response_case_transition where case_id = ? order by at, id",
				(t, n) -> new Transition(t.getString(1) == null ? null : CaseStatus.valueOf(t.getString(1)),
						CaseStatus.valueOf(t.getString(2)), t.getString(3), t.getString(4), t.getTimestamp(5).toInstant()),
				id);
		Timestamp closed = rs.getTimestamp("closed_at");
		return new Case(id, rs.getString("title"), rs.getString("claim"), rs.getString("summary"), status,
				verdict == null ? null : CaseStatus.valueOf(verdict), rs.getString("severity"), rs.getLong("owner_unit_id"),
				rs.getString("period_code"), rs.getString("assignee"), rs.getString("created_by"), rs.getTimestamp("created_at").toInstant(),
				rs.getTimestamp("updated_at").toInstant(), closed == null ? null : closed.toInstant(), rs.getLong("version"),
				items, List.copyOf(status.next()), timeline);
	}

	/** The quarter a case is counted in: as given, else the quarter of the moment it is opened (Vietnam time). */
	private static String period(String given, Instant now) {
		if (given == null || given.isBlank()) {
			java.time.LocalDate today = now.atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")).toLocalDate();
			return Period.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1).code();
		}
		try {
			return Period.parse(given.strip()).code();
		}
		catch (RuntimeException ex) {
			throw new InvalidInput("period", "response.case.bad-period");
		}
	}

	private static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "response.case.required");
		}
		if (value.strip().length() > max) {
			throw new InvalidInput(field, "response.case.too-long", max);
		}
		return value.strip();
	}

	private static long defaultUnit(CurrentUser user) {
		for (RoleGrant grant : user.grants()) {
			for (Role role : HANDLERS) {
				if (grant.role() == role) {
					return grant.unitId();
				}
			}
		}
		throw new UnitOutOfScope(user.grantedUnitIds().stream().findFirst().orElse(0L));
	}

}
