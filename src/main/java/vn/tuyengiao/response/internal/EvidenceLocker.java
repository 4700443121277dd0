package vn.tuyengiao.response.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import vn.tuyengiao.platform.Conflict;
import vn.tuyengiao.platform.NotFound;
import vn.tuyengiao.platform.PlatformSettings;
import vn.tuyengiao.response.CaseEvidence;

/**
 * The evidence preserved for cases: the rows of {@code response_evidence} and the WARC files under
 * {@code DIR/evidence}. A file is written once: to a temporary file beside it, then linked to its final name,
 * which fails rather than replace a file already there, and made read-only. A captured row is never changed
 * again; reading a file checks it still has the SHA-256 recorded when it was captured.
 * <p>
 * Access is the caller's business: {@link #of} and {@link #file} serve whoever may read the case
 * ({@code Cases.get} answers that).
 */
@Component
class EvidenceLocker {

	static final String PENDING = "PENDING";

	static final String CAPTURED = "CAPTURED";

	static final String FAILED = "FAILED";

	/** A captured file holds the live page and its resources. */
	static final String PAGE = "PAGE";

	/** A captured file holds the item as the platform stored it: the live page could not be read. */
	static final String STORED_COPY = "STORED_COPY";

	/** A row's fields besides the public record: the file and who asked. */
	record Row(CaseEvidence evidence, int captureNo, String requestedBy, String fileName, int attempts) {
	}

	/** A capture written to its final place. */
	record Stored(String fileName, String sha256, long bytes) {
	}

	private final JdbcTemplate jdbc;

	private final Path root;

	EvidenceLocker(JdbcTemplate jdbc, PlatformSettings platform) {
		this.jdbc = jdbc;
		this.root = platform.dataDir().resolve("evidence").toAbsolutePath().normalize();
	}

	/** The captures of a case's items, oldest first. */
	List<CaseEvidence> of(long caseId) {
		return jdbc.query("select * from response_evidence where case_id = ? order by item_id, capture_no, id",
				(rs, n) -> row(rs).evidence(), caseId);
	}

	Optional<Row> find(long evidenceId) {
		return jdbc.query("select * from response_evidence where id = ?", (rs, n) -> row(rs), evidenceId).stream().findFirst();
	}

