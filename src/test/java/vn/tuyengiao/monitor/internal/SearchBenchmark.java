package vn.tuyengiao.monitor.internal;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.text.VietnameseText;

/**
 * Benchmark, not a test (excluded from {@code mvn verify}; see bench/README.md): issue 5's search over
 * 1,000,000 items, top 20 with the exact total, facets and highlighting; goal p95 ≤ 25 ms and at least 50×
 * faster at p95 than PostgreSQL full-text search on the same documents in the same run.
 * <p>
 * The corpus is synthetic ({@link SyntheticNews}, fixed seed): a one-sentence title and a body of 100 to 400
 * syllables of real Vietnamese news sentences, 30 outlets with their kind, 5% marked English, published over
 * two years. It is written into {@code monitor_item} of the embedded H2 database (in a file) with JDBC
 * batches, then indexed on disk by the Hibernate Search mass indexer: the index the platform searches. The
 * same documents go into an embedded PostgreSQL 14 ({@code COPY}): a stored tsvector of title (weight A) and
 * body (B) in the configuration {@code vi_unaccent} ({@code simple} with {@code unaccent}), a GIN index on it.
 * <p>
 * The 50 queries ({@link #QUERIES}) run one after the other on one thread: one warm-up round, then
 * {@code bench.rounds} measured rounds. Ours: {@code ItemSearch.search} (top 20 by relevance, exact total,
 * facets by outlet, kind, language and month, two highlighted passages of title and body). PostgreSQL: the
 * query through {@code websearch_to_tsquery('vi_unaccent', q)} ({@code |} written {@code or}); top 20 by
 * {@code ts_rank} with {@code count(*) over ()}; the four facets by one {@code GROUP BY GROUPING SETS} over the
 * matches; {@code ts_headline} of title and body for the 20. A query's time is the sum of its statements.
 * Exact-accent queries run accent-free on PostgreSQL (its index has no accents).
 * <p>
 * {@code -Dbench.docs=1000000} (default), {@code -Dbench.rounds=2}, {@code -Dbench.dir=DIR} to keep the H2
 * database, index and PostgreSQL data there and reuse them in a later run with the same number of documents
 * (default: a temporary directory, removed at the end), {@code -Dbench.postgres=false} to skip PostgreSQL.
 */
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
		"logging.level.vn.tuyengiao.monitor=WARN", "logging.level.org.hibernate.search.mapper.massindexing=WARN" })
class SearchBenchmark {

	static final int DOCS = Integer.getInteger("bench.docs", 1_000_000);

	static final int ROUNDS = Integer.getInteger("bench.rounds", 2);

	static final boolean POSTGRES = Boolean.parseBoolean(System.getProperty("bench.postgres", "true"));

	static final Path DIR = BenchFiles.directory("search-bench");

	/** What analysts type: words, phrases, or and not, accent-free and with accents. */
	static final List<String> QUERIES = List.of(
			// words, as typed with accents (matched accent-free)
			"người dân", "công an", "tham nhũng", "giao thông", "ma túy", "bệnh viện", "tiêu cực", "doanh nghiệp",
			"chính quyền", "cán bộ", "kinh tế", "học sinh", "phụ nữ", "môi trường", "bồi thường", "Đà Nẵng", "Sài Gòn",
			"Hà Nội",
			// phrases
			"\"dư luận xã hội\"", "\"mạng xã hội\"", "\"người dân\"", "\"tai nạn giao thông\"", "\"ủy ban nhân dân\"",
			"\"thủ tướng\"", "\"chủ tịch\" xã", "\"bóng đá\" \"world cup\"",
			// or, not
			"tham nhũng | tiêu cực", "bóng đá -world", "công an -giao thông", "bệnh viện | y tế", "\"mạng xã hội\" tin giả | tin đồn",
			"lũ | bão -biển", "đất đai | \"giải phóng mặt bằng\"", "ma túy -\"công an\"", "giá xăng | \"giá điện\"",
			// accent-free
			"bac kan", "nguoi dan", "tham nhung", "giao thong", "da nang", "sai gon", "\"du luan\"", "\"mang xa hoi\"",
			"cong an", "benh vien",
			// exact accents (ItemSearch with exactAccents)
			"=Đảng", "=lũ", "=biển", "=hòa", "=\"quốc hội\"");

	@Autowired
	DataSource dataSource;

	@Autowired
	EntityManagerFactory entities;

	@Autowired
	SourceRepository sources;

	@Autowired
	ItemSearch search;

	@Autowired
	Reindexing reindexing;

