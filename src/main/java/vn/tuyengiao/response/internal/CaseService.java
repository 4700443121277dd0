package vn.tuyengiao.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.response.CaseItemsLinked;
import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases;

/**
 * Cases and their workflow, kept with plain SQL: a case row, its items and stories by id, and one row per step
 * (the timeline). Analysts (specialists, leaders, administrators) of the owning unit or a unit above open, move
 * and assign cases; viewers read them. Whoever holds none of these roles anywhere (a reporter, a collaborator) is
 * refused (403); a case of a unit where the reader's roles do not reach does not exist for them (404). Every change
 * is audited in the same transaction.
 */
@Service
class CaseService implements Cases {

	private final JdbcTemplate jdbc;

	private final AccessScope scope;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Items items;

	private final Accounts accounts;

	private final CaseDeadlines deadlines;

	private final CaseNotices notices;

	private final CaseWorkflow workflow;

	private final CaseStories stories;

	private final Clock clock = Clock.systemUTC();

	CaseService(JdbcTemplate jdbc, AccessScope scope, AuditLog audit, ApplicationEventPublisher events, Items items,
			Accounts accounts, CaseDeadlines deadlines, CaseNotices notices, CaseWorkflow workflow,
			CaseStories stories) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
		this.items = items;
		this.accounts = accounts;
		this.deadlines = deadlines;
		this.notices = notices;
		this.workflow = workflow;
		this.stories = stories;
	}

	@Override
	@Transactional
	public Case open(NewCase request) {
		CurrentUser user = scope.current();
		long owner = request.ownerUnitId() != null ? request.ownerUnitId() : scope.firstUnitWith(RoleGroup.HANDLERS);
		scope.require(RoleGroup.HANDLERS, owner);
		String title = required("title", request.title(), 300);
		String claim = required("claim", request.claim(), 1000);
		String summary = optional("summary", request.summary(), 4000);
		Severity severity = Severity.parse(request.severity());
		List<Items.Item> linked = linkedItems(request.itemIds(), request.storyIds());
		String assignee = request.assignee() == null || request.assignee().isBlank() ? user.username()
				: handlerOf(owner, request.assignee().strip());
		String workArea = optional("workArea", request.workArea(), 40);
		if (workArea == null) {
			workArea = linked.stream().map(Items.Item::workArea).filter(area -> area != null && !area.isBlank()).findFirst()
				.orElse(null);
		}
		Set<String> places = new LinkedHashSet<>(request.places() == null ? List.of() : request.places());
		linked.forEach(item -> places.addAll(item.placeNames()));
		Instant now = clock.instant();
		String period = period(request.period(), now);
		Instant due = deadlines.dueAt(severity, now);
		String placeLines = String.join("\n", places.stream().map(String::strip).filter(p -> !p.isEmpty()).toList());
		final String area = workArea;
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var insert = connection.prepareStatement("""
					insert into response_case (title, claim, summary, status, severity, owner_unit_id, period_code,
					  assignee, work_area, places, due_at, created_by, created_at, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			insert.setString(1, title);
			insert.setString(2, claim);
			insert.setString(3, summary);
			insert.setString(4, CaseStatus.NEW.name());
			insert.setString(5, severity.name());
			insert.setLong(6, owner);
			insert.setString(7, period);
			insert.setString(8, assignee);
			insert.setString(9, area);
			insert.setString(10, placeLines.length() > 2000 ? placeLines.substring(0, 2000) : placeLines);
			insert.setTimestamp(11, Timestamp.from(due));
			insert.setString(12, user.username());
			insert.setTimestamp(13, Timestamp.from(now));
			insert.setTimestamp(14, Timestamp.from(now));
			return insert;
		}, key);
		long id = key.getKey().longValue();
		List<Long> itemIds = linkRows(id, linked, user.username(), now);
		step(id, null, CaseStatus.NEW, "Mở vụ việc", user.username(), now, "MOVE");
		audit.record(AuditAction.CREATE, "case:" + id, owner, "Mở vụ việc \"" + title + "\" (" + itemIds.size() + " tin)");
		if (!assignee.equals(user.username())) {
			notices.tell(id, owner, assignee, "ASSIGN", null, user.username() + " giao cho đồng chí vụ việc \"" + title + "\"");
		}
		if (!itemIds.isEmpty()) {
			events.publishEvent(new CaseItemsLinked(id, itemIds));
		}
		return get(id);
	}

	@Override
	@Transactional(readOnly = true)
	public Case get(long id) {
		scope.require(RoleGroup.ANALYSTS);
		List<Case> found = jdbc.query("select * from response_case where id = ?", (rs, n) -> row(rs), id);
		if (found.isEmpty() || !scope.holds(RoleGroup.ANALYSTS, found.get(0).ownerUnitId())) {
			throw new NotFound("response.case.not-found", id);
		}
		return found.get(0);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Case> visible() {
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

	@Override
	@Transactional
	public Case move(long id, CaseStatus to, String note, Long version) {
		if (to == null) {
			throw new InvalidInput("to", "response.case.status-required");
		}
		Case current = handled(id, version);
		if (!workflow.allows(current.status(), to)) {
			throw (Conflict) new Conflict("to", "response.case.illegal-transition", current.status().name(), to.name(),
					String.join(", ", workflow.next(current.status()).stream().map(Enum::name).toList()))
				.with("allowed", workflow.next(current.status()));
		}
		if (to == CaseStatus.CLOSED && current.verdict() == null) {
			throw new Conflict("to", "response.case.close-without-verdict");
		}
		String why = optional("note", note, 2000);
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
		step(id, current.status(), to, why, actor, now, "MOVE");
		if (to == CaseStatus.CLOSED || current.status() == CaseStatus.CLOSED) {
			stories.claimsChanged();
		}
		audit.record(AuditAction.UPDATE, "case:" + id, current.ownerUnitId(), "Vụ việc \"" + current.title() + "\": "
				+ current.status() + " → " + to + (why == null ? "" : " (" + why + ")"));
		return get(id);
	}

	@Override
	@Transactional
	public Case link(long id, List<Long> itemIds, String note) {
		Case current = handled(id, null);
		if (itemIds == null || itemIds.isEmpty()) {
			throw new InvalidInput("itemIds", "response.case.items-required");
		}
		String actor = scope.current().username();
		Instant now = clock.instant();
		List<Long> added = linkRows(id, linkedItems(itemIds, List.of()), actor, now);
		if (added.isEmpty()) {
			return current;
		}
		touch(id, now);
		String why = optional("note", note, 2000);
		step(id, current.status(), current.status(), "Thêm " + added.size() + " tin" + (why == null ? "" : ": " + why), actor,
				now, "LINK");
		audit.record(AuditAction.UPDATE, "case:" + id, current.ownerUnitId(),
				"Thêm " + added.size() + " tin vào vụ việc \"" + current.title() + "\"");
		events.publishEvent(new CaseItemsLinked(id, added));
		return get(id);
	}

	@Override
	@Transactional
	public Case assign(long id, String assignee, String note, Long version) {
		Case current = handled(id, version);
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
		String why = optional("note", note, 2000);
		step(id, current.status(), current.status(), "Giao cho " + to + (why == null ? "" : ": " + why), actor, now, "ASSIGN");
		audit.record(AuditAction.UPDATE, "case:" + id, current.ownerUnitId(),
				"Giao vụ việc \"" + current.title() + "\" cho " + to + (current.assignee() == null ? "" : " (trước: " + current.assignee() + ")"));
		if (!to.equals(actor)) {
			notices.tell(id, current.ownerUnitId(), to, "ASSIGN", null, actor + " giao cho đồng chí vụ việc \"" + current.title() + "\""
					+ (why == null ? "" : ": " + why));
		}
		return get(id);
	}

	/** The case, for a change by one of its unit's handlers, at the version the caller saw when one is given. */
	private Case handled(long id, Long version) {
		Case current = get(id);
		scope.require(RoleGroup.HANDLERS, current.ownerUnitId());
		if (version != null && version != current.version()) {
			throw new Conflict("version", "response.case.stale");
		}
		return current;
	}

	/** The items to link: those named, then every item of the stories named; an unknown item is refused. */
	private List<Items.Item> linkedItems(List<Long> itemIds, List<Long> storyIds) {
		List<Items.Item> found = new ArrayList<>();
		Set<Long> seen = new LinkedHashSet<>();
		for (Long itemId : itemIds == null ? List.<Long>of() : itemIds) {
			if (itemId == null) {
				throw new InvalidInput("itemIds", "response.case.item-unknown", "?");
			}
			if (seen.add(itemId)) {
				found.add(items.find(itemId).orElseThrow(() -> new InvalidInput("itemIds", "response.case.item-unknown", String.valueOf(itemId))));
			}
		}
		for (Long storyId : storyIds == null ? List.<Long>of() : storyIds) {
			List<Items.Item> story = storyId == null ? List.of() : items.ofStory(storyId);
			if (story.isEmpty()) {
				throw new InvalidInput("storyIds", "response.case.story-unknown", String.valueOf(storyId));
			}
			story.stream().filter(item -> seen.add(item.id())).forEach(found::add);
		}
		return found;
	}

	/** Links the items and their stories that are not linked yet; returns the ids of the items added. */
	private List<Long> linkRows(long caseId, List<Items.Item> linked, String actor, Instant now) {
		Set<Long> already = new LinkedHashSet<>(
				jdbc.queryForList("select item_id from response_case_item where case_id = ?", Long.class, caseId));
		Set<Long> stories = new LinkedHashSet<>(
				jdbc.queryForList("select story_id from response_case_story where case_id = ?", Long.class, caseId));
		List<Long> added = new ArrayList<>();
		for (Items.Item item : linked) {
			if (already.add(item.id())) {
				jdbc.update("insert into response_case_item (case_id, item_id, linked_at, linked_by) values (?, ?, ?, ?)", caseId,
						item.id(), Timestamp.from(now), actor);
				added.add(item.id());
			}
			if (item.storyId() != null && stories.add(item.storyId())) {
				jdbc.update("insert into response_case_story (case_id, story_id, linked_at) values (?, ?, ?)", caseId,
						item.storyId(), Timestamp.from(now));
			}
		}
		return added;
	}

	private void touch(long id, Instant now) {
		jdbc.update("update response_case set updated_at = ?, version = version + 1 where id = ?", Timestamp.from(now), id);
	}

	/** The username of a handler of the unit (or a unit above); anyone else is refused. */
	private String handlerOf(long unitId, String username) {
		return accounts.holdersOf(unitId, RoleGroup.HANDLERS).stream()
			.map(Accounts.Contact::username)
			.filter(name -> name.equalsIgnoreCase(username))
			.findFirst()
			.orElseThrow(() -> new InvalidInput("assignee", "response.case.assignee-unknown", username));
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

	/** The quarter a case is counted in: as given, else the quarter of the moment it is opened (Vietnam time). */
	private static String period(String given, Instant now) {
		if (given == null || given.isBlank()) {
			java.time.LocalDate today = VietnamTime.dayOf(now);
			return Period.quarter(today.getYear(), (today.getMonthValue() - 1) / 3 + 1).code();
		}
		try {
			return Period.parse(given.strip().toUpperCase(Locale.ROOT)).code();
		}
		catch (RuntimeException ex) {
			throw new InvalidInput("period", "response.case.bad-period");
		}
	}

	private static String required(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field, "response.case.required");
		}
		return optional(field, value, max);
	}

	private static String optional(String field, String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		if (value.strip().length() > max) {
			throw new InvalidInput(field, "response.case.too-long", max);
		}
		return value.strip();
	}


}
