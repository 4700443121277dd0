package vn.tuyengiao.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.monitor.FetchCounts;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;

/**
 * Ingestion through the real migrations and database (H2, and PostgreSQL in the build's second run): the
 * canonical URL is the idempotent key, an edited article keeps its earlier text, and a reading cut short
 * (the platform stopped half-way) loses and doubles nothing when it is done again.
 */
@DatabaseTest
class IngestionRepositoryTests {

	@Autowired
	EntryQueue queue;

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

	SourceEntity source;

	@BeforeEach
	void aSource() {
		source = sources.save(new SourceEntity("Nguồn thử " + System.nanoTime(), "Báo thử", SourceType.RSS,
				SourceKind.PRESS, "https://bao.example/rss-" + System.nanoTime(), "vi", 60, 1L, Instant.now()));
	}

	@Test
	void theSameArticleReadTwiceIsOneItem() {
		List<IncomingItem> entries = articles("trung-lap", 3);

		FetchCounts first = read(entries);
		FetchCounts second = read(entries);

		assertThat(first.created()).isEqualTo(3);
		assertThat(second.created()).isZero();
		assertThat(second.updated()).isZero();
		assertThat(items.findByUrlKey(ItemStore.sha256(entries.get(0).url()))).isPresent();
	}

	@Test
	void anEditedArticleIsANewVersionAndKeepsTheOldText() {
		IncomingItem original = article("sua-bai", 1, "Huyện Ba Bể tổ chức lễ hội Lồng tồng với 3.000 người tham dự.");
		IncomingItem edited = article("sua-bai", 1, "Huyện Ba Bể tổ chức lễ hội Lồng tồng với 5.000 người tham dự.");
		IncomingItem retoned = article("sua-bai", 1, "Huyện Ba Bể tổ chức lễ hội Lồng tồng với 5.000 người tham dự.  ");

		read(List.of(original));
		FetchCounts change = read(List.of(edited));
		FetchCounts spacing = read(List.of(retoned));

		assertThat(change.updated()).isEqualTo(1);
		assertThat(spacing.updated()).as("only spaces changed").isZero();
		ItemEntity item = items.findByUrlKey(ItemStore.sha256(original.url())).orElseThrow();
		assertThat(item.body()).contains("5.000");
		assertThat(item.versions()).isEqualTo(2);
		assertThat(versions.findByItemIdOrderByNumberDesc(item.id())).singleElement()
			.satisfies(v -> assertThat(v.body()).contains("3.000"));
	}

	@Test
	void aReadingCutShortIsDoneAgainWithoutLosingOrDoublingAnything() {
		List<IncomingItem> feed = articles("dung-giua-chung", 10);
		// the platform stops after storing the first four entries: the reading is never finished
		FetchRecordEntity cut = intake.begin(source.id());
		queue.submit(new EntryQueue.EntryBatch(source.id(), source.outlet(), source.kind(), cut.id(), feed.subList(0, 4),
				List.of(), true));

		FetchCounts redone = read(feed);

		assertThat(redone.created()).isEqualTo(6);
		for (IncomingItem entry : feed) {
			assertThat(items.findByUrlKey(ItemStore.sha256(entry.url()))).isPresent();
		}
		assertThat(items.countSince(source.id(), Instant.EPOCH)).isEqualTo(10);
	}

	@Test
	void oneBadEntryInABatchIsRecordedAndTheOthersAreStored() {
		String tooLong = "https://bao.example/" + "x".repeat(2100); // monitor_item.url holds 2,000 characters
		List<IncomingItem> entries = new ArrayList<>(articles("mot-loi", 2));
		entries.add(1, new IncomingItem(tooLong, "Địa chỉ quá dài", null, null, "Nội dung", null, tooLong));

		FetchRecordEntity reading = intake.begin(source.id());
		FetchCounts counts = queue.submit(new EntryQueue.EntryBatch(source.id(), source.outlet(), source.kind(),
				reading.id(), entries, List.of(), true));

		assertThat(counts.created()).isEqualTo(2);
		assertThat(counts.failed()).isEqualTo(1);
		assertThat(items.findByUrlKey(ItemStore.sha256(tooLong))).isEmpty();
		assertThat(problems.findByFetchIdOrderById(reading.id())).singleElement()
			.satisfies(problem -> assertThat(problem.reference()).startsWith("https://bao.example/xxx"));
		assertThat(read(entries).failed()).as("read again: the good ones unchanged, the bad one again").isEqualTo(1);
	}

	@Test
	void moreEntriesThanABatchAreStoredOnceEach() {
		List<IncomingItem> entries = articles("nhieu-tin", Intake.BATCH * 2 + 7);

		assertThat(read(entries).created()).isEqualTo(Intake.BATCH * 2 + 7);
		FetchCounts again = read(entries);
		assertThat(again.created()).isZero();
		assertThat(again.updated()).isZero();
		assertThat(again.failed()).isZero();
	}

	@Test
	void theSameUrlTwiceInOneReadingIsOneItemWithTwoVersions() {
		IncomingItem first = article("hai-lan", 1, "Bản đầu của bài viết về lễ hội ở Ba Bể.");
		IncomingItem edited = article("hai-lan", 1, "Bản đã sửa của bài viết về lễ hội ở Ba Bể.");

		FetchCounts counts = read(List.of(first, edited, edited));

		assertThat(counts.created()).isEqualTo(1);
		assertThat(counts.updated()).isEqualTo(1);
		ItemEntity item = items.findByUrlKey(ItemStore.sha256(first.url())).orElseThrow();
		assertThat(item.body()).startsWith("Bản đã sửa");
		assertThat(item.versions()).isEqualTo(2);
		assertThat(versions.findByItemIdOrderByNumberDesc(item.id())).singleElement()
			.satisfies(version -> assertThat(version.body()).startsWith("Bản đầu"));
	}

	private FetchCounts read(List<IncomingItem> entries) {
		FetchRecordEntity reading = intake.begin(source.id());
		return queue.submit(new EntryQueue.EntryBatch(source.id(), source.outlet(), source.kind(), reading.id(), entries,
				List.of(), true));
	}

	private List<IncomingItem> articles(String prefix, int count) {
		List<IncomingItem> list = new ArrayList<>();
		for (int i = 1; i <= count; i++) {
			list.add(article(prefix, i, "Bài số " + i + " về công tác tuyên giáo ở Bắc Kạn năm 2023, nội dung " + prefix + "."));
		}
		return list;
	}

	private IncomingItem article(String prefix, int number, String text) {
		String url = "https://bao.example/" + source.id() + "/" + prefix + "-" + number + ".html";
		return new IncomingItem(url, "Tin " + prefix + " " + number, "Phóng viên", Instant.parse("2023-04-12T01:30:00Z"),
				text, null, url);
	}

}
