package vn.tuyengiao.notices.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.notices.Mail;
import vn.tuyengiao.notices.Notice;
import vn.tuyengiao.notices.Notices;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.platform.PageOf;
import vn.tuyengiao.platform.Paging;

/** The notice centre on its table {@code notices_notice}; every user reads and marks only their own. */
@Service
class NoticeService implements Notices {

	private static final RowMapper<Notice> NOTICE = (rs, n) -> new Notice(rs.getLong("id"), rs.getString("origin"),
			rs.getString("kind"), rs.getString("title"), rs.getString("message"), rs.getString("link"),
			rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getObject("read_at") != null);

	private static final String COLUMNS = "select id, origin, kind, title, message, link, created_at, read_at from notices_notice";

	private final JdbcTemplate jdbc;

	private final AccessScope scope;

	private final Accounts accounts;

	private final Mail mail;

	private final AuditLog audit;

	private final String baseUrl;

	private final Clock clock = Clock.systemUTC();

	NoticeService(JdbcTemplate jdbc, AccessScope scope, Accounts accounts, Mail mail, AuditLog audit,
			@Value("${tuyengiao.base-url:}") String baseUrl) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.accounts = accounts;
		this.mail = mail;
		this.audit = audit;
		this.baseUrl = baseUrl;
	}

	@Override
	@Transactional
	public boolean post(String recipient, NewNotice notice) {
		check(notice);
		Instant now = clock.instant();
		if (notice.onceKey() != null && Boolean.TRUE.equals(jdbc.queryForObject(
				"select count(*) > 0 from notices_notice where recipient = ? and once_key = ?", Boolean.class, recipient,
				notice.onceKey()))) {
			return false;
		}
		try {
			jdbc.update("""
					insert into notices_notice (recipient, origin, kind, title, message, link, unit_id, once_key, created_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", recipient, notice.origin(), notice.kind(), cut(notice.title(), 500),
					cut(notice.message(), 2000), notice.link(), notice.unitId(), notice.onceKey(), Timestamp.from(now));
		}
		catch (DuplicateKeyException told) {
			return false; // posted by another thread since the check: nobody is told twice
		}
		if (notice.byMail()) {
			mailCopy(recipient, notice);
		}
		return true;
	}

	@Override
	@Transactional
	public List<String> postToHolders(NewNotice notice, Role... roles) {
		if (notice.unitId() == null) {
			throw new IllegalArgumentException("a notice to the holders of roles needs its unit");
		}
		List<String> told = new ArrayList<>();
		for (Accounts.Contact holder : accounts.holdersOf(notice.unitId(), roles)) {
			if (post(holder.username(), notice)) {
				told.add(holder.username());
			}
		}
		return told;
	}

	/** An e-mail copy, to the address the account has now, while its holder still has a role on the notice's unit. */
	private void mailCopy(String recipient, NewNotice notice) {
		if (!mail.configured() || notice.unitId() == null) {
			return;
		}
		accounts.contactsFor(notice.unitId(), Role.values())
			.stream()
			.filter(contact -> contact.username().equals(recipient))
			.findFirst()
			.ifPresent(contact -> mail.send(contact.email(), notice.title(), notice.message()
					+ (notice.link() == null ? "" : "\n\nXem: " + baseUrl + notice.link())));
	}

	@Override
	@Transactional(readOnly = true)
	public PageOf<Notice> mine(boolean unreadOnly, Paging paging) {
		String username = scope.current().username();
		String unread = unreadOnly ? " and read_at is null" : "";
		long total = jdbc.queryForObject("select count(*) from notices_notice where recipient = ?" + unread, Long.class,
				username);
		List<Notice> page = jdbc.query(COLUMNS + " where recipient = ?" + unread + " order by created_at desc, id desc"
				+ " offset ? rows fetch next ? rows only", NOTICE, username, paging.offset(), paging.size());
		return new PageOf<>(page, paging.page(), paging.size(), total);
	}

	@Override
	@Transactional(readOnly = true)
	public int unreadCount() {
		return scope.currentIfAny()
			.map(user -> jdbc.queryForObject("select count(*) from notices_notice where recipient = ? and read_at is null",
					Integer.class, user.username()))
			.orElse(0);
	}

	@Override
	@Transactional
	public Notice markRead(long id) {
		String username = scope.current().username();
		Notice notice = jdbc.query(COLUMNS + " where id = ? and recipient = ?", NOTICE, id, username)
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFound("notices.not-found", id));
		if (jdbc.update("update notices_notice set read_at = ? where id = ? and read_at is null",
				Timestamp.from(clock.instant()), id) == 1) {
			audit.record(AuditAction.UPDATE, "notice:" + id, null, "Đánh dấu đã đọc thông báo số " + id + ": " + notice.title());
		}
		return new Notice(notice.id(), notice.origin(), notice.kind(), notice.title(), notice.message(), notice.link(),
				notice.createdAt(), true);
	}

	@Override
	@Transactional
	public int markAllRead() {
		String username = scope.current().username();
		int read = jdbc.update("update notices_notice set read_at = ? where recipient = ? and read_at is null",
				Timestamp.from(clock.instant()), username);
		if (read > 0) {
			audit.record(AuditAction.UPDATE, "notices:" + username, null, "Đánh dấu đã đọc " + read + " thông báo");
		}
		return read;
	}

	private static void check(NewNotice notice) {
		if (notice.origin() == null || notice.origin().isBlank() || notice.origin().length() > 20) {
			throw new InvalidInput("origin", "notices.invalid", "origin");
		}
		if (notice.kind() == null || notice.kind().isBlank() || notice.kind().length() > 30) {
			throw new InvalidInput("kind", "notices.invalid", "kind");
		}
		if (notice.title() == null || notice.title().isBlank() || notice.message() == null) {
			throw new InvalidInput("title", "notices.invalid", "title");
		}
		if (notice.link() != null && (!notice.link().startsWith("/") || notice.link().startsWith("//")
				|| notice.link().contains("\\") || notice.link().length() > 500)) {
			throw new InvalidInput("link", "notices.invalid", "link");
		}
	}

	private static String cut(String text, int max) {
		return text.length() > max ? text.substring(0, max) : text;
	}

}
