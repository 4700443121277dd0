package vn.tuyengiao.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.tuyengiao.monitor.FetchCounts;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;

/** Entries are stored in batches; a batch with a bad entry stores the others and reports the bad one. */
@SpringBootTest
class IntakeTests {

	@Autowired
	Intake intake;

	@Autowired
	SourceRepository sources;

	@Autowired
	ItemRepository items;

	@Autowired
	ItemVersionRepository versions;

	@Autowired
	EntryProblemRepository problems;

	private SourceEntity source(String name) {
		return sources.save(new SourceEntity(name, "Báo Thử", SourceType.RSS, SourceKind.PRESS, "https://bao-thu.example/" + name,
				"vi", 0, 1L, Instant.now()));
	}

	private static IncomingItem entry(String url, String text) {
		return new IncomingItem(url, "Tin " + text, null, null, "Nội dung của tin " + text + ".", "vi", url);
	}

	private FetchCounts store(SourceEntity source, List<IncomingItem> entries) {
		FetchRecordEntity reading = intake.begin(source.id());
		FetchCounts counts = intake.store(new EntryQueue.EntryBatch(source.id(), source.outlet(), source.kind(), reading.id(), entries, List.of()));
		intake.finish(reading, FetchRecordEntity.Outcome.SUCCESS, counts, null);
		return counts;
	}

	@Test
	void aBatchWithOneBadEntryStoresTheOthersAndReportsTheBadOne() {
		SourceEntity source = source("lo-loi");
		String tooLong = "https://bao-thu.example/tin/" + "a".repeat(2100); // monitor_item.url holds 2,000 characters
		List<IncomingItem> entries = List.of(entry("https://bao-thu.example/tin/1", "một"), entry(tooLong, "hai"),
				entry("https://bao-thu.example/tin/3", "ba"));

		FetchRecordEntity reading = intake.begin(source.id());
		FetchCounts counts = intake.store(new EntryQueue.EntryBatch(source.id(), source.outlet(), source.kind(), reading.id(), entries, List.of()));

		assertThat(counts.created()).isEqualTo(2);
		assertThat(counts.failed()).isEqualTo(1);
		assertThat(items.findByUrlKey(ItemStore.sha256("https://bao-thu.example/tin/1"))).isPresent();
		assertThat(items.findByUrlKey(ItemStore.sha256("https://bao-thu.example/tin/3"))).isPresent();
		assertThat(items.findByUrlKey(ItemStore.sha256(tooLong))).isEmpty();
		assertThat(problems.findByFetchIdOrderById(reading.id())).singleElement()
			.satisfies(problem -> assertThat(problem.reference()).startsWith("https://bao-thu.example/tin/aaa"));

		FetchCounts again = store(source, entries);
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.failed()).isEqualTo(1);
	}

	@Test
	void storesMoreEntriesThanABatchIdempotently() {
		SourceEntity source = source("nhieu-tin");
		List<IncomingItem> entries = new ArrayList<>();
		for (int i = 0; i < Intake.BATCH * 2 + 7; i++) {
			entries.add(entry("https://bao-thu.example/nhieu/" + i, "số " + i));
		}

		assertThat(store(source, entries).created()).isEqualTo(Intake.BATCH * 2 + 7);
		FetchCounts again = store(source, entries);
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.failed()).isZero();
	}

	@Test
	void theSameUrlTwiceInOneBatchIsOneItemWithTwoVersions() {
		SourceEntity source = source("hai-lan");
		String url = "https://bao-thu.example/tin/sua";

		FetchCounts counts = store(source, List.of(entry(url, "bản đầu"), entry(url, "bản đã sửa"), entry(url, "bản đã sửa")));

		assertThat(counts.created()).isEqualTo(1);
		assertThat(counts.updated()).isEqualTo(1);
		ItemEntity item = items.findByUrlKey(ItemStore.sha256(url)).orElseThrow();
		assertThat(item.title()).isEqualTo("Tin bản đã sửa");
		assertThat(item.versions()).isEqualTo(2);
		assertThat(versions.findByItemIdOrderByNumberDesc(item.id())).singleElement()
			.satisfies(version -> assertThat(version.title()).isEqualTo("Tin bản đầu"));
	}

}
