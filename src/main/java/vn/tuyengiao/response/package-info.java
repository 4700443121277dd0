/**
 * Response to false and toxic information (đấu tranh, phản bác thông tin xấu, độc), issue 7: cases (vụ việc)
 * opened from flagged items, their workflow from a new case through verification and a verdict to the
 * response and closing, every step audited with who and why.
 * <p>
 * The responses recorded on a case (kết quả xử lý: rebuttal and clarification articles, guidance sent to the press
 * and units, requests to a platform to remove content, referrals to the agency in charge with its answer) are
 * served at {@code /api/cases/{id}/responses}; the case file for a referral (hồ sơ vụ việc: the case, its
 * timeline, responses and evidence with SHA-256 hashes) is an official document printed by report's
 * {@link vn.tuyengiao.report.OfficialDocuments}. The period's cases and responses are counted in the consolidated
 * report's section 4 through {@link vn.tuyengiao.report.ReportContribution}, with the median time to verdict.
 * Evidence capture, deadlines and escalation come next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đấu tranh, phản bác (response)")
package vn.tuyengiao.response;
