package vn.tuyengiao.report;

/** A unit submitted its report for a period (again, if it had been returned). */
public record ReportSubmitted(long reportId, long unitId, String period) {
}
