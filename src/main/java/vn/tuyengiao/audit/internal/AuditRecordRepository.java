package vn.tuyengiao.audit.internal;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

/** Append-only on purpose: there is no delete and no way to change a saved record. */
interface AuditRecordRepository extends Repository<AuditRecord, Long>, JpaSpecificationExecutor<AuditRecord> {

	AuditRecord save(AuditRecord record);

	long count();

}
