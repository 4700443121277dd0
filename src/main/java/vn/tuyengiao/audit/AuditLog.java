package vn.tuyengiao.audit;

import java.time.Instant;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** Writes and reads the append-only audit trail. */
public interface AuditLog {

	/**
	 * Records a change made by the user of the current request (or {@code system} outside a request).
	 * Runs in the caller's transaction when there is one, so a change and its record commit together.
	 */
	void record(AuditAction action, String subject, Long unitId, String summary);

	/** Records an event whose actor is known but not (yet) authenticated, such as a failed login. */
	void recordAs(String actor, AuditAction action, String subject, Long unitId, String summary);

	Page<AuditEntry> search(AuditQuery query, Pageable pageable);

	/**
	 * Filters for reading the trail; every field is optional.
	 *
	 * @param text matched against subject and summary, case-insensitively
	 */
	record AuditQuery(String actor, AuditAction action, Long unitId, Instant from, Instant to, String text) {

		public static AuditQuery all() {
			return new AuditQuery(null, null, null, null, null, null);
		}

	}

}
