/**
 * Response to false and toxic information (đấu tranh, phản bác thông tin xấu, độc), issue 7: cases (vụ việc)
 * opened from flagged items, their workflow from a new case through verification and a verdict to the
 * response and closing, every step audited with who and why. Evidence capture, responses, referrals, deadlines
 * and the count into the quarterly report come next.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đấu tranh, phản bác (response)")
package vn.tuyengiao.response;
