/**
 * The quarterly cycle (báo cáo định kỳ): work areas (lĩnh vực) and their indicators (chỉ tiêu), report
 * forms (mẫu báo cáo), periods (kỳ báo cáo, DHIS2-style codes such as {@code 2023Q1}), and the reports
 * units file for them: draft → submitted → returned (with comments) → accepted, with completeness and
 * timeliness per period.
 * <p>
 * The consolidated report ({@link vn.tuyengiao.report.Consolidation}) is compiled on request, never by a
 * read; approving it numbers it and stores its DOCX, PDF and XLSX once, with their SHA-256, to be served as
 * issued whatever happens to the unit reports; approving while unit reports are not accepted needs an explicit
 * confirmation naming them; a change to an issued report is a new revision under a new number. Unapproved
 * documents are marked "DỰ THẢO". Days are days in Vietnam. Who does what is access's role groups on the unit:
 * {@code CYCLE_READERS} read (so collaborators read no reports), {@code REPORT_EDITORS} fill in and submit,
 * {@code BOARD_STAFF} of a unit above review and, in the unit, compile the consolidated report, {@code LEADERS}
 * approve it.
 * <p>
 * Other modules read a period's reports through {@link vn.tuyengiao.report.ReportCycle} and learn of
 * submissions from {@link vn.tuyengiao.report.ReportSubmitted} events. They add figures to the consolidated
 * report through {@link vn.tuyengiao.report.ReportContribution}, and print their own official documents in the
 * Party format by building a {@link vn.tuyengiao.report.PartyDocument} and handing it to
 * {@link vn.tuyengiao.report.OfficialDocuments}; a document built against the format's rules is refused with
 * {@link vn.tuyengiao.report.PartyDocumentMalformed}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Báo cáo định kỳ (report)",
		allowedDependencies = { "access", "audit", "notices", "org", "platform" })
package vn.tuyengiao.report;
