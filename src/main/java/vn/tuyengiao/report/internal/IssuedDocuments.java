package vn.tuyengiao.report.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.report.ConsolidatedReport;

/**
 * The documents of a consolidated report. A draft's are written on each download and marked "DỰ THẢO" in
 * their header and file name. An approved report's are written once, at approval, and stored with their
 * SHA-256: a numbered document is served as the bytes that were issued, checked against that digest, so
 * neither a reopened unit report nor a later change of the writers can alter it.
 */
@Component
class IssuedDocuments {

	private static final Logger log = LoggerFactory.getLogger(IssuedDocuments.class);

	/** The files a consolidated report is issued as. */
	enum Kind {

		DOCX("bao-cao-tong-hop-", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
		PDF("bao-cao-tong-hop-", ".pdf", "application/pdf"),
		XLSX("bieu-chi-tieu-", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

		private final String prefix;

		private final String extension;

		final String contentType;

		Kind(String prefix, String extension, String contentType) {
			this.prefix = prefix;
			this.extension = extension;
			this.contentType = contentType;
		}

		String fileName(ConsolidatedReport report) {
			String name = prefix + report.period() + (report.revision() > 1 ? "-lan-" + report.revision() : "") + extension;
			return ReportDocuments.fileName(name, !report.approved());
		}

	}

	/** A file to send: its bytes, media type and name. */
	record Download(byte[] bytes, String contentType, String fileName) {
	}

	/** Raised when stored bytes no longer match the digest taken when they were issued. */
	static class IssuedDocumentAltered extends IllegalStateException {

		IssuedDocumentAltered(long id, int revision, Kind kind) {
			super("The issued " + kind + " of consolidated report " + id + " (revision " + revision
					+ ") does not match its SHA-256");
		}

	}

	private final IssuedDocumentRepository stored;

	private final ReportDocuments documents;

	private final DocumentWriters writers;

	private final ReportTime clock;

	IssuedDocuments(IssuedDocumentRepository stored, ReportDocuments documents, DocumentWriters writers, ReportTime clock) {
		this.stored = stored;
		this.documents = documents;
		this.writers = writers;
		this.clock = clock;
	}

	/** Writes and stores the three files of a report just approved; part of the approval's transaction. */
	void issue(ConsolidatedReport report, String actor) {
		for (Kind kind : Kind.values()) {
			byte[] bytes = write(report, kind);
			stored.save(new IssuedDocumentEntity(report.id(), report.revision(), kind.name(), kind.fileName(report),
					kind.contentType, bytes, sha256(bytes), clock.now(), actor));
		}
		stored.flush();
	}

	/**
	 * The report's file: as stored for an approved report or a named revision, written now for a draft.
	 * @param revision an earlier issued revision, or {@code null} for the report as it stands
	 */
	Download download(ConsolidatedReport report, Kind kind, Integer revision) {
		if (revision != null && revision != report.revision()) {
			return issued(report.id(), revision, kind)
				.orElseThrow(() -> new NotFound("consolidated.revision-not-found", revision, report.period()));
		}
		if (!report.approved()) {
			return written(report, kind);
		}
		return issued(report.id(), report.revision(), kind).orElseGet(() -> {
			// Approved before issued files were kept: written from the data as it stands, not stored.
			log.warn("No stored {} for the approved consolidated report {} (revision {}); writing it from current data",
					kind, report.id(), report.revision());
			return written(report, kind);
		});
	}

	/** The file written now from the report as it stands, not stored. */
	private Download written(ConsolidatedReport report, Kind kind) {
		return new Download(write(report, kind), kind.contentType, kind.fileName(report));
	}

	private Optional<Download> issued(long consolidatedId, int revision, Kind kind) {
		return stored.findByConsolidatedIdAndRevisionAndKind(consolidatedId, revision, kind.name()).map(file -> {
			byte[] bytes = file.content();
			if (bytes.length != file.byteCount() || !sha256(bytes).equals(file.sha256())) {
				throw new IssuedDocumentAltered(consolidatedId, revision, kind);
			}
			return new Download(bytes, file.contentType(), file.fileName());
		});
	}

	private byte[] write(ConsolidatedReport report, Kind kind) {
		return switch (kind) {
			case DOCX -> writers.docx(documents.consolidated(report));
			case PDF -> writers.pdf(documents.consolidated(report));
			case XLSX -> writers.xlsx(report);
		};
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

}
