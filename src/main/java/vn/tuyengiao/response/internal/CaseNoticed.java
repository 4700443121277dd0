package vn.tuyengiao.response.internal;

/** A notice was written for someone (published inside response only): what {@link CaseMail} sends on. */
record CaseNoticed(long caseId, long unitId, String recipient, String kind, String message) {
}
