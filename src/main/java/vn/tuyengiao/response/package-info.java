/**
 * Response to false and toxic information (đấu tranh, phản bác thông tin xấu, độc), issue 7: cases (vụ việc)
 * opened from flagged items, their workflow from a new case through verification and a verdict to the
 * response and closing, every step audited with who and why, and their count in the quarterly report.
 * <p>
 * Evidence (chứng cứ): linking items to a case captures each item's page in the background, through monitor's
 * {@code PageArchive}, as a WARC file under the data directory ({@code DIR/evidence}), written once, read-only
 * and recorded with its SHA-256 and capture time in {@code response_evidence}; {@code CaseEvidence} is what a
 * capture looks like to callers. A capture is never altered: capturing again is a new record, and a file whose
 * SHA-256 no longer matches is refused, never served. Delivery is at least once (a sweep takes up lost and
 * interrupted captures) with one first capture per link. API: {@code GET /api/cases/{id}/evidence}, the file at
 * each capture's {@code downloadUrl}, {@code POST /api/cases/{id}/evidence} for a re-capture.
 * <p>
 * Responses, referrals, deadlines and resurfacing come next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đấu tranh, phản bác (response)")
package vn.tuyengiao.response;
