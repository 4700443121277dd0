package vn.tuyengiao.response.internal;

/** {@code tuyengiao.response.evidence.threads} is under 1: no capture would ever run. */
class EvidenceThreadsTooFew extends IllegalArgumentException {

	EvidenceThreadsTooFew() {
		super("tuyengiao.response.evidence.threads must be at least 1");
	}

}
