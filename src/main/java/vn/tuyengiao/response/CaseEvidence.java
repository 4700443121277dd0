package vn.tuyengiao.response;

import java.time.Instant;

/**
 * One capture of a linked item's page, preserved as evidence (chứng cứ): a WARC file that is never altered
 * afterwards; capturing again makes a new record.
 *
 * @param status {@code PENDING} while the capture runs, {@code CAPTURED}, or {@code FAILED} with {@code error}
 * @param sha256 the SHA-256 of the stored file, in lower-case hex; null until captured
 * @param downloadUrl where the WARC file is downloaded; null until captured
 */
public record CaseEvidence(long id, long caseId, long itemId, String url, String status, Instant capturedAt,
		String sha256, long bytes, String error, String downloadUrl) {
}
