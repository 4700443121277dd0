package vn.tuyengiao.monitor.internal;

import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.text.VietnameseText;

/**
 * Benchmark, not a test (excluded from {@code mvn verify}; see bench/README.md): what one enormous item does to
 * a search. {@code bench.docs} synthetic items ({@link SyntheticNews}, 100–400 syllables, fixed seed) go into
 * {@code monitor_item} by JDBC batches and into the index by the mass indexer; one in 100 opens with a
 * sentence of the rumour ({@link #RUMOUR}), so that both queries find ordinary items. One item of 10 MB (real sentences
 * with the rumour's words every few sentences, joined by commas: no sentence end, the highlighter's worst case;
 * cut to the 1,000,000 characters the database keeps, as storing cuts it) is written as a row and indexed by
 * Hibernate Search, published last so that it heads the newest-first list. The queries {@code tin đồn} and
 * {@code bac kan tin don} (top 20 with total, facets and highlighting; by relevance and newest first) are timed
 * in {@code bench.blocks} blocks of {@code bench.rounds} rounds without the big item, then with it (indexed
 * again for each block), so that the load of a shared machine falls on both alike. Prints the median and p95
 * of each query without and with it, their ratio, and the size of the highlights on the page.
 * <p>
 * {@code -Dbench.docs=20000} (default), {@code -Dbench.rounds=20}, {@code -Dbench.blocks=5},
 * {@code -Dbench.dir=DIR} (kept; default a temporary directory, removed).
 */
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
		"logging.level.vn.tuyengiao.monitor=WARN", "logging.level.org.hibernate.search.mapper.massindexing=WARN" })
class LargeItemBenchmark {

	static final int DOCS = Integer.getInteger("bench.docs", 20_000);

	static final int ROUNDS = Integer.getInteger("bench.rounds", 20);

	static final int BLOCKS = Integer.getInteger("bench.blocks", 5);

	static final Path DIR = BenchFiles.directory("large-item-bench");

	static final List<String> QUERIES = List.of("tin đồn", "bac kan tin don");

	static final String OUTLET = "Báo Bắc Kạn";

	static final String RUMOUR = "Nghe nói tin đồn ở Bắc Kạn lan nhanh. ";

	@Autowired
	DataSource dataSource;

	@Autowired
	SourceRepository sources;

	@Autowired
	ItemSearch search;

	@Autowired
	EntityManagerFactory entities;

	@Autowired
	Reindexing reindexing;

	@DynamicPropertySource
	static void onDisk(DynamicPropertyRegistry registry) {
		BenchFiles.onDisk(registry, DIR);
	}

