package vn.tuyengiao.response;

import java.time.Instant;

/**
 * One capture of a linked item's page, preserved as evidence (chứng cứ): a WARC file that is never altered
 * afterwards; capturing again makes a new record.
 *
 * @param status {@code PENDING} while the capture runs, {@code CAPTURED}, or {@code FAILED} with {@code error}
 * @param sha256 the SHA-256 of the stored file, in lower-case hex; null until captured
 * @param error why the capture failed; for a stored copy, why the live page could not be read
 * @param downloadUrl where the WARC file is downloaded; null until captured
 * @param source what a captured file holds: {@code PAGE}, the live page and its resources, or {@code STORED_COPY},
 *        the text the platform stored when it collected the item (every version), the live page being unreadable
 */
public record CaseEvidence(long id, long caseId, long itemId, String url, String status, Instant capturedAt,
		String sha256, long bytes, String error, String downloadUrl, String source) {
}
