package vn.tuyengiao.response.internal;

import java.net.URI;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonAlias;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.DomainProblem.FieldProblem;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.response.Cases;

/**
 * The responses recorded on a case (kết quả xử lý), kept with plain SQL in {@code response_output}. Whoever reads
 * the case reads its responses; analysts (specialists, leaders, administrators) of the case's unit or a unit above
 * record them and their outcomes. Input is checked here, every mistake named with its field in Vietnamese, and
 * every change is audited in the same transaction.
 */
@Service
class ResponseService {

	private static final DateTimeFormatter VIETNAMESE_DATE = DateTimeFormatter.ofPattern("d/M/uuuu")
		.withResolverStyle(java.time.format.ResolverStyle.STRICT);

	/** A response as a caller sends it: kinds, dates and agency kinds as text, read here with Vietnamese messages. */
	record NewResponse(String kind, String title, String url, String outlet, String platform, String recipients,
			String text, String agency, String agencyKind, String date) {
	}

	/**
	 * The outcome of a removal request or the answer to a referral, on the copy the caller read ({@code version});
	 * {@code date} is when the platform acted or the agency answered (also accepted as {@code outcomeDate}, the name
	 * it is shown under).
	 */
	record OutcomeUpdate(String outcome, String answer, @JsonAlias("outcomeDate") String date, Long version) {
	}

	private final JdbcTemplate jdbc;

	private final Cases cases;

	private final AccessScope scope;

	private final AuditLog audit;

	private final Clock clock = Clock.systemUTC();