	@Test
	void oneItemOfTenMegabytes() throws Exception {
		SyntheticNews news = SyntheticNews.load();
		long source = sources.save(new SourceEntity("Bench lớn", OUTLET, SourceType.RSS, SourceKind.PRESS,
				"https://bao-lon.bench.vn/rss", "vi", 0, 1L, Instant.now())).id();
		long start = System.nanoTime();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement("insert into monitor_item (url_key, url, source_id, outlet,"
						+ " kind, title, published_at, first_seen_at, updated_at, language, body, content_hash)"
						+ " values (?, ?, ?, ?, 'PRESS', ?, ?, ?, ?, ?, ?, ?)")) {
			connection.setAutoCommit(false);
			for (int n = 0; n <= DOCS; n++) {
				boolean big = n == DOCS;
				SyntheticNews.Doc doc = news.doc(n, 100, 400);
				String url = "https://bao-lon.bench.vn/tin/" + n;
				Timestamp now = Timestamp.from(Instant.now());
				insert.setString(1, ItemStore.sha256(url));
				insert.setString(2, url);
				insert.setLong(3, source);
				insert.setString(4, OUTLET);
				insert.setString(5, big ? "Tin đồn ở Bắc Kạn" : VietnameseText.normalize(doc.title()));
				insert.setTimestamp(6, Timestamp.from(big ? Instant.parse("2026-01-01T00:00:00Z") : doc.publishedAt()));
				insert.setTimestamp(7, now);
				insert.setTimestamp(8, now);
				insert.setString(9, doc.language());
				// one ordinary item in 100 speaks of the rumour too, so both queries find items without the big one
				String body = n % 100 == 0 ? RUMOUR + doc.body() : doc.body();
				insert.setString(10, big ? huge(news).substring(0, ItemEntity.MAX_BODY) : VietnameseText.normalize(body));
				insert.setString(11, "bench-" + n);
				insert.addBatch();
				if (n % 1000 == 999 || n == DOCS) {
					insert.executeBatch();
					connection.commit();
				}
			}
		}
		long bigId;
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet row = statement.executeQuery("select id from monitor_item where content_hash = 'bench-" + DOCS + "'")) {
			row.next();
			bigId = row.getLong(1);
		}
		// the start-up rebuild of an empty index with items: not ours
		await().atMost(Duration.ofMinutes(30)).pollInterval(Duration.ofMillis(500)).until(() -> !reindexing.status().running());
		Search.mapping(entities).scope(ItemEntity.class).workspace().purge();
		Search.mapping(entities).scope(ItemEntity.class).massIndexer().threadsToLoadObjects(1).mergeSegmentsOnFinish(true)
			.startAndWait();
		System.out.printf(Locale.ROOT, "LARGE build: %,d items and the big one in H2 and indexed in %.0f s%n", DOCS,
				(System.nanoTime() - start) / 1e9);

		long checking = System.nanoTime();
		int missing = reindexing.checkIndex(null);
		System.out.printf(Locale.ROOT, "LARGE the start-up check of the index over %,d items: %.2f s, %d missing%n", DOCS + 1,
				(System.nanoTime() - checking) / 1e9, missing);

		double[][] without = new double[QUERIES.size() * 2][0];
		double[][] with = new double[QUERIES.size() * 2][0];
		for (int block = 0; block < BLOCKS; block++) {
			index(bigId, false);
			without = append(without, measure("without", block == 0));
			long indexing = System.nanoTime();
			index(bigId, true);
			if (block == 0) {
				System.out.printf(Locale.ROOT, "LARGE the big item indexed in %.2f s%n", (System.nanoTime() - indexing) / 1e9);
			}
			with = append(with, measure("with", block == 0));
		}
		for (int q = 0; q < without.length; q++) {
			Arrays.sort(without[q]);
			Arrays.sort(with[q]);
			System.out.printf(Locale.ROOT, "LARGE RESULT %-32s median %.1f → %.1f ms (%.2f×), p95 %.1f → %.1f ms (%.2f×)%n",
					label(q), median(without[q]), median(with[q]), median(with[q]) / median(without[q]),
					p95(without[q]), p95(with[q]), p95(with[q]) / p95(without[q]));
		}
		BenchFiles.removeUnlessKept(DIR);
	}

	/** 10 MB of real sentences with the rumour's words every few sentences, joined by commas. */
	private static String huge(SyntheticNews news) {
		StringBuilder text = new StringBuilder(10_100_000);
		for (int n = 0; text.length() < 10_000_000; n++) {
			if (n % 4 == 0) {
				text.append(RUMOUR.replace('.', ','));
			}
			text.append(VietnameseText.normalize(news.sentences.get(n % news.sentences.size())).replace('.', ',')).append(", ");
		}
		return text.toString();
	}

	/** Puts the big item into the index, or takes it out; searchable (or gone) when this returns. */
	private void index(long id, boolean in) {
		try (var em = entities.createEntityManager()) {
			var plan = Search.session(em).indexingPlan();
			em.getTransaction().begin();
			if (in) {
				plan.addOrUpdate(em.find(ItemEntity.class, id));
			}
			else {
				plan.purge(ItemEntity.class, id, null);
			}
			em.getTransaction().commit();
		}
		Search.mapping(entities).scope(ItemEntity.class).workspace().refresh();
	}

	private static String label(int q) {
		return QUERIES.get(q / 2) + (q % 2 == 0 ? " (relevance)" : " (newest first)");
	}

	/** Three warm-up rounds, then the rounds; per query and order, its times in ms. */
	private double[][] measure(String name, boolean print) {
		double[][] times = new double[QUERIES.size() * 2][ROUNDS];
		for (int round = -3; round < ROUNDS; round++) {
			for (int q = 0; q < times.length; q++) {
				long start = System.nanoTime();
				ItemSearch.Result result = search.search(new ItemSearch.Query(QUERIES.get(q / 2), false, null, null, null, null,
						null, q % 2 == 1, 0, 20));
				double ms = (System.nanoTime() - start) / 1e6;
				if (round >= 0) {
					times[q][round] = ms;
				}
				else if (round == -1 && print) {
					long chars = result.items().stream()
						.mapToLong(hit -> String.join("", hit.titleHighlights()).length() + String.join("", hit.bodyHighlights()).length())
						.sum();
					System.out.printf(Locale.ROOT, "LARGE %s %-32s %,d hits, %,d characters of highlights on the page%n", name,
							label(q), result.total(), chars);
				}
			}
		}
		return times;
	}

	private static double[][] append(double[][] all, double[][] more) {
		double[][] joined = new double[all.length][];
		for (int q = 0; q < all.length; q++) {
			joined[q] = Arrays.copyOf(all[q], all[q].length + more[q].length);
			System.arraycopy(more[q], 0, joined[q], all[q].length, more[q].length);
		}
		return joined;
	}

	private static double median(double[] sorted) {
		return sorted[sorted.length / 2];
	}

	private static double p95(double[] sorted) {
		return SearchBenchmark.percentile(sorted, 95);
	}

}
