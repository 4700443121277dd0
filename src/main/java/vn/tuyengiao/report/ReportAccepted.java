package vn.tuyengiao.report;

/** The province accepted a unit's report: its figures now count in the consolidated report. */
public record ReportAccepted(long reportId, long unitId, String period) {
}
