package vn.tuyengiao.stories.internal;

import vn.tuyengiao.stories.StorySummary;
import vn.tuyengiao.stories.StoryView;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.text.VietnameseText;

/**
 * Stories through the real migration and database (H2, and PostgreSQL in the build's second run): one
 * membership per item however often it is assigned, a changed text that moves, the first source being the
 * earliest item, two copies assigned at the same moment ending in one story, and the rising list.
 */
@DatabaseTest
class StoriesRepositoryTests {

	/** Item ids far above the demo's, unique in the test database. */
	private static final AtomicLong ITEM_IDS = new AtomicLong(9_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);

	@Autowired
	StoryClustering stories;

	@Autowired
	JdbcTemplate jdbc;

	final Random random = new Random(System.nanoTime());

	final Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);

	@Test
	void anItemAssignedAgainWithTheSameTextStaysOnceInItsStory() {
		String text = StoryFixtures.randomText(random, 150);
		long original = ITEM_IDS.incrementAndGet();
		long copy = ITEM_IDS.incrementAndGet();
		long story = stories.assign(original, "Tin gốc", text, "Báo Bắc Kạn", now.minusSeconds(3600));
		stories.assign(copy, "Tin chép", text, "Trang Tin nóng 24h", now);

		assertThat(stories.assign(original, "Tin gốc", text, "Báo Bắc Kạn", now.minusSeconds(3600))).isEqualTo(story);
		assertThat(stories.assign(copy, "Tin chép", text, "Trang Tin nóng 24h", now)).isEqualTo(story);

		StoryView view = stories.story(story).orElseThrow();
		assertThat(view.itemCount()).isEqualTo(2);
		assertThat(view.items()).extracting(StoryView.Member::itemId).containsExactly(original, copy);
		assertThat(rows("monitor_story_item", copy)).isEqualTo(1);
		assertThat(rows("monitor_story_band", copy)).isEqualTo(Fingerprint.BANDS);
		assertThat(stories.storyOf(copy)).hasValue(story);
	}

	@Test
	void theFirstSourceIsTheEarliestItemEvenWhenItIsAssignedLast() {
		String text = StoryFixtures.randomText(random, 200);
		long late = ITEM_IDS.incrementAndGet();
		long early = ITEM_IDS.incrementAndGet();
		long story = stories.assign(late, "Chia sẻ gấp", "Nghe nói: " + text, "Nhóm Chợ huyện", now);

		assertThat(stories.assign(early, "Tin gốc", text, "Trang Góc nhìn", now.minus(5, ChronoUnit.HOURS))).isEqualTo(story);

		StoryView view = stories.story(story).orElseThrow();
		assertThat(view.firstItemId()).isEqualTo(early);
		assertThat(view.firstSource()).isEqualTo("Trang Góc nhìn");
		assertThat(view.title()).isEqualTo("Tin gốc");
		assertThat(view.firstSeenAt()).isEqualTo(now.minus(5, ChronoUnit.HOURS));
		assertThat(view.lastSeenAt()).isEqualTo(now);
		assertThat(view.outletCount()).isEqualTo(2);
		assertThat(view.items()).extracting(StoryView.Member::match).containsExactly("COPY", "START");
		assertThat(view.items().get(0).similarity()).isGreaterThan(0.8);
		assertThat(view.spreadUnit()).isEqualTo("HOUR");
		assertThat(view.spread()).hasSize(6);
		assertThat(view.spread()).extracting(StoryView.SpreadPoint::count).containsExactly(1, 0, 0, 0, 0, 1);
	}

	@Test
	void anItemWhoseTextChangedMovesToTheStoryOfItsNewText() {
		String first = StoryFixtures.randomText(random, 150);
		String second = StoryFixtures.randomText(random, 150);
		long a = ITEM_IDS.incrementAndGet();
		long b = ITEM_IDS.incrementAndGet();
		long edited = ITEM_IDS.incrementAndGet();
		long storyA = stories.assign(a, "A", first, "Báo A", now.minusSeconds(60));
		long storyB = stories.assign(b, "B", second, "Báo B", now.minusSeconds(60));
		assertThat(stories.assign(edited, "C", first, "Báo C", now)).isEqualTo(storyA);

		assertThat(stories.assign(edited, "C", second, "Báo C", now)).isEqualTo(storyB);

		assertThat(stories.story(storyA).orElseThrow().itemCount()).isEqualTo(1);
		assertThat(stories.story(storyB).orElseThrow().items()).extracting(StoryView.Member::itemId)
			.containsExactly(b, edited);
		assertThat(rows("monitor_story_band", edited)).isEqualTo(Fingerprint.BANDS);
	}

	@Test
	void aStoryLeftEmptyByItsOnlyItemIsGone() {
		long item = ITEM_IDS.incrementAndGet();
		String otherText = StoryFixtures.randomText(random, 120);
		long alone = stories.assign(item, "Một mình", StoryFixtures.randomText(random, 120), "Báo A", now);
		long other = stories.assign(ITEM_IDS.incrementAndGet(), "Khác", otherText, "Báo B", now);

		long moved = stories.assign(item, "Một mình", otherText, "Báo A", now);

		assertThat(moved).isEqualTo(other);
		assertThat(stories.story(alone)).isEmpty();
	}

	@Test
	void twoCopiesAssignedAtTheSameMomentEndUpInOneStory() throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 5; round++) {
				String text = StoryFixtures.randomText(random, 180);
				long first = ITEM_IDS.incrementAndGet();
				long second = ITEM_IDS.incrementAndGet();
				CountDownLatch start = new CountDownLatch(1);
				Callable<Long> one = () -> {
					start.await();
					return stories.assign(first, "Tin nóng", text, "Trang A", now);
				};
				Callable<Long> two = () -> {
					start.await();
					return stories.assign(second, "TIN NONG", retyped(text), "Trang B", now);
				};
				Future<Long> a = pool.submit(one);
				Future<Long> b = pool.submit(two);
				start.countDown();

				assertThat(a.get()).as("round %d", round).isEqualTo(b.get());
				assertThat(stories.story(a.get()).orElseThrow().itemCount()).isEqualTo(2);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void shortTextsStayAloneEvenWhenTheySayTheSame() {
		String formula = "Mời bạn đọc xem chi tiết tại đây, chia sẻ gấp!";
		long one = stories.assign(ITEM_IDS.incrementAndGet(), "", formula, "Trang A", now);
		long two = stories.assign(ITEM_IDS.incrementAndGet(), "", formula, "Trang B", now);

		assertThat(one).isNotEqualTo(two);
	}

	@Test
	void theRisingStoriesAreThoseThatGainedTheMostItemsInTheWindow() {
		String hot = StoryFixtures.randomText(random, 150);
		String old = StoryFixtures.randomText(random, 150);
		long hotStory = stories.assign(ITEM_IDS.incrementAndGet(), "Tin đồn", hot, "Trang 0", now);
		for (int i = 1; i < 4; i++) {
			stories.assign(ITEM_IDS.incrementAndGet(), "Tin đồn " + i, hot, "Trang " + i, now.minus(i, ChronoUnit.HOURS));
		}
		long oldStory = stories.assign(ITEM_IDS.incrementAndGet(), "Tin cũ", old, "Báo 0", now.minus(3, ChronoUnit.DAYS));
		for (int i = 1; i < 6; i++) {
			stories.assign(ITEM_IDS.incrementAndGet(), "Tin cũ", old, "Báo " + i, now.minus(3 + i, ChronoUnit.DAYS));
		}
		stories.assign(ITEM_IDS.incrementAndGet(), "Tin cũ lại", old, "Báo mới", now.minus(1, ChronoUnit.HOURS));

		List<StorySummary> rising = stories.rising(Duration.ofHours(24), 100);

		assertThat(rising).extracting(StorySummary::id).contains(hotStory, oldStory);
		StorySummary first = rising.stream().filter(s -> s.id() == hotStory).findFirst().orElseThrow();
		StorySummary second = rising.stream().filter(s -> s.id() == oldStory).findFirst().orElseThrow();
		assertThat(rising.indexOf(first)).isLessThan(rising.indexOf(second));
		assertThat(first.recentItems()).isEqualTo(4);
		assertThat(first.recentOutlets()).isEqualTo(4);
		assertThat(second.recentItems()).isEqualTo(1);
		assertThat(second.itemCount()).isEqualTo(7);
		assertThat(stories.story(oldStory).orElseThrow().spreadUnit()).isEqualTo("DAY");
	}

	private int rows(String table, long itemId) {
		return jdbc.queryForObject("select count(*) from " + table + " where item_id = ?", Integer.class, itemId);
	}

	/** A copy typed again: accents gone, upper case, exclamation marks for full stops. */
	private static String retyped(String text) {
		return VietnameseText.fold(text).toUpperCase(Locale.ROOT).replace('.', '!');
	}

}
