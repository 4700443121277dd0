/**
 * The quarterly cycle (báo cáo định kỳ): work areas (lĩnh vực) and their indicators (chỉ tiêu), report
 * forms (mẫu báo cáo), periods (kỳ báo cáo, DHIS2-style codes such as {@code 2023Q1}), and the reports
 * units file for them: draft → submitted → returned (with comments) → accepted, with completeness and
 * timeliness per period.
 * <p>
 * Other modules read a period's reports through {@link vn.tuyengiao.report.ReportCycle} and learn of
 * submissions from {@link vn.tuyengiao.report.ReportSubmitted} events. They add figures to the consolidated
 * report through {@link vn.tuyengiao.report.ReportContribution}, and print their own official documents in the
 * Party format by building a {@link vn.tuyengiao.report.PartyDocument} and handing it to
 * {@link vn.tuyengiao.report.OfficialDocuments}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Báo cáo định kỳ (report)")
package vn.tuyengiao.report;