	ResponseService(JdbcTemplate jdbc, Cases cases, AccessScope scope, AuditLog audit) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.scope = scope;
		this.audit = audit;
	}

	/** The case's responses by date, oldest first; whoever reads the case reads them. */
	@Transactional(readOnly = true)
	List<CaseResponse> of(long caseId) {
		cases.get(caseId);
		return jdbc.query("select * from response_output where case_id = ? order by issued_on, id", (rs, n) -> row(rs), caseId);
	}

	@Transactional
	CaseResponse record(long caseId, NewResponse request) {
		Cases.Case theCase = writable(caseId);
		List<FieldProblem> problems = new ArrayList<>();
		ResponseKind kind = kind(request.kind(), problems);
		LocalDate date = date("date", request.date(), true, problems);
		String title = text("title", request.title(), 500, false, problems);
		String url = null;
		String outlet = null;
		String platform = null;
		String recipients = null;
		String body = text("text", request.text(), 4000, kind == ResponseKind.GUIDANCE, problems);
		String agency = null;
		AgencyKind agencyKind = null;
		if (kind != null) {
			switch (kind) {
				case REBUTTAL, CLARIFICATION -> {
					url = url(request.url(), problems);
					outlet = text("outlet", request.outlet(), 300, true, problems);
				}
				case GUIDANCE -> recipients = text("recipients", request.recipients(), 1000, true, problems);
				case REMOVAL_REQUEST -> {
					platform = text("platform", request.platform(), 100, true, problems);
					url = url(request.url(), problems);
				}
				case REFERRAL -> {
					agency = text("agency", request.agency(), 300, true, problems);
					agencyKind = agencyKind(request.agencyKind(), problems);
				}
			}
		}
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		String actor = scope.current().username();
		Instant now = clock.instant();
		String outcome = kind.hasOutcome() ? ResponseKind.PENDING : null;
		Object[] values = { caseId, kind.name(), title, url, outlet, platform, recipients, body, agency,
				agencyKind == null ? null : agencyKind.name(), date, outcome, actor, Timestamp.from(now), actor,
				Timestamp.from(now) };
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var insert = connection.prepareStatement("""
					insert into response_output (case_id, kind, title, url, outlet, platform, recipients, body, agency_name,
					  agency_kind, issued_on, outcome, created_by, created_at, updated_by, updated_at)
					values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			for (int i = 0; i < values.length; i++) {
				if (values[i] == null) {
					insert.setNull(i + 1, i == 10 ? java.sql.Types.DATE : java.sql.Types.VARCHAR);
				}
				else {
					insert.setObject(i + 1, values[i]);
				}
			}
			return insert;
		}, key);
		long id = key.getKey().longValue();
		audit.record(AuditAction.CREATE, "case-response:" + id, theCase.ownerUnitId(),
				"Vụ việc \"" + theCase.title() + "\": " + kind.label() + " – " + describe(kind, title, outlet, platform, agency)
						+ " (" + date + ")");
		return one(caseId, id);
	}

	@Transactional
	CaseResponse recordOutcome(long caseId, long responseId, OutcomeUpdate update) {
		Cases.Case theCase = writable(caseId);
		CaseResponse current = one(caseId, responseId);
		if (!current.kind().hasOutcome()) {
			throw new InvalidInput("outcome", "response.output.no-outcome", current.kindLabel());
		}
		List<FieldProblem> problems = new ArrayList<>();
		if (update.version() == null) {
			problems.add(new FieldProblem("version", "response.output.version-required"));
		}
		String answer = text("answer", update.answer(), 4000, false, problems);
		String outcome = update.outcome() == null || update.outcome().isBlank()
				? (current.kind() == ResponseKind.REFERRAL && answer != null ? "ANSWERED" : null)
				: update.outcome().strip().toUpperCase(Locale.ROOT);
		if (outcome == null) {
			problems.add(new FieldProblem("outcome", "response.output.required"));
		}
		else if (!current.kind().outcomes().contains(outcome)) {
			problems.add(new FieldProblem("outcome", "response.output.bad-outcome", current.kindLabel(),
					String.join(", ", current.kind().outcomes())));
		}
		boolean decided = outcome != null && !ResponseKind.PENDING.equals(outcome);
		LocalDate date = date("date", update.date(), decided, problems);
		if ("ANSWERED".equals(outcome) && answer == null) {
			problems.add(new FieldProblem("answer", "response.output.answer-required"));
		}
		if (date != null && date.isBefore(current.date())) {
			problems.add(new FieldProblem("date", "response.output.outcome-before-sent", current.date().format(VIETNAMESE_DATE)));
		}
		if (!problems.isEmpty()) {
			throw invalid(problems);
		}
		Instant now = clock.instant();
		// values decided here, not in SQL: PostgreSQL cannot type a parameter inside CASE
		LocalDate outcomeDate = decided ? date : null;
		int updated = jdbc.update(connection -> {
			var statement = connection.prepareStatement("""
					update response_output set outcome = ?, outcome_on = ?, answer = ?, updated_by = ?, updated_at = ?,
					  version = version + 1 where id = ? and case_id = ? and version = ?""");
			statement.setString(1, outcome);
			if (outcomeDate == null) {
				statement.setNull(2, java.sql.Types.DATE);
			}
			else {
				statement.setObject(2, outcomeDate);
			}
			statement.setString(3, answer);
			statement.setString(4, scope.current().username());
			statement.setTimestamp(5, Timestamp.from(now));
			statement.setLong(6, responseId);
			statement.setLong(7, caseId);
			statement.setLong(8, update.version());
			return statement;
		});
		if (updated == 0) {
			throw new Conflict("version", "response.output.stale");
		}
		audit.record(AuditAction.UPDATE, "case-response:" + responseId, theCase.ownerUnitId(),
				"Vụ việc \"" + theCase.title() + "\": " + current.kindLabel() + " – "
						+ describe(current.kind(), current.title(), current.outlet(), current.platform(), current.agency()) + ": "
						+ ResponseKind.outcomeLabel(current.outcome()) + " → " + ResponseKind.outcomeLabel(outcome)
						+ (outcomeDate == null ? "" : " (" + outcomeDate + ")"));
		return one(caseId, responseId);
	}

	/** The case, when the caller may record responses on it: 403 for someone who handles no case anywhere. */
	private Cases.Case writable(long caseId) {
		scope.require(RoleGroup.HANDLERS);
		Cases.Case theCase = cases.get(caseId);
		scope.require(RoleGroup.HANDLERS, theCase.ownerUnitId());
		return theCase;
	}

	private CaseResponse one(long caseId, long id) {
		List<CaseResponse> found = jdbc.query("select * from response_output where id = ? and case_id = ?",
				(rs, n) -> row(rs), id, caseId);
		if (found.isEmpty()) {
			throw new NotFound("response.output.not-found", id, caseId);
		}
		return found.get(0);
	}

	private static CaseResponse row(ResultSet rs) throws SQLException {
		ResponseKind kind = ResponseKind.valueOf(rs.getString("kind"));
		String agencyKind = rs.getString("agency_kind");
		String outcome = rs.getString("outcome");
		return new CaseResponse(rs.getLong("id"), rs.getLong("case_id"), kind, kind.label(), rs.getString("title"),
				rs.getString("url"), rs.getString("outlet"), rs.getString("platform"), rs.getString("recipients"),
				rs.getString("body"), rs.getString("agency_name"), agencyKind == null ? null : AgencyKind.valueOf(agencyKind),
				rs.getObject("issued_on", LocalDate.class), outcome, outcome == null ? null : ResponseKind.outcomeLabel(outcome),
				rs.getObject("outcome_on", LocalDate.class), rs.getString("answer"), rs.getString("created_by"),
				rs.getTimestamp("created_at").toInstant(), rs.getString("updated_by"), rs.getTimestamp("updated_at").toInstant(),
				rs.getLong("version"));
	}

	/** What the response is, in a few words, for the audit and the case file. */
	static String describe(ResponseKind kind, String title, String outlet, String platform, String agency) {
		return switch (kind) {
			case REBUTTAL, CLARIFICATION -> (title == null ? "" : title + ", ") + outlet;
			case GUIDANCE -> title == null ? "văn bản định hướng" : title;
			case REMOVAL_REQUEST -> platform;
			case REFERRAL -> agency;
		};
	}

	private static ResponseKind kind(String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem("kind", "response.output.kind-required"));
			return null;
		}
		try {
			return ResponseKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("kind", "response.output.bad-kind", value.strip()));
			return null;
		}
	}

	private static AgencyKind agencyKind(String value, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			problems.add(new FieldProblem("agencyKind", "response.output.agency-kind-required"));
			return null;
		}
		try {
			return AgencyKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new FieldProblem("agencyKind", "response.output.bad-agency-kind", value.strip()));
			return null;
		}
	}

	/** A date as {@code 2023-05-12} or as Vietnamese write it, {@code 12/5/2023}; never later than today. */
	private LocalDate date(String field, String value, boolean required, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "response.output.date-required"));
			}
			return null;
		}
		LocalDate date;
		try {
			date = value.contains("/") ? LocalDate.parse(value.strip(), VIETNAMESE_DATE) : LocalDate.parse(value.strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new FieldProblem(field, "response.output.bad-date", value.strip()));
			return null;
		}
		if (date.isAfter(VietnamTime.today(clock))) {
			problems.add(new FieldProblem(field, "response.output.future-date", date.format(VIETNAMESE_DATE)));
			return null;
		}
		return date;
	}

	private static String url(String value, List<FieldProblem> problems) {
		String url = text("url", value, 2000, true, problems);
		if (url == null) {
			return null;
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
				return url;
			}
		}
		catch (java.net.URISyntaxException ex) {
			// reported below
		}
		problems.add(new FieldProblem("url", "response.output.bad-url"));
		return null;
	}

	private static String text(String field, String value, int max, boolean required, List<FieldProblem> problems) {
		if (value == null || value.isBlank()) {
			if (required) {
				problems.add(new FieldProblem(field, "response.output.required"));
			}
			return null;
		}
		if (value.strip().length() > max) {
			problems.add(new FieldProblem(field, "response.output.too-long", max));
			return null;
		}
		return value.strip();
	}

	private static InvalidInput invalid(List<FieldProblem> problems) {
		return new InvalidInput(problems, "response.output.invalid",
				problems.stream().map(FieldProblem::field).distinct().collect(Collectors.joining(", ")));
	}

}
