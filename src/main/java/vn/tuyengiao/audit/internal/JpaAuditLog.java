package vn.tuyengiao.audit.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditEntry;
import vn.tuyengiao.audit.AuditLog;

@Service
class JpaAuditLog implements AuditLog {

	static final int MAX_SUMMARY = 1000;

	private final AuditRecordRepository records;

	private final Clock clock;

	JpaAuditLog(AuditRecordRepository records) {
		this.records = records;
		this.clock = Clock.systemUTC();
	}

	@Override
	@Transactional
	public void record(AuditAction action, String subject, Long unitId, String summary) {
		recordAs(currentActor(), action, subject, unitId, summary);
	}

	@Override
	@Transactional
	public void recordAs(String actor, AuditAction action, String subject, Long unitId, String summary) {
		records.save(new AuditRecord(Instant.now(clock), actor, action, truncate(subject, 500), unitId,
				truncate(summary, MAX_SUMMARY), remoteAddress()));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<AuditEntry> search(AuditQuery query, Pageable pageable) {
		Pageable newestFirst = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
				Sort.by(Sort.Order.desc("at"), Sort.Order.desc("id")));
		return records.findAll(matching(query), newestFirst).map(AuditRecord::toEntry);
	}

	private static Specification<AuditRecord> matching(AuditQuery query) {
		return (root, cq, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (query.actor() != null && !query.actor().isBlank()) {
				where.add(cb.equal(root.get("actor"), query.actor().trim()));
			}
			if (query.action() != null) {
				where.add(cb.equal(root.get("action"), query.action()));
			}
			if (query.unitId() != null) {
				where.add(cb.equal(root.get("unitId"), query.unitId()));
			}
			if (query.from() != null) {
				where.add(cb.greaterThanOrEqualTo(root.get("at"), query.from()));
			}
			if (query.to() != null) {
				where.add(cb.lessThan(root.get("at"), query.to()));
			}
			if (query.text() != null && !query.text().isBlank()) {
				String like = "%" + query.text().trim().toLowerCase() + "%";
				where.add(cb.or(cb.like(cb.lower(root.get("subject")), like),
						cb.like(cb.lower(root.get("summary")), like)));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null) {
			return RequestContextHolder.getRequestAttributes() == null ? "system" : "anonymous";
		}
		if (authentication instanceof AnonymousAuthenticationToken) {
			return "anonymous";
		}
		return authentication.getName();
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int max) {
		if (value == null) {
			return "";
		}
		return value.length() <= max ? value : value.substring(0, max - 1) + "…";
	}

}