	@DynamicPropertySource
	static void onDisk(DynamicPropertyRegistry registry) {
		BenchFiles.onDisk(registry, DIR);
	}

	@Test
	void searchOneMillionItems() throws Exception {
		SyntheticNews news = SyntheticNews.load();
		buildOurIndex(news);
		double[] ours = measure("ours", this::searchOurs);
		if (POSTGRES) {
			try (EmbeddedPostgres postgres = startPostgres()) {
				DataSource pg = postgres.getPostgresDatabase();
				buildPostgres(pg, news);
				double[] theirs;
				try (Connection connection = pg.getConnection()) {
					theirs = measure("postgres", q -> searchPostgres(connection, q));
				}
				System.out.printf(Locale.ROOT,
						"SEARCH RESULT: %,d items, p95 ours %.1f ms, PostgreSQL %.1f ms: %.1f× faster at p95 (p50 %.1f×, p99 %.1f×)%n",
						DOCS, percentile(ours, 95), percentile(theirs, 95), percentile(theirs, 95) / percentile(ours, 95),
						percentile(theirs, 50) / percentile(ours, 50), percentile(theirs, 99) / percentile(ours, 99));
			}
		}
		BenchFiles.removeUnlessKept(DIR);
	}

	/** A query's total hits; runs it as the engine would answer a user. */
	interface Engine {

		long run(String query) throws Exception;

	}

	/** The warm-up round, then the measured rounds; prints each query's hits and median, and the percentiles. */
	private double[] measure(String name, Engine engine) throws Exception {
		long[] hits = new long[QUERIES.size()];
		for (int q = 0; q < QUERIES.size(); q++) {
			hits[q] = engine.run(QUERIES.get(q));
		}
		double[][] times = new double[QUERIES.size()][ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			for (int q = 0; q < QUERIES.size(); q++) {
				long start = System.nanoTime();
				engine.run(QUERIES.get(q));
				times[q][round] = (System.nanoTime() - start) / 1e6;
			}
		}
		double[] all = new double[QUERIES.size() * ROUNDS];
		for (int q = 0; q < QUERIES.size(); q++) {
			double[] mine = times[q].clone();
			Arrays.sort(mine);
			System.out.printf(Locale.ROOT, "SEARCH %-8s %-40s %,9d hits %9.1f ms%n", name, QUERIES.get(q), hits[q], mine[mine.length / 2]);
			System.arraycopy(times[q], 0, all, q * ROUNDS, ROUNDS);
		}
		Arrays.sort(all);
		System.out.printf(Locale.ROOT, "SEARCH %s over %,d items, %d queries × %d rounds after a warm-up round: p50 %.1f ms, p95 %.1f ms,"
				+ " p99 %.1f ms, max %.1f ms%n", name, DOCS, QUERIES.size(), ROUNDS, percentile(all, 50), percentile(all, 95),
				percentile(all, 99), all[all.length - 1]);
		return all;
	}

