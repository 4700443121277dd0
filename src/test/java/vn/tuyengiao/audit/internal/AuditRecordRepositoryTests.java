package vn.tuyengiao.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditEntry;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.audit.AuditLog.AuditQuery;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit trail is written and filtered the same on H2 and on PostgreSQL. */
@DatabaseTest
class AuditRecordRepositoryTests {

	@Autowired
	AuditLog audit;

	@Test
	void newestRecordsComeFirst() {
		audit.record(AuditAction.CREATE, "test:first", 42L, "Bản ghi thứ nhất");
		audit.record(AuditAction.UPDATE, "test:second", 42L, "Bản ghi thứ hai");

		Page<AuditEntry> page = audit.search(new AuditQuery(null, null, 42L, null, null, null), PageRequest.of(0, 10));

		assertThat(page.getContent()).extracting(AuditEntry::subject).containsExactly("test:second", "test:first");
	}

	@Test
	void whatThePlatformDidAtStartUpIsRecordedAsTheSystems() {
		Page<AuditEntry> page = audit.search(new AuditQuery("system", AuditAction.CREATE, null, null, null, "user:babe"),
				PageRequest.of(0, 10));

		assertThat(page.getContent()).singleElement()
			.satisfies(entry -> assertThat(entry.summary()).startsWith("Tạo tài khoản babe"));
	}

	@Test
	void filtersByActorActionTimeAndTextTogether() {
		audit.recordAs("nguoi.loc", AuditAction.LOGIN_FAILED, "user:nguoi.loc", null, "Đăng nhập sai lần MỘT");
		audit.recordAs("nguoi.loc", AuditAction.LOGIN, "user:nguoi.loc", null, "Đăng nhập");
		audit.recordAs("nguoi.khac", AuditAction.LOGIN_FAILED, "user:nguoi.khac", null, "Đăng nhập sai lần một");
		Instant now = Instant.now();

		Page<AuditEntry> page = audit.search(new AuditQuery("nguoi.loc", AuditAction.LOGIN_FAILED, null,
				now.minus(1, ChronoUnit.HOURS), now.plus(1, ChronoUnit.HOURS), "lần một"), PageRequest.of(0, 10));

		assertThat(page.getContent()).singleElement().satisfies(entry -> {
			assertThat(entry.actor()).isEqualTo("nguoi.loc");
			assertThat(entry.summary()).isEqualTo("Đăng nhập sai lần MỘT");
		});
		assertThat(audit.search(new AuditQuery("nguoi.loc", null, null, now.plus(1, ChronoUnit.HOURS), null, null),
				PageRequest.of(0, 10))).isEmpty();
	}

	@Test
	void anOverlongSummaryIsShortenedNotLost() {
		audit.record(AuditAction.UPDATE, "test:long", 43L, "x".repeat(5000));

		AuditEntry entry = audit.search(new AuditQuery(null, null, 43L, null, null, null), PageRequest.of(0, 1)).getContent().get(0);
		assertThat(entry.summary()).hasSize(JpaAuditLog.MAX_SUMMARY).endsWith("…");
	}

}
