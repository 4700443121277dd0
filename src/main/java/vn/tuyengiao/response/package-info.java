/**
 * Response to false and toxic information (đấu tranh, phản bác thông tin xấu, độc): cases (vụ việc)
 * opened from flagged items, stories or by hand, their workflow from a new case through verification and a
 * verdict to the response and closing, every step audited with who and why, and their count in the quarterly
 * report. Access's {@code ANALYSTS} of the owning unit or a unit above read a case, its {@code HANDLERS} open,
 * move and assign it and record its responses.
 * <p>
 * Follow-up: a verdict is due by a deadline set by the severity and a passed one is escalated to the unit's
 * leaders; cases are reassigned; the stories of their items are followed, so a new copy joins an open case and a
 * copy of a closed case (or an item repeating its claim) tells its owner with the verdict reached then. The
 * escalations, assignments and resurfaced copies are posted to the notice centre ({@link vn.tuyengiao.notices.Notices}),
 * which lists them with every other notice and sends them by e-mail too when SMTP is configured.
 * <p>
 * Evidence (chứng cứ): linking items to a case captures each item's page in the background, through monitor's
 * {@code PageArchive}, as a WARC file under the data directory ({@code DIR/evidence}), written once, read-only
 * and recorded with its SHA-256 and capture time in {@code response_evidence}; {@code CaseEvidence} is what a
 * capture looks like to callers. A capture is never altered: capturing again is a new record, and a file whose
 * SHA-256 no longer matches is refused, never served. Delivery is at least once (a sweep takes up lost and
 * interrupted captures) with one first capture per link. API: {@code GET /api/cases/{id}/evidence}, the file at
 * each capture's {@code downloadUrl}, {@code POST /api/cases/{id}/evidence} for a re-capture.
 * <p>
 * The responses recorded on a case (kết quả xử lý: rebuttal and clarification articles, guidance sent to the press
 * and units, requests to a platform to remove content, referrals to the agency in charge with its answer) are
 * served at {@code /api/cases/{id}/responses}; the case file for a referral (hồ sơ vụ việc: the case, its
 * timeline, responses and evidence with SHA-256 hashes) is an official document printed by report's
 * {@link vn.tuyengiao.report.OfficialDocuments}. The period's cases and responses are counted in the consolidated
 * report's section 4 through {@link vn.tuyengiao.report.ReportContribution}, with the median time to verdict.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đấu tranh, phản bác (response)",
		allowedDependencies = { "access", "audit", "monitor", "notices", "org", "platform", "report", "stories", "text" })
package vn.tuyengiao.response;
