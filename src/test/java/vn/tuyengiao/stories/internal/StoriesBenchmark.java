package vn.tuyengiao.stories.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.tuyengiao.stories.internal.StoryFixtures.Article;

/**
 * Benchmark, not a test (excluded from {@code mvn verify}; see bench/README.md): story assignment with many
 * items stored. Items are made at run time from the real sentences of VFND and UD Vietnamese-VTB in
 * {@code ../shared/data} (6 to 25 sentences each, fixed seed); one in five is a copy of an earlier item (an
 * intro added, the last paragraph cut, or retyped without accents). First {@code bench.items} items (default
 * 100,000) are stored as the assignment would store them (fingerprint, member row, band and passage keys) but
 * in batches of 1,000 per transaction and without matching, each its own story, so the tables are full
 * quickly; then {@code bench.measured} more (default 5,000, half of them copies of stored items) go through
 * {@code Stories.assign} one by one, timed: assignments/s and latency percentiles with that many stored. The
 * H2 database is a file in a temporary directory. {@code -Dbench.threads=2} runs the measured assignments
 * from several threads.
 */
@SpringBootTest(properties = { "logging.level.vn.tuyengiao=WARN" })
class StoriesBenchmark {

	static final int ITEMS = Integer.getInteger("bench.items", 100_000);

	static final int MEASURED = Integer.getInteger("bench.measured", 5_000);

	static final int THREADS = Integer.getInteger("bench.threads", 1);

	static final Path DIR;