	/**
	 * The first capture of a linked item, unless it already has one (the event and the sweep may both ask).
	 *
	 * @return the new row's id, or empty when there was one
	 */
	Optional<Long> requestFirst(long caseId, long itemId, String requestedBy, Instant now) {
		if (jdbc.queryForObject("select count(*) from response_evidence where case_id = ? and item_id = ?", Integer.class,
				caseId, itemId) > 0) {
			return Optional.empty();
		}
		try {
			return Optional.of(insert(caseId, itemId, 1, requestedBy, now));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}

	/** A further capture of a linked item: a new row, the earlier ones untouched. */
	long requestAgain(long caseId, long itemId, String requestedBy, Instant now) {
		for (int attempt = 0;; attempt++) {
			int next = jdbc.queryForObject("select coalesce(max(capture_no), 0) + 1 from response_evidence where case_id = ? and item_id = ?",
					Integer.class, caseId, itemId);
			try {
				return insert(caseId, itemId, next, requestedBy, now);
			}
			catch (DuplicateKeyException ex) {
				if (attempt >= 3) {
					throw new Conflict("itemId", "response.evidence.busy");
				}
			}
		}
	}

	private long insert(long caseId, long itemId, int captureNo, String requestedBy, Instant now) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			var insert = connection.prepareStatement("""
					insert into response_evidence (case_id, item_id, capture_no, status, requested_by, requested_at)
					values (?, ?, ?, ?, ?, ?)""", new String[] { "id" });
			insert.setLong(1, caseId);
			insert.setLong(2, itemId);
			insert.setInt(3, captureNo);
			insert.setString(4, PENDING);
			insert.setString(5, requestedBy);
			insert.setTimestamp(6, Timestamp.from(now));
			return insert;
		}, key);
		return key.getKey().longValue();
	}

	/**
	 * Takes a pending capture for this worker: nobody else has it, or whoever had it took longer than
	 * {@code staleBefore} allows (a restart, a lost thread).
	 */
	boolean claim(long evidenceId, Instant now, Instant staleBefore) {
		return jdbc.update("""
				update response_evidence set claimed_at = ?, attempts = attempts + 1
				where id = ? and status = ? and (claimed_at is null or claimed_at < ?)""", Timestamp.from(now), evidenceId,
				PENDING, Timestamp.from(staleBefore)) == 1;
	}

	/** A capture is done: its file, and for a stored copy why the live page could not be read ({@code liveFailure}). */
	void captured(long evidenceId, String url, String finalUrl, Instant capturedAt, Stored file, int resources,
			int resourcesFailed, String liveFailure, Instant now) {
		jdbc.update("""
				update response_evidence set status = ?, url = ?, final_url = ?, captured_at = ?, file_name = ?, sha256 = ?,
				  size_bytes = ?, resources = ?, resources_failed = ?, finished_at = ?, failure = ?, source = ?
				where id = ? and status = ?""", CAPTURED, cut(url, 2000), cut(finalUrl, 2000), Timestamp.from(capturedAt),
				file.fileName(), file.sha256(), file.bytes(), resources, resourcesFailed, Timestamp.from(now),
				cut(liveFailure, 2000), liveFailure == null ? PAGE : STORED_COPY, evidenceId, PENDING);
	}

	void failed(long evidenceId, String url, String reason, Instant now) {
		jdbc.update("update response_evidence set status = ?, url = coalesce(url, ?), failure = ?, finished_at = ? where id = ? and status = ?",
				FAILED, cut(url, 2000), cut(reason, 2000), Timestamp.from(now), evidenceId, PENDING);
	}

	/** Links of items to cases that have no capture at all (the event was lost: a crash right after the commit). */
	List<long[]> linksWithoutCapture(int limit) {
		return jdbc.query("""
				select l.case_id, l.item_id from response_case_item l
				where not exists (select 1 from response_evidence e where e.case_id = l.case_id and e.item_id = l.item_id)
				order by l.linked_at fetch first %d rows only""".formatted(limit), (rs, n) -> new long[] { rs.getLong(1), rs.getLong(2) });
	}

	/** Who linked the item to the case, so a capture the sweep starts is asked for by them. */
	String linkedBy(long caseId, long itemId) {
		return jdbc.queryForList("select linked_by from response_case_item where case_id = ? and item_id = ?", String.class, caseId,
				itemId).stream().findFirst().orElse("system");
	}

	/** Pending captures nobody took since {@code unclaimedBefore}, or whose worker has been at it since {@code staleBefore}. */
	List<Row> waiting(Instant unclaimedBefore, Instant staleBefore, int limit) {
		return jdbc.query("""
				select * from response_evidence where status = ?
				  and ((claimed_at is null and requested_at < ?) or claimed_at < ?)
				order by requested_at, id fetch first %d rows only""".formatted(limit), (rs, n) -> row(rs), PENDING,
				Timestamp.from(unclaimedBefore), Timestamp.from(staleBefore));
	}

	/** The owning unit of a case, for the audit of its captures. */
	long ownerUnit(long caseId) {
		return jdbc.queryForObject("select owner_unit_id from response_case where id = ?", Long.class, caseId);
	}

	/**
	 * Writes a capture once: {@code writer} fills a temporary file, which then gets its final name under
	 * {@code DIR/evidence/CASE/} without ever replacing a file, and becomes read-only.
	 */
	Stored store(long caseId, long evidenceId, FileWriter writer) {
		Path directory = root.resolve(Long.toString(caseId));
		Path temp = null;
		try {
			Files.createDirectories(directory);
			String name = caseId + "/" + evidenceId + "-" + UUID.randomUUID().toString().substring(0, 8) + ".warc";
			Path target = root.resolve(name);
			temp = Files.createTempFile(directory, "." + evidenceId + "-", ".part");
			MessageDigest sha256 = sha256();
			try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp), sha256)) {
				writer.write(out);
			}
			long bytes = Files.size(temp);
			place(temp, target);
			readOnly(target);
			return new Stored(name, HexFormat.of().formatHex(sha256.digest()), bytes);
		}
		catch (IOException ex) {
			throw new EvidenceNotStored(ex);
		}
		finally {
			if (temp != null) {
				try {
					Files.deleteIfExists(temp);
				}
				catch (IOException ex) {
					// a stray temporary file is harmless: it is never read
				}
			}
		}
	}

	/** Writes a capture's bytes. */
	@FunctionalInterface
	interface FileWriter {

		void write(OutputStream out) throws IOException;

	}

	/** A hard link fails when the name is taken, where a rename would silently replace the file. */
	private static void place(Path temp, Path target) throws IOException {
		try {
			Files.createLink(target, temp);
		}
		catch (FileAlreadyExistsException ex) {
			throw ex;
		}
		catch (UnsupportedOperationException | IOException ex) {
			// a file system without hard links: a rename, after checking the name is free
			if (Files.exists(target)) {
				throw new FileAlreadyExistsException(target.toString());
			}
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
		}
	}

	private static void readOnly(Path file) throws IOException {
		try {
			Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r-----"));
		}
		catch (UnsupportedOperationException ex) {
			file.toFile().setReadOnly();
		}
	}

	/**
	 * The bytes of a captured file, after checking they still have the recorded SHA-256: an altered or missing
	 * file is refused, never served.
	 */
	byte[] file(Row row) {
		CaseEvidence evidence = row.evidence();
		if (!CAPTURED.equals(evidence.status()) || row.fileName() == null) {
			throw new NotFound("response.evidence.not-found", evidence.id());
		}
		Path file = root.resolve(row.fileName()).normalize();
		if (!file.startsWith(root)) {
			throw new Conflict(null, "response.evidence.altered", evidence.id());
		}
		byte[] bytes;
		try {
			bytes = Files.readAllBytes(file);
		}
		catch (IOException ex) {
			throw new Conflict(null, "response.evidence.missing", evidence.id());
		}
		if (!HexFormat.of().formatHex(sha256().digest(bytes)).equals(evidence.sha256())) {
			throw new Conflict(null, "response.evidence.altered", evidence.id());
		}
		return bytes;
	}

	/** Where a captured file is downloaded. */
	static String downloadUrl(long caseId, long evidenceId) {
		return "/api/cases/" + caseId + "/evidence/" + evidenceId + ".warc";
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex); // every Java runtime has SHA-256
		}
	}

	private Row row(ResultSet rs) throws SQLException {
		long id = rs.getLong("id");
		long caseId = rs.getLong("case_id");
		String status = rs.getString("status");
		Timestamp captured = rs.getTimestamp("captured_at");
		CaseEvidence evidence = new CaseEvidence(id, caseId, rs.getLong("item_id"), rs.getString("url"), status,
				captured == null ? null : captured.toInstant(), rs.getString("sha256"), rs.getLong("size_bytes"),
				rs.getString("failure"), CAPTURED.equals(status) ? downloadUrl(caseId, id) : null,
				CAPTURED.equals(status) ? (rs.getString("source") == null ? PAGE : rs.getString("source")) : null);
		return new Row(evidence, rs.getInt("capture_no"), rs.getString("requested_by"), rs.getString("file_name"),
				rs.getInt("attempts"));
	}

	private static String cut(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}

}
