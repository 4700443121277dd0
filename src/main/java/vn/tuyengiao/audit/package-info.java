/**
 * Audit (nhật ký hệ thống): an append-only record of every change of state — create, update, delete,
 * login, failed login, permission change, and every request that was denied.
 * <p>
 * Other modules call {@link vn.tuyengiao.audit.AuditLog#record}; the actor is taken from the current
 * security context, so callers cannot forge it. Records are never updated or deleted. Admins read and
 * filter them at {@code /admin/audit} and {@code GET /api/audit}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Nhật ký (audit)",
		allowedDependencies = { "platform" })
package vn.tuyengiao.audit;
