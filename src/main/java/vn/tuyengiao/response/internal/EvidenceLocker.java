package vn.tuyengiao.response.internal;

import java.util.List;

import org.springframework.stereotype.Component;

import vn.tuyengiao.response.CaseEvidence;

/** The evidence preserved for cases (placeholder until evidence capture lands: no captures yet). */
@Component
class EvidenceLocker {

	/** The captures of a case's items, oldest first. */
	List<CaseEvidence> of(long caseId) {
		return List.of();
	}

}
