package vn.tuyengiao.response.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.access.AccessScope;
import vn.tuyengiao.access.RoleGroup;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.InvalidInput;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.response.CaseEvidence;
import vn.tuyengiao.response.Cases;

/**
 * Evidence as the case's people see it: readers of the case list and download the captures; its handlers
 * (specialists, leaders, administrators of the owning unit or above) ask for a capture again.
 */
@Service
class EvidenceService {

	private final Cases cases;

	private final EvidenceLocker locker;

	private final AccessScope scope;

	private final AuditLog audit;

	private final ApplicationEventPublisher events;

	private final Clock clock = Clock.systemUTC();

	EvidenceService(Cases cases, EvidenceLocker locker, AccessScope scope, AuditLog audit, ApplicationEventPublisher events) {
		this.cases = cases;
		this.locker = locker;
		this.scope = scope;
		this.audit = audit;
		this.events = events;
	}

	@Transactional(readOnly = true)
	List<CaseEvidence> of(long caseId) {
		cases.get(caseId);
		return locker.of(caseId);
	}

	/** A new capture of a linked item's page; the earlier ones stay as they are. */
	@Transactional
	CaseEvidence recapture(long caseId, Long itemId) {
		Cases.Case found = cases.get(caseId);
		scope.require(RoleGroup.HANDLERS, found.ownerUnitId());
		if (itemId == null) {
			throw new InvalidInput("itemId", "response.evidence.item-required");
		}
		if (!found.itemIds().contains(itemId)) {
			throw new InvalidInput("itemId", "response.evidence.item-not-linked", itemId);
		}
		long id = locker.requestAgain(caseId, itemId, scope.current().username(), clock.instant());
		audit.record(AuditAction.CREATE, "evidence:" + id, found.ownerUnitId(),
				"Yêu cầu lưu lại chứng cứ tin số " + itemId + " của vụ việc \"" + found.title() + "\"");
		events.publishEvent(new EvidenceRequested(id));
		return locker.find(id).orElseThrow().evidence();
	}

	/** The bytes of a captured file, checked against its SHA-256. */
	@Transactional(readOnly = true)
	byte[] file(long caseId, long evidenceId) {
		cases.get(caseId);
		EvidenceLocker.Row row = locker.find(evidenceId)
			.filter(found -> found.evidence().caseId() == caseId)
			.orElseThrow(() -> new NotFound("response.evidence.not-found", evidenceId));
		return locker.file(row);
	}

}
