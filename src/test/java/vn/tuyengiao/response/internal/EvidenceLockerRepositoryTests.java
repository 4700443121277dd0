package vn.tuyengiao.response.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.response.CaseEvidence;
import vn.tuyengiao.response.Cases;

/** The evidence table through the real migrations, on H2 and again on PostgreSQL: one first capture per link, claims, states. */
@DatabaseTest
@WithUserDetails("chuyenvien")
class EvidenceLockerRepositoryTests {

	@Autowired
	Cases cases;

	@Autowired
	EvidenceLocker locker;

	@Autowired
	JdbcTemplate jdbc;

	/** A case with one item linked by hand, so no capture starts by itself. */
	private long caseWithLink(long itemId) {
		long id = cases.open(new Cases.NewCase("Tin đồn", "Nộp phí trước sẽ được đền bù.", null, List.of(), null, null, "2023Q2")).id();
		jdbc.update("insert into response_case_item (case_id, item_id, linked_at, linked_by) values (?, ?, ?, ?)", id, itemId,
				Timestamp.from(Instant.now()), "chuyenvien");
		return id;
	}

	@Test
	void aLinkGetsOneFirstCaptureWhoeverAsksAndARecaptureIsTheNextNumber() {
		long caseId = caseWithLink(901);
		Instant now = Instant.now();
		assertThat(locker.linksWithoutCapture(1000)).anyMatch(link -> link[0] == caseId && link[1] == 901);

		long first = locker.requestFirst(caseId, 901, locker.linkedBy(caseId, 901), now).orElseThrow();
		assertThat(locker.requestFirst(caseId, 901, "system", now)).isEmpty();
		long again = locker.requestAgain(caseId, 901, "truongban", now);

		assertThat(locker.linksWithoutCapture(1000)).noneMatch(link -> link[0] == caseId);
		assertThat(locker.find(first).orElseThrow().captureNo()).isEqualTo(1);
		assertThat(locker.find(first).orElseThrow().requestedBy()).isEqualTo("chuyenvien");
		assertThat(locker.find(again).orElseThrow().captureNo()).isEqualTo(2);
		assertThat(locker.of(caseId)).extracting(CaseEvidence::status).containsExactly("PENDING", "PENDING");
	}

	@Test
	void aCaptureIsClaimedByOneWorkerAndOnceCapturedIsNeverChangedAgain() {
		long caseId = caseWithLink(902);
		Instant now = Instant.now();
		// requested now: the application's own sweep leaves it alone for a minute
		long id = locker.requestFirst(caseId, 902, "chuyenvien", now).orElseThrow();
		assertThat(locker.waiting(now.plusSeconds(1), now.minus(Duration.ofMinutes(10)), 1000))
			.anyMatch(row -> row.evidence().id() == id);

		assertThat(locker.claim(id, now, now.minus(Duration.ofMinutes(10)))).isTrue();
		assertThat(locker.claim(id, now, now.minus(Duration.ofMinutes(10)))).isFalse();
		assertThat(locker.waiting(now.plusSeconds(1), now.minus(Duration.ofMinutes(10)), 1000))
			.noneMatch(row -> row.evidence().id() == id);

		EvidenceLocker.Stored file = locker.store(caseId, id, out -> out.write("WARC/1.1\r\n".getBytes(StandardCharsets.US_ASCII)));
		locker.captured(id, "https://tin.example/a", "https://tin.example/a", now, file, 2, 0, null, now);
		locker.failed(id, null, "muộn", now);

		CaseEvidence captured = locker.of(caseId).get(0);
		assertThat(captured.status()).isEqualTo("CAPTURED");
		assertThat(captured.sha256()).isEqualTo(file.sha256()).hasSize(64);
		assertThat(captured.bytes()).isEqualTo(10);
		assertThat(captured.error()).isNull();
		assertThat(captured.downloadUrl()).isEqualTo("/api/cases/" + caseId + "/evidence/" + id + ".warc");
		assertThat(locker.file(locker.find(id).orElseThrow())).startsWith("WARC/1.1".getBytes(StandardCharsets.US_ASCII));
	}

}
