package vn.tuyengiao.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.stories.StoryGrew;
import vn.tuyengiao.response.CaseItemsLinked;
import vn.tuyengiao.response.CaseStatus;

/**
 * Cases follow their stories (chuỗi tin). A new copy of a story an open case follows joins the case, and its
 * evidence is captured like the rest. A copy of a closed case's story means the claim is surfacing again: the
 * case's owner and assignee are told, with the verdict reached then, once per copy. So is an item of another
 * story that repeats a closed case's claim in other words ({@link ClaimSimilarity}): a rewrite is not a copy, and
 * the story clustering does not join it. The case is not reopened: whether to verify again is theirs to decide.
 */
@Component
class CaseStories {

	private final JdbcTemplate jdbc;

	private final CaseNotices notices;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Items items;

	private final Clock clock = Clock.systemUTC();

	CaseStories(JdbcTemplate jdbc, CaseNotices notices, AuditLog audit, ApplicationEventPublisher events,
			PlatformTransactionManager transactions, Items items) {
		this.items = items;
		this.jdbc = jdbc;
		this.notices = notices;
		this.audit = audit;
		this.events = events;
		this.transactions = new TransactionTemplate(transactions);
	}

	private record Following(long id, String title, CaseStatus status, CaseStatus verdict, long unitId, String owner,
			String assignee) {
	}

	/** A closed case's claim, as pairs of syllables, for {@link ClaimSimilarity}. */
	private record ClosedClaim(Following c, Set<String> pairs) {
	}

	/** How long the closed claims are kept before they are read again; a case closed or reopened here clears them. */
	private static final Duration CLAIMS_KEPT = Duration.ofMinutes(1);

	private volatile List<ClosedClaim> closedClaims;

	private volatile Instant claimsReadAt = Instant.EPOCH;

	@ApplicationModuleListener
	void on(StoryGrew grew) {
		items.content(grew.itemId()).ifPresent(item -> follow(grew.storyId(), item));
	}

	/** Joins the item to the open cases following its story, and tells the closed ones it surfaced again. */
	void follow(long storyId, Items.Content item) {
		List<Following> cases = jdbc.query("""
				select c.id, c.title, c.status, c.verdict, c.owner_unit_id, c.created_by, c.assignee
				from response_case c join response_case_story s on s.case_id = c.id
				where s.story_id = ? and not exists (select 1 from response_case_item i where i.case_id = c.id and i.item_id = ?)""",
				(rs, n) -> new Following(rs.getLong(1), rs.getString(2), CaseStatus.valueOf(rs.getString(3)),
						rs.getString(4) == null ? null : CaseStatus.valueOf(rs.getString(4)), rs.getLong(5), rs.getString(6),
						rs.getString(7)),
				storyId, item.id());
		Instant now = clock.instant();
		Set<Long> handled = new HashSet<>();
		for (Following c : cases) {
			handled.add(c.id());
			if (c.status() == CaseStatus.CLOSED) {
				resurfaced(c, item, now, "cùng chuỗi tin");
			}
			else {
				transactions.executeWithoutResult(status -> join(c, item, now));
			}
		}
		List<ClosedClaim> claims = closedClaims(now);
		if (!claims.isEmpty() && item.text() != null) {
			Set<String> text = ClaimSimilarity.pairs(item.text());
			for (ClosedClaim claim : claims) {
				if (!handled.contains(claim.c().id()) && ClaimSimilarity.repeats(claim.pairs(), text)
						&& !linked(claim.c().id(), item.id())) {
					resurfaced(claim.c(), item, now, "nội dung lặp lại luận điệu");
				}
			}
		}
	}

	/** Forgets the closed claims read: a case was closed or reopened. */
	void claimsChanged() {
		closedClaims = null;
	}

	private List<ClosedClaim> closedClaims(Instant now) {
		List<ClosedClaim> claims = closedClaims;
		if (claims == null || claimsReadAt.plus(CLAIMS_KEPT).isBefore(now)) {
			claims = jdbc.query("""
					select id, title, status, verdict, owner_unit_id, created_by, assignee, claim from response_case
					where status = 'CLOSED'""", (rs, n) -> new ClosedClaim(new Following(rs.getLong(1), rs.getString(2),
					CaseStatus.valueOf(rs.getString(3)), rs.getString(4) == null ? null : CaseStatus.valueOf(rs.getString(4)),
					rs.getLong(5), rs.getString(6), rs.getString(7)), ClaimSimilarity.pairs(rs.getString(8))));
			closedClaims = claims;
			claimsReadAt = now;
		}
		return claims;
	}

	private boolean linked(long caseId, long itemId) {
		return Boolean.TRUE.equals(jdbc.queryForObject(
				"select count(*) > 0 from response_case_item where case_id = ? and item_id = ?", Boolean.class, caseId, itemId));
	}

	private void join(Following c, Items.Content item, Instant now) {
		int linked = jdbc.update("""
				insert into response_case_item (case_id, item_id, linked_at, linked_by)
				select ?, ?, ?, ? where not exists (select 1 from response_case_item where case_id = ? and item_id = ?)""", c.id(),
				item.id(), Timestamp.from(now), CaseDeadlines.SYSTEM, c.id(), item.id());
		if (linked == 0) {
			return;
		}
		jdbc.update("""
				insert into response_case_transition (case_id, from_status, to_status, note, actor, at, kind)
				values (?, ?, ?, ?, ?, ?, 'LINK')""", c.id(), c.status().name(), c.status().name(),
				"Bản sao mới của chuỗi tin: " + item.title() + " (" + item.outlet() + ")", CaseDeadlines.SYSTEM,
				Timestamp.from(now));
		audit.recordAs(CaseDeadlines.SYSTEM, AuditAction.UPDATE, "case:" + c.id(), c.unitId(),
				"Tin số " + item.id() + " cùng chuỗi tin được thêm vào vụ việc \"" + c.title() + "\"");
		events.publishEvent(new CaseItemsLinked(c.id(), List.of(item.id())));
	}

	private void resurfaced(Following c, Items.Content item, Instant now, String how) {
		String message = "Thông tin của vụ việc đã kết thúc \"" + c.title() + "\" (kết luận: "
				+ (c.verdict() == null ? "chưa có" : CaseFormats.status(c.verdict()).toLowerCase(java.util.Locale.forLanguageTag("vi")))
				+ ") xuất hiện lại (" + how + "): " + item.title() + " – " + item.outlet() + " " + item.url();
		boolean told = false;
		for (String person : c.assignee() == null || c.assignee().equals(c.owner()) ? List.of(c.owner())
				: List.of(c.owner(), c.assignee())) {
			told |= notices.tell(c.id(), c.unitId(), person, "RESURFACED", item.id(), message);
		}
		if (told) {
			audit.recordAs(CaseDeadlines.SYSTEM, AuditAction.UPDATE, "case:" + c.id(), c.unitId(),
					"Báo tin số " + item.id() + " xuất hiện lại cho vụ việc \"" + c.title() + "\"");
		}
	}

}
