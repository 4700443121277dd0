package vn.tuyengiao.monitor.internal;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.HtmlUtils;

import vn.tuyengiao.monitor.FetchCounts;
import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.monitor.internal.fetch.FetchRequest;
import vn.tuyengiao.monitor.internal.fetch.FetchResult;
import vn.tuyengiao.monitor.internal.fetch.FetchSettings;
import vn.tuyengiao.monitor.internal.fetch.Fetcher;

/**
 * Benchmark, not a test (excluded from {@code mvn verify}; see bench/README.md): ingestion end to end from
 * local files, issue 5's goal being at least 1,000 items/s sustained on the 2-core machine.
 * <p>
 * It writes RSS feeds of {@value #PER_FEED} items (about 2,000 characters each, titles and text from real
 * Vietnamese sentences, see {@link SyntheticNews}) into a directory: three items in five carry the whole
 * article as HTML in {@code content:encoded}, two in five only a teaser and a link to an HTML article page
 * (menus, related links, footer) written beside the feed. Then every feed is read as a source by the
 * platform's own reading ({@code SourceService.read}): the fetcher is replaced by one that reads these files,
 * and the rest is production code: {@code FeedParser}, the article pages through {@code PageExtractor},
 * {@code Intake} and {@code ItemStore} (normalise, store under the idempotent key, index), on the embedded
 * H2 database in a file and the Lucene index on disk. Prints items/s over the whole run and per tenth; before
 * that, how fast the reading alone (fetch from the file, parse, extract) goes over the same feeds, nothing
 * stored ({@code -Dbench.skipParseOnly=true} leaves it out; it also warms up the parsers).
 * <p>
 * {@code -Dbench.items=50000} (default), {@code -Dbench.threads=1} (readings at once),
 * {@code -Dbench.dir=DIR} (default a new temporary directory; removed at the end unless given). Any
 * {@code -Dspring.jpa.properties.hibernate.search...} setting applies too, e.g. the indexing plan's
 * {@code synchronization.strategy=read-sync}.
 */
@SpringBootTest(properties = { "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
		"logging.level.vn.tuyengiao.monitor=WARN" })
@Import(IngestBenchmark.LocalFiles.class)
class IngestBenchmark {

	static final int ITEMS = Integer.getInteger("bench.items", 50_000);

	static final int THREADS = Integer.getInteger("bench.threads", 1);

	static final int PER_FEED = 50;

	static final Path DIR = BenchFiles.directory("ingest-bench");

	static final Path FILES = DIR.resolve("files");

