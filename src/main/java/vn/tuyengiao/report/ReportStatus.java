package vn.tuyengiao.report;

/** Where a unit's report stands. A report exists from the moment it is assigned (as an empty draft). */
public enum ReportStatus {

	DRAFT, SUBMITTED, RETURNED, ACCEPTED

}
