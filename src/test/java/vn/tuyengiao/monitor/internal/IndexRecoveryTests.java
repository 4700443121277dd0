package vn.tuyengiao.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;

/**
 * Items committed to the database whose index write was lost (the process killed between the two) are found
 * and indexed without an administrator: by the start-up check, and by the periodic check of recent changes.
 * Rows written with plain SQL stand for them: Hibernate Search never sees such a write.
 */
@SpringBootTest(properties = "tuyengiao.monitor.search.index-check=1h")
class IndexRecoveryTests {

	static final String OUTLET = "Báo Thử Chỉ Mục";

	@Autowired
	Reindexing reindexing;

	@Autowired
	ItemSearch search;

	@Autowired
	ItemStore store;

	@Autowired
	SourceRepository sources;

	@Autowired
	JdbcTemplate jdbc;

	private long source() {
		return sources.save(new SourceEntity("Nguồn thử chỉ mục " + System.nanoTime(), OUTLET, SourceType.RSS,
				SourceKind.PRESS, "https://chi-muc.example/rss/" + System.nanoTime(), "vi", 0, 1L, Instant.now())).id();
	}

	/** An item committed to the database and never indexed, as a crash between the two commits leaves it. */
	private void committedOnly(long source, String url, String title, String body) {
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.update("insert into monitor_item (url_key, url, source_id, outlet, kind, title, first_seen_at, updated_at,"
				+ " language, body, content_hash) values (?, ?, ?, ?, 'PRESS', ?, ?, ?, 'vi', ?, ?)", ItemStore.sha256(url), url,
				source, OUTLET, title, now, now, body, "hash-" + url);
	}

	private long found(String q) {
		return search.search(new ItemSearch.Query(q, false, OUTLET, null, null, null, null, false, 0, 20)).total();
	}

	@Test
	void itemsTheIndexMissedAreIndexedByTheStartUpCheck() {
		long source = source();
		for (int i = 0; i < 3; i++) {
			committedOnly(source, "https://chi-muc.example/mat/" + i, "Tin bị mất khỏi chỉ mục " + i,
					"Đường tránh thị trấn Nà Phặc bị sạt lở, lần " + i + ".");
		}
		assertThat(found("na phac sat lo")).as("committed, not indexed").isZero();

		reindexing.rebuildAnEmptyIndex(); // what runs at start-up: the index is not empty, so it checks it

		await().atMost(Duration.ofSeconds(30)).until(() -> found("na phac sat lo") == 3);
	}

	@Test
	void anEditTheIndexMissedIsIndexedByThePeriodicCheckOfRecentChanges() {
		long source = source();
		store.storeBatch(source, OUTLET, SourceKind.PRESS, List.of(new IncomingItem("https://chi-muc.example/sua", "Tin được sửa",
				null, null, "Bản đầu nói về cầu treo Khuổi Slình.", "vi", "mục")));
		assertThat(found("khuoi slinh")).isEqualTo(1);
		reindexing.checkIndex(null);
		// the edit commits, its index write is lost
		jdbc.update("update monitor_item set body = ?, version = version + 1, updated_at = ? where url = ?",
				"Bản sửa nói về chợ phiên Bằng Lũng.", OffsetDateTime.now(ZoneOffset.UTC), "https://chi-muc.example/sua");
		committedOnly(source, "https://chi-muc.example/moi", "Tin mới chưa vào chỉ mục", "Chợ phiên Bằng Lũng đông vui.");
		assertThat(found("bang lung")).isZero();

		reindexing.checkRecentItems();

		assertThat(found("bang lung")).isEqualTo(2);
		assertThat(found("khuoi slinh")).as("the old text is gone from the index").isZero();
		assertThat(reindexing.checkIndex(null)).as("nothing left to repair").isZero();
	}

}
