package vn.tuyengiao.response.internal;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A response recorded on a case (kết quả xử lý) as the API shows it. Which fields are filled depends on the kind:
 * an article has its link and outlet, a guidance notice its recipients and text, a removal request its platform
 * and the content's link, a referral its agency; removal requests and referrals carry their outcome.
 *
 * @param date when it was published or sent
 * @param outcome {@code PENDING}, {@code REMOVED} or {@code REFUSED} for a removal request; {@code PENDING} or
 *        {@code ANSWERED} for a referral; null for the other kinds
 * @param outcomeDate when the platform acted or the agency answered
 * @param answer the agency's answer, or a note on the platform's decision
 */
record CaseResponse(long id, long caseId, ResponseKind kind, String kindLabel, String title, String url, String outlet,
		String platform, String recipients, String text, String agency, AgencyKind agencyKind, LocalDate date,
		String outcome, String outcomeLabel, LocalDate outcomeDate, String answer, String createdBy, Instant createdAt,
		String updatedBy, Instant updatedAt, long version) {
}