	static {
		try {
			DIR = Files.createTempDirectory("stories-bench");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@DynamicPropertySource
	static void onDisk(DynamicPropertyRegistry registry) {
		registry.add("tuyengiao.data-dir", DIR::toString);
		registry.add("spring.datasource.url",
				() -> "jdbc:h2:file:" + DIR.resolve("db").resolve("tuyengiao") + ";DB_CLOSE_ON_EXIT=FALSE");
	}

	@Autowired
	StoryClustering stories;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	StoryStore store;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Test
	void assignWithManyItemsStored() throws Exception {
		List<String> sentences = sentences();
		Random random = new Random(20_251_127L);
		Instant start = Instant.parse("2025-01-01T00:00:00Z");
		List<Article> made = new ArrayList<>();
		AtomicInteger copies = new AtomicInteger();
		int total = ITEMS + MEASURED;
		for (int i = 0; i < total; i++) {
			made.add(next(i, made, sentences, random, copies, i >= ITEMS ? 2 : 5));
		}
		System.out.printf("%,d items made from %,d sentences, %,d of them copies%n", total, sentences.size(), copies.get());

		long began = System.nanoTime();
		for (int from = 0; from < ITEMS; from += 1000) {
			fill(made, from, Math.min(ITEMS, from + 1000), start);
			if ((from + 1000) % 20_000 == 0) {
				System.out.printf("filled %,d after %.0f s%n", from + 1000, (System.nanoTime() - began) / 1e9);
			}
		}
		System.out.printf("filled %,d items in %.0f s%n", ITEMS, (System.nanoTime() - began) / 1e9);

		long[] latencies = new long[MEASURED];
		AtomicInteger joined = new AtomicInteger();
		long measuring = System.nanoTime();
		assign(made, latencies, joined, start);
		double seconds = (System.nanoTime() - measuring) / 1e9;
		Arrays.sort(latencies);
		System.out.printf("with %,d stored: %,d assignments (%,d joined a story) in %.1f s = %.0f assignments/s on %d "
				+ "thread(s); latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n", ITEMS, MEASURED, joined.get(), seconds,
				MEASURED / seconds, THREADS,
				latencies[MEASURED / 2] / 1e6, latencies[MEASURED * 95 / 100] / 1e6, latencies[MEASURED * 99 / 100] / 1e6);
		System.out.printf("stories %,d, of several items %,d; rows: bands %,d, passages %,d%n",
				jdbc.queryForObject("select count(*) from monitor_story", Long.class),
				jdbc.queryForObject("select count(*) from monitor_story where item_count > 1", Long.class),
				jdbc.queryForObject("select count(*) from monitor_story_band", Long.class),
				jdbc.queryForObject("select count(*) from monitor_story_passage", Long.class));
		try (Stream<Path> files = Files.walk(DIR)) {
			System.out.printf("database %,.0f MB%n",
					files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum() / 1e6);
		}
		try (Stream<Path> files = Files.walk(DIR)) {
			files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
	}

	/** Stores the items as assignment would, each its own story, in one transaction. */
	private void fill(List<Article> made, int from, int to, Instant start) {
		List<Fingerprint> prints = made.subList(from, to).parallelStream().map(a -> Fingerprint.of(a.title(), a.body())).toList();
		new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
			for (int i = from; i < to; i++) {
				Article a = made.get(i);
				Fingerprint f = prints.get(i - from);
				String outlet = "Trang " + (i % 30);
				Instant seen = start.plus(i, ChronoUnit.MINUTES);
				long story = store.createStory(i + 1L, outlet, a.title(), seen);
				store.insertMember(new StoryStore.Member(i + 1L, story, outlet, a.title(), seen, 1.0, "START", null,
						f.shingles(), f.passages().length, f.signature(), f.contentKey()), f,
						f.syllables() >= StoryClustering.MIN_SYLLABLES, seen);
			}
		});
	}

	private void assign(List<Article> made, long[] latencies, AtomicInteger joined, Instant start) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		try {
			AtomicInteger next = new AtomicInteger(0);
			List<Future<?>> workers = new ArrayList<>();
			for (int t = 0; t < THREADS; t++) {
				workers.add(pool.submit(() -> {
					for (int i = next.getAndIncrement(); i < MEASURED; i = next.getAndIncrement()) {
						Article a = made.get(ITEMS + i);
						long id = ITEMS + i + 1L;
						long began = System.nanoTime();
						stories.assign(id, a.title(), a.body(), "Trang " + (i % 30), start.plus(ITEMS + i, ChronoUnit.MINUTES));
						latencies[i] = System.nanoTime() - began;
						if (!"START".equals(jdbc.queryForObject("select match_kind from monitor_story_item where item_id = ?",
								String.class, id))) {
							joined.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> worker : workers) {
				worker.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	/** A new article, or (one time in {@code oneIn}) a copy of one of the 5,000 before it. */
	private static Article next(int i, List<Article> made, List<String> sentences, Random random, AtomicInteger copies,
			int oneIn) {
		if (i > 100 && random.nextInt(oneIn) == 0) {
			copies.incrementAndGet();
			Article original = made.get(Math.max(0, i - 1 - random.nextInt(Math.min(i, 5_000))));
			return switch (random.nextInt(3)) {
				case 0 -> StoryFixtures.withIntro(original);
				case 1 -> StoryFixtures.withoutLastParagraph(original);
				default -> StoryFixtures.strippedAndRepunctuated(original);
			};
		}
		StringBuilder body = new StringBuilder();
		int n = 6 + random.nextInt(20);
		for (int s = 0; s < n; s++) {
			body.append(sentences.get(random.nextInt(sentences.size()))).append(s % 4 == 3 ? "\n" : " ");
		}
		String title = sentences.get(random.nextInt(sentences.size()));
		return new Article(i, title.length() > 200 ? title.substring(0, 200) : title, body.toString().strip());
	}

	/** The {@code # text} lines of UD-VTB and the sentences of the VFND articles. */
	private static List<String> sentences() throws IOException {
		Path data = Path.of(System.getProperty("bench.data", "../shared/data"));
		List<String> sentences = new ArrayList<>();
		try (Stream<Path> files = Files.list(data.resolve("ud-vtb"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".conllu")).sorted().toList()) {
				for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
					if (line.startsWith("# text = ")) {
						sentences.add(line.substring(9).strip());
					}
				}
			}
		}
		for (Article a : StoryFixtures.vfnd(15)) {
			for (String line : a.body().split("\n")) {
				if (line.strip().split("\\s+").length >= 5) {
					sentences.add(line.strip());
				}
			}
		}
		return sentences;
	}

}
