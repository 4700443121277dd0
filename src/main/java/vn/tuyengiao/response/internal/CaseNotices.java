package vn.tuyengiao.response.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.response.Cases;

/**
 * The notices (thông báo) cases send to their people inside the application: an assignment to the new assignee,
 * an escalation to the unit's leaders, a resurfaced copy of a closed case's story to its owner. A notice about an
 * item is written once per person however often the item is analysed again. Each notice written is also published
 * as {@link CaseNoticed}, which {@link CaseMail} sends by e-mail when SMTP is configured.
 */
@Component
class CaseNotices {

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	CaseNotices(JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Tells the person; returns false when they had already been told of that item. */
	boolean tell(long caseId, long unitId, String recipient, String kind, Long itemId, String message, Instant at) {
		if (itemId != null && Boolean.TRUE.equals(jdbc.queryForObject("""
				select count(*) > 0 from response_case_notice where case_id = ? and recipient = ? and kind = ? and item_id = ?""",
				Boolean.class, caseId, recipient, kind, itemId))) {
			return false;
		}
		try {
			jdbc.update("""
					insert into response_case_notice (case_id, recipient, kind, item_id, message, created_at)
					values (?, ?, ?, ?, ?, ?)""", caseId, recipient, kind, itemId,
					message.length() > 2000 ? message.substring(0, 2000) : message, Timestamp.from(at));
			events.publishEvent(new CaseNoticed(caseId, unitId, recipient, kind, message));
			return true;
		}
		catch (DuplicateKeyException told) {
			return false; // the same notice of the same item: nobody is told twice
		}
	}

	int unread(String username) {
		return jdbc.queryForObject("select count(*) from response_case_notice where recipient = ? and read_at is null",
				Integer.class, username);
	}

	List<Cases.Notice> of(String username, boolean unreadOnly) {
		return jdbc.query("""
				select n.id, n.case_id, c.title, n.kind, n.message, n.item_id, n.created_at, n.read_at
				from response_case_notice n join response_case c on c.id = n.case_id
				where n.recipient = ?""" + (unreadOnly ? " and n.read_at is null" : "") + " order by n.created_at desc, n.id desc",
				(rs, n) -> {
					long item = rs.getLong(6);
					Long itemId = rs.wasNull() ? null : item;
					return new Cases.Notice(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
							itemId, rs.getTimestamp(7).toInstant(), rs.getTimestamp(8) != null);
				}, username);
	}

	void markRead(long id, String username) {
		int found = jdbc.update("update response_case_notice set read_at = coalesce(read_at, ?) where id = ? and recipient = ?",
				Timestamp.from(clock.instant()), id, username);
		if (found == 0) {
			throw new NotFound("response.notice.not-found", id);
		}
	}

}
