package vn.tuyengiao.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.report.Period;
import vn.tuyengiao.response.CaseStatus;
import vn.tuyengiao.response.Cases.Case;
import vn.tuyengiao.response.Cases.NewCase;

/**
 * A case opened by a handler of its unit: its items and the items of its stories linked, its work area and places
 * taken from them when not given, its quarter and its deadline for a verdict set, its assignee told.
 */
@Component
class CaseOpening {

	private final JdbcTemplate jdbc;

	private final AccessScope scope;

	private final AuditLog audit;

	private final CaseDeadlines deadlines;

	private final CaseItemLinks links;

	private final CaseAssignment assignment;

	private final CaseRecords records;

	private final Clock clock = Clock.systemUTC();

	CaseOpening(JdbcTemplate jdbc, AccessScope scope, AuditLog audit, CaseDeadlines deadlines, CaseItemLinks links,
			CaseAssignment assignment, CaseRecords records) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.audit = audit;
		this.deadlines = deadlines;
		this.links = links;
		this.assignment = assignment;
		this.records = records;
	}

	@Transactional
	Case open(NewCase request) {
		CurrentUser user = scope.current();
		long owner = request.ownerUnitId() != null ? request.ownerUnitId() : scope.firstUnitWith(RoleGroup.HANDLERS);
		scope.require(RoleGroup.HANDLERS, owner);
		String title = CaseInput.required("title", request.title(), 300);
		String claim = CaseInput.required("claim", request.claim(), 1000);
		String summary = CaseInput.optional("summary", request.summary(), 4000);
		Severity severity = Severity.parse(request.severity());
		List<Items.Item> linked = links.linkedItems(request.itemIds(), request.storyIds());
		String assignee = request.assignee() == null || request.assignee().isBlank() ? user.username()
				: assignment.handlerOf(owner, request.assignee().strip());
		String workArea = CaseInput.optional("workArea", request.workArea(), 40);
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
		List<Long> itemIds = links.linkRows(id, linked, user.username(), now);
		records.step(id, null, CaseStatus.NEW, "Mở vụ việc", user.username(), now, "MOVE");
		audit.record(AuditAction.CREATE, "case:" + id, owner, "Mở vụ việc \"" + title + "\" (" + itemIds.size() + " tin)");
		assignment.tellAssignee(id, owner, assignee, user.username(), title, null);
		links.announce(id, itemIds);
		return records.get(id);
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

}
