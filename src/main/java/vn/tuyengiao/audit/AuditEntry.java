package vn.tuyengiao.audit;

import java.time.Instant;

/**
 * One audit record as readers see it.
 *
 * @param actor username of who did it ({@code anonymous} for unauthenticated requests, {@code system} for the platform itself)
 * @param subject what it was done to, e.g. {@code org-unit:5} or {@code GET /api/org-units/5}
 * @param unitId the organisation unit concerned, when there is one
 */
public record AuditEntry(long id, Instant at, String actor, AuditAction action, String subject, Long unitId,
		String summary, String remoteAddress) {
}