	/** Nearest rank over sorted values. */
	static double percentile(double[] sorted, int p) {
		return sorted[Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
	}

	private long searchOurs(String query) {
		boolean exact = query.startsWith("=");
		ItemSearch.Result result = search.search(new ItemSearch.Query(exact ? query.substring(1) : query, exact, null, null, null,
				null, null, false, 0, 20));
		if (result.items().isEmpty() != (result.total() == 0)) {
			throw new IllegalStateException("No hits but a total for " + query);
		}
		return result.total();
	}

	// --- our index: H2 rows through JDBC, then the mass indexer ---

	private void buildOurIndex(SyntheticNews news) throws Exception {
		long existing;
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select count(*) from monitor_item")) {
			rows.next();
			existing = rows.getLong(1);
		}
		if (existing == DOCS) {
			// an index of an earlier format is being rebuilt at start-up
			await().atMost(Duration.ofHours(1)).pollInterval(Duration.ofSeconds(1)).until(() -> !reindexing.status().running());
			int indexed;
			try (var reader = Search.mapping(entities).scope(ItemEntity.class).extension(LuceneExtension.get()).openIndexReader()) {
				indexed = reader.numDocs();
			}
			if (indexed == DOCS) {
				System.out.printf(Locale.ROOT, "SEARCH build: reusing %,d items and their index in %s%n", existing, DIR);
				return;
			}
			System.out.printf(Locale.ROOT, "SEARCH build: reusing %,d items in %s, indexing them anew%n", existing, DIR);
			massIndex();
			return;
		}
		if (existing != 0) {
			throw new IllegalStateException(DIR + " holds " + existing + " items, not " + DOCS + ": give another bench.dir");
		}
		long[] sourceIds = new long[SyntheticNews.OUTLETS.size()];
		Instant now = Instant.now();
		for (int o = 0; o < sourceIds.length; o++) {
			sourceIds[o] = sources.save(new SourceEntity("Bench " + SyntheticNews.OUTLETS.get(o), SyntheticNews.OUTLETS.get(o),
					SourceType.RSS, SyntheticNews.kindOf(o), "https://bao-" + o + ".bench.vn/rss", "vi", 0, 1L, now)).id();
		}
		long start = System.nanoTime();
		try (Connection connection = dataSource.getConnection();
				PreparedStatement insert = connection.prepareStatement("insert into monitor_item (url_key, url, source_id, outlet, kind,"
						+ " title, published_at, first_seen_at, updated_at, language, body, content_hash)"
						+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
			connection.setAutoCommit(false);
			Timestamp seen = Timestamp.from(now);
			for (int n = 0; n < DOCS; n++) {
				SyntheticNews.Doc doc = news.doc(n, 100, 400);
				int outlet = SyntheticNews.OUTLETS.indexOf(doc.outlet());
				String url = "https://bao-" + outlet + ".bench.vn/tin/" + n + ".html";
				insert.setString(1, ItemStore.sha256(url));
				insert.setString(2, url);
				insert.setLong(3, sourceIds[outlet]);
				insert.setString(4, doc.outlet());
				insert.setString(5, doc.kind().name());
				insert.setString(6, VietnameseText.normalize(doc.title()));
				insert.setTimestamp(7, Timestamp.from(doc.publishedAt()));
				insert.setTimestamp(8, seen);
				insert.setTimestamp(9, seen);
				insert.setString(10, doc.language());
				insert.setString(11, VietnameseText.normalize(doc.body()));
				insert.setString(12, Integer.toHexString(n));
				insert.addBatch();
				if ((n + 1) % 1000 == 0 || n == DOCS - 1) {
					insert.executeBatch();
					connection.commit();
				}
				if ((n + 1) % 100_000 == 0) {
					System.out.printf(Locale.ROOT, "SEARCH build: %,d rows in H2 after %.0f s%n", n + 1, (System.nanoTime() - start) / 1e9);
				}
			}
		}
		double rows = (System.nanoTime() - start) / 1e9;
		System.out.printf(Locale.ROOT, "SEARCH build ours: %,d rows into H2 in %.0f s (with generation)%n", DOCS, rows);
		massIndex();
	}

	private void massIndex() throws Exception {
		long indexing = System.nanoTime();
		Search.mapping(entities).scope(ItemEntity.class).massIndexer()
			.threadsToLoadObjects(1)
			.batchSizeToLoadObjects(200)
			.mergeSegmentsOnFinish(true)
			.startAndWait();
		double indexed = (System.nanoTime() - indexing) / 1e9;
		System.out.printf(Locale.ROOT, "SEARCH build ours: mass indexing in %.0f s (merged into one segment); H2 %s, index %s%n",
				indexed, BenchFiles.megabytes(DIR.resolve("db")), BenchFiles.megabytes(DIR.resolve("index")));
	}

	// --- PostgreSQL ---

	private static EmbeddedPostgres startPostgres() throws IOException {
		Path data = DIR.resolve("pg");
		Files.createDirectories(data);
		return EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(!BenchFiles.kept())
			.setServerConfig("shared_buffers", "2GB")
			.setServerConfig("work_mem", "64MB")
			.setServerConfig("maintenance_work_mem", "1GB")
			.setServerConfig("effective_cache_size", "8GB")
			.setServerConfig("max_wal_size", "4GB")
			.setServerConfig("synchronous_commit", "off")
			.start();
	}

	private static void buildPostgres(DataSource pg, SyntheticNews news) throws Exception {
		try (Connection connection = pg.getConnection(); Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("select count(*) from pg_tables where tablename = 'bench_item'")) {
				rows.next();
				if (rows.getLong(1) == 1) {
					try (ResultSet count = statement.executeQuery("select count(*) from bench_item")) {
						count.next();
						if (count.getLong(1) == DOCS) {
							System.out.printf(Locale.ROOT, "SEARCH build postgres: reusing %,d rows%n", DOCS);
							return;
						}
					}
					statement.execute("drop table bench_item");
				}
			}
			statement.execute("create extension if not exists unaccent");
			statement.execute("drop text search configuration if exists vi_unaccent");
			statement.execute("create text search configuration vi_unaccent (copy = simple)");
			statement.execute("alter text search configuration vi_unaccent alter mapping for hword, hword_part, word with unaccent, simple");
			statement.execute("""
					create table bench_item (
					    id bigint primary key, outlet varchar(200) not null, kind varchar(20) not null,
					    language varchar(10) not null, published_at timestamptz, title text not null, body text not null,
					    tsv tsvector generated always as (setweight(to_tsvector('public.vi_unaccent', title), 'A')
					        || setweight(to_tsvector('public.vi_unaccent', body), 'B')) stored)""");
			long start = System.nanoTime();
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
				.copyIn("copy bench_item (id, outlet, kind, language, published_at, title, body) from stdin");
			StringBuilder rows = new StringBuilder(1 << 20);
			for (int n = 0; n < DOCS; n++) {
				SyntheticNews.Doc doc = news.doc(n, 100, 400);
				rows.append(n + 1).append('\t').append(copyText(doc.outlet())).append('\t').append(doc.kind().name()).append('\t')
					.append(doc.language()).append('\t').append(doc.publishedAt()).append('\t')
					.append(copyText(VietnameseText.normalize(doc.title()))).append('\t')
					.append(copyText(VietnameseText.normalize(doc.body()))).append('\n');
				if (rows.length() > (1 << 20) || n == DOCS - 1) {
					byte[] bytes = rows.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
					copy.writeToCopy(bytes, 0, bytes.length);
					rows.setLength(0);
				}
			}
			copy.endCopy();
			double loaded = (System.nanoTime() - start) / 1e9;
			long gin = System.nanoTime();
			statement.execute("create index bench_item_tsv on bench_item using gin (tsv)");
			double indexed = (System.nanoTime() - gin) / 1e9;
			statement.execute("vacuum analyze bench_item");
			try (ResultSet size = statement.executeQuery(
					"select pg_size_pretty(pg_total_relation_size('bench_item')), pg_size_pretty(pg_relation_size('bench_item_tsv'))")) {
				size.next();
				System.out.printf(Locale.ROOT, "SEARCH build postgres: %,d rows copied in %.0f s (with generation and the stored tsvector),"
						+ " GIN in %.0f s; table with indexes %s, GIN %s%n", DOCS, loaded, indexed, size.getString(1), size.getString(2));
			}
		}
	}

