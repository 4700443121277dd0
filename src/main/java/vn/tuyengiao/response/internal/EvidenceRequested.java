package vn.tuyengiao.response.internal;

/** A capture row was added in the current transaction; it is started once that commits. */
record EvidenceRequested(long evidenceId) {
}