	private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
			Locale.ENGLISH);

	@Autowired
	SourceService sources;

	@Autowired
	SourceRepository sourceRepository;

	@Autowired
	SourceReader reader;

	@Autowired
	ItemRepository items;

	@Autowired
	ItemSearch search;

	@DynamicPropertySource
	static void onDisk(DynamicPropertyRegistry registry) {
		BenchFiles.onDisk(registry, DIR);
	}

	@Test
	void ingestFromLocalFiles() throws Exception {
		long generating = System.nanoTime();
		List<SourceEntity> feeds = writeFeeds(SyntheticNews.load());
		System.out.printf(Locale.ROOT, "INGEST generated %,d items in %,d feeds (%,d article pages) in %.1f s under %s%n", ITEMS,
				feeds.size(), countPages(), seconds(generating), FILES);

		if (!Boolean.getBoolean("bench.skipParseOnly")) {
			long parsing = System.nanoTime();
			long entries = 0;
			for (SourceEntity feed : feeds) {
				entries += reader.read(feed).entries().size();
			}
			System.out.printf(Locale.ROOT, "INGEST stages fetch (local file) + parse + extract alone, one thread: %,d entries in %.1f s = %.0f items/s%n",
					entries, seconds(parsing), entries / seconds(parsing));
		}

		AtomicInteger done = new AtomicInteger();
		AtomicLong created = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long[] marks = new long[11];
		long start = System.nanoTime();
		marks[0] = start;
		ExecutorService pool = Executors.newFixedThreadPool(THREADS);
		List<Future<?>> readings = new ArrayList<>();
		for (SourceEntity feed : feeds) {
			readings.add(pool.submit(() -> {
				FetchCounts counts = sources.read(feed, false); // as the schedule reads
				created.addAndGet(counts.created());
				failed.addAndGet(counts.failed());
				int finished = done.incrementAndGet();
				int tenth = finished * 10 / feeds.size();
				if (finished * 10 % feeds.size() < 10 && tenth > 0 && marks[tenth] == 0) {
					marks[tenth] = System.nanoTime();
					double total = (marks[tenth] - start) / 1e9;
					double last = (marks[tenth] - marks[tenth - 1]) / 1e9;
					System.out.printf(Locale.ROOT, "INGEST %3d%%: %,d items, %.0f items/s overall, %.0f items/s in this tenth%n",
							tenth * 10, created.get(), created.get() / total, ITEMS / 10.0 / last);
				}
			}));
		}
		for (Future<?> reading : readings) {
			reading.get();
		}
		pool.shutdown();
		long stored = items.count();
		// until the index has refreshed with the last readings: that time counts too
		long found = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
			.until(() -> search.search(new ItemSearch.Query("", false, null, null, null, null, null, true, 0, 1)).total(),
					indexed -> indexed >= stored);
		double elapsed = seconds(start);
		double afterFirstTenth = marks[1] == 0 ? elapsed : (System.nanoTime() - marks[1]) / 1e9;
		System.out.printf(Locale.ROOT,
				"INGEST RESULT: %,d items created (%,d failed) in %.1f s = %.0f items/s sustained (%.0f items/s after the first tenth);"
						+ " threads %d; %,d rows in monitor_item, %,d in the index; H2 %s, index %s%n",
				created.get(), failed.get(), elapsed, created.get() / elapsed, created.get() * 0.9 / afterFirstTenth, THREADS, stored,
				found, BenchFiles.megabytes(DIR.resolve("db")), BenchFiles.megabytes(DIR.resolve("index")));
		BenchFiles.removeUnlessKept(DIR);
	}

	/** Feeds of {@value #PER_FEED} items over the 30 outlets, each a source of its outlet. */
	private List<SourceEntity> writeFeeds(SyntheticNews news) throws IOException {
		List<SourceEntity> feeds = new ArrayList<>();
		Instant now = Instant.now();
		for (int feed = 0; feed * PER_FEED < ITEMS; feed++) {
			int outlet = feed % SyntheticNews.OUTLETS.size();
			String host = "bao-" + outlet + ".bench.vn";
			StringBuilder xml = new StringBuilder(PER_FEED * 3000);
			xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
				.append("<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\""
						+ " xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n<channel>\n")
				.append("<title>").append(escape(SyntheticNews.OUTLETS.get(outlet))).append("</title>\n")
				.append("<link>https://").append(host).append("/</link>\n<description>Tin mới</description>\n<language>vi</language>\n");
			for (int i = 0; i < PER_FEED && feed * PER_FEED + i < ITEMS; i++) {
				int number = feed * PER_FEED + i;
				SyntheticNews.Doc doc = news.doc(number, 380, 460);
				String url = "https://" + host + "/tin/" + slug(doc.title()) + "-" + number + ".html";
				boolean teaser = i % 5 < 2;
				xml.append("<item>\n<title>").append(escape(doc.title())).append("</title>\n")
					.append("<link>").append(url).append("?utm_source=rss</link>\n")
					.append("<guid isPermaLink=\"false\">bench-").append(number).append("</guid>\n")
					.append("<pubDate>").append(RFC_822.format(doc.publishedAt().atOffset(ZoneOffset.ofHours(7)))).append("</pubDate>\n")
					.append("<dc:creator>Phóng viên ").append(number % 97).append("</dc:creator>\n")
					.append("<description>").append(escape(lead(doc))).append("</description>\n");
				if (teaser) {
					write(page(host, url, doc), URI.create(url));
				}
				else {
					xml.append("<content:encoded><![CDATA[").append(articleHtml(doc)).append("]]></content:encoded>\n");
				}
				xml.append("</item>\n");
			}
			xml.append("</channel>\n</rss>\n");
			String feedUrl = "https://" + host + "/rss/feed-" + feed + ".xml";
			write(xml.toString(), URI.create(feedUrl));
			feeds.add(new SourceEntity("Bench feed " + feed, SyntheticNews.OUTLETS.get(outlet), SourceType.RSS,
					SyntheticNews.kindOf(outlet), feedUrl, "vi", 0, 1L, now));
		}
		return sourceRepository.saveAll(feeds);
	}

	private static String lead(SyntheticNews.Doc doc) {
		String first = doc.paragraphs().get(0);
		return first.length() <= 200 ? first : first.substring(0, first.lastIndexOf(' ', 200)) + "…";
	}

	private static String articleHtml(SyntheticNews.Doc doc) {
		StringBuilder html = new StringBuilder();
		html.append("<p><strong>").append(escape(lead(doc))).append("</strong></p>");
		for (int p = 0; p < doc.paragraphs().size(); p++) {
			html.append("<p>").append(escape(doc.paragraphs().get(p))).append("</p>\n");
			if (p == 1) {
				html.append("<figure><img src=\"https://cdn.bench.vn/anh/").append(doc.number())
					.append(".jpg\" alt=\"Ảnh minh họa\"><figcaption>Ảnh minh họa</figcaption></figure>\n");
			}
		}
		return html.toString();
	}

	/** An article page as news sites make them: menus, the article, related links, a footer. */
	private static String page(String host, String url, SyntheticNews.Doc doc) {
		String title = escape(doc.title());
		StringBuilder html = new StringBuilder();
		html.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"utf-8\"><title>").append(title).append(" - ")
			.append(escape(doc.outlet())).append("</title>\n<link rel=\"canonical\" href=\"").append(url).append("\">\n")
			.append("<meta property=\"og:title\" content=\"").append(title).append("\">\n")
			.append("<meta property=\"article:published_time\" content=\"").append(doc.publishedAt()).append("\">\n")
			.append("</head><body>\n<header><nav><ul>");
		for (String section : List.of("Thời sự", "Chính trị", "Kinh tế", "Xã hội", "Pháp luật", "Thế giới", "Văn hóa", "Thể thao")) {
			html.append("<li><a href=\"https://").append(host).append("/chuyen-muc/").append(slug(section)).append("\">")
				.append(section).append("</a></li>");
		}
		html.append("</ul></nav></header>\n<main><article class=\"detail\">\n<h1 class=\"title\">").append(title).append("</h1>\n")
			.append("<div class=\"meta\"><span class=\"author\">Phóng viên ").append(doc.number() % 97)
			.append("</span> <time datetime=\"").append(doc.publishedAt()).append("\"></time></div>\n")
			.append("<div class=\"content\">").append(articleHtml(doc)).append("</div>\n</article>\n")
			.append("<aside class=\"related\"><h3>Tin liên quan</h3><ul>");
		for (int r = 1; r <= 5; r++) {
			html.append("<li><a href=\"https://").append(host).append("/tin/lien-quan-").append(doc.number() + r)
				.append(".html\">Tin liên quan số ").append(doc.number() + r).append("</a></li>");
		}
		html.append("</ul></aside></main>\n<footer><p>© ").append(escape(doc.outlet()))
			.append(". Giấy phép số 123/GP-BTTTT. Địa chỉ: số 1 đường Trường Chinh.</p></footer>\n</body></html>\n");
		return html.toString();
	}

	private static void write(String content, URI url) throws IOException {
		Path file = fileOf(url);
		Files.createDirectories(file.getParent());
		Files.writeString(file, content, StandardCharsets.UTF_8);
	}

	static Path fileOf(URI url) {
		return FILES.resolve(url.getHost()).resolve(url.getPath().substring(1));
	}

	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	private static String slug(String title) {
		String folded = vn.tuyengiao.text.VietnameseText.fold(title).replaceAll("[^a-z0-9]+", "-");
		return folded.length() > 60 ? folded.substring(0, 60) : folded;
	}

	private static long countPages() throws IOException {
		try (Stream<Path> files = Files.walk(FILES)) {
			return files.filter(f -> f.toString().endsWith(".html")).count();
		}
	}


	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	/** The fetch stage on local files: a URL is read from {@code FILES/host/path}, query string ignored. */
	@TestConfiguration(proxyBeanMethods = false)
	static class LocalFiles {

		@Bean
		@Primary
		Fetcher localFileFetcher(FetchSettings settings) {
			return new Fetcher(settings) {

				@Override
				public FetchResult fetch(FetchRequest request) {
					Path file = fileOf(request.url());
					try {
						byte[] body = Files.readAllBytes(file);
						String type = file.toString().endsWith(".xml") ? "application/rss+xml; charset=UTF-8"
								: "text/html; charset=UTF-8";
						return new FetchResult(request.url(), request.url(), 200, false, type, body,
								new String(body, StandardCharsets.UTF_8), "utf-8", null, null, Instant.now());
					}
					catch (IOException ex) {
						throw new UncheckedIOException("No file for " + request.url(), ex);
					}
				}

			};
		}

	}

}