	private static String copyText(String text) {
		return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
	}

	private static final String TOP = """
			select id, title, outlet, published_at, count(*) over () as total
			from bench_item, websearch_to_tsquery('public.vi_unaccent', ?) q
			where tsv @@ q order by ts_rank(tsv, q) desc, published_at desc limit 20""";

	private static final String FACETS = """
			select outlet, kind, language, month, count(*)
			from (select outlet, kind, language, to_char(published_at at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM') as month
			      from bench_item, websearch_to_tsquery('public.vi_unaccent', ?) q where tsv @@ q) m
			group by grouping sets ((outlet), (kind), (language), (month))""";

	private static final String HEADLINES = """
			select id, ts_headline('public.vi_unaccent', title, q, 'StartSel=<mark>, StopSel=</mark>, HighlightAll=true'),
			       ts_headline('public.vi_unaccent', body, q, 'StartSel=<mark>, StopSel=</mark>, MaxFragments=2')
			from bench_item, websearch_to_tsquery('public.vi_unaccent', ?) q where id = any (?)""";

	/** The same question for PostgreSQL: {@code |} is {@code or} there, the exact-accent mark is dropped. */
	static String postgresQuery(String query) {
		return (query.startsWith("=") ? query.substring(1) : query).replace(" | ", " or ");
	}

	private static long searchPostgres(Connection connection, String query) throws SQLException {
		String q = postgresQuery(query);
		List<Long> ids = new ArrayList<>();
		long total = 0;
		try (PreparedStatement top = connection.prepareStatement(TOP)) {
			top.setString(1, q);
			try (ResultSet rows = top.executeQuery()) {
				while (rows.next()) {
					ids.add(rows.getLong(1));
					total = rows.getLong(5);
				}
			}
		}
		try (PreparedStatement facets = connection.prepareStatement(FACETS)) {
			facets.setString(1, q);
			try (ResultSet rows = facets.executeQuery()) {
				while (rows.next()) {
					rows.getLong(5);
				}
			}
		}
		if (!ids.isEmpty()) {
			try (PreparedStatement headlines = connection.prepareStatement(HEADLINES)) {
				headlines.setString(1, q);
				headlines.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
				try (ResultSet rows = headlines.executeQuery()) {
					while (rows.next()) {
						rows.getString(3);
					}
				}
			}
		}
		return total;
	}

}
