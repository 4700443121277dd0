package vn.tuyengiao.topics.internal;

import vn.tuyengiao.monitor.internal.SyntheticNews;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.text.TextAnalysis;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.internal.analysis.TestAnalysis;

/**
 * Benchmark, not a test (excluded from {@code mvn verify}; see bench/README.md): issue 6's matching of new
 * items against saved topics. The platform's matcher ({@link TopicMatcher}: topics filed under their anchor
 * terms, syllable pairs first) against the naive loop (each item in a one-item {@link MemoryIndex}, every topic's
 * query run against it) in the same run, on the same items and topics, with the same analyzers; the matches
 * of both are compared item by item.
 * <p>
 * Items: {@link SyntheticNews} articles of about 2,000 characters (real sentences of ud-vtb and vfnd, fixed
 * seed). Topics: analyst-style boolean queries generated from the same sentences (fixed seed): one to three
 * AND clauses, each an OR of one to three alternatives — a quoted phrase of three syllables, a word of two
 * typed bare, or a single syllable — 35% with a NOT clause, 10% typed without accents; read by
 * {@link TopicQueryParser} with the statistics of an index of the stream (as the platform reads them with the
 * item index's).
 * <p>
 * {@code -Dbench.topics=10000} (comma-separated for several sizes, default {@code 10000,100000}),
 * {@code -Dbench.items=2000} items through the matcher, {@code -Dbench.naiveItems=200} through the naive
 * loop (it is slow), {@code -Dbench.batch=64} items per matcher call (the platform's analysis batch; 1 = one
 * at a time), {@code -Dbench.threads=1,2}.
 */
class TopicMatchingBenchmark {

	private static final TextAnalysis ANALYSIS = TestAnalysis.withoutSegmenter();

	@Test
	void matchingAgainstTheNaiveLoop() throws Exception {
		SyntheticNews news = SyntheticNews.load();
		int itemCount = Integer.getInteger("bench.items", 2000);
		int naiveCount = Integer.getInteger("bench.naiveItems", 200);
		int batch = Integer.getInteger("bench.batch", 64);
		List<TopicMatcher.Candidate> items = new ArrayList<>();
		for (int i = 0; i < itemCount; i++) {
			SyntheticNews.Doc doc = news.doc(i, 380, 480);
			items.add(new TopicMatcher.Candidate(i, doc.title(), doc.body(), doc.outlet(), ""));
		}
		double chars = items.stream().mapToInt(item -> item.text().length()).average().orElse(0);
		System.out.printf(Locale.ROOT, "items: %,d of %.0f characters on average%n", items.size(), chars);

		long t0 = System.nanoTime();
		ByteBuffersDirectory statistics = new ByteBuffersDirectory();
		TopicMatcher analyzers = new TopicMatcher(ANALYSIS);
		try (IndexWriter writer = new IndexWriter(statistics, new IndexWriterConfig(analyzers.analyzer()))) {
			for (TopicMatcher.Candidate item : items) {
				writer.addDocument(TopicMatcher.document(item, true));
			}
		}
		DirectoryReader reader = DirectoryReader.open(statistics);
		System.out.printf(Locale.ROOT, "statistics index of the stream: %.1f s%n", (System.nanoTime() - t0) / 1e9);

		for (String size : System.getProperty("bench.topics", "10000,100000").split(",")) {
			int topicCount = Integer.parseInt(size.strip());
			TopicGenerator generator = new TopicGenerator(news.sentences(), new Random(20_261_127L));
			List<String> topics = new ArrayList<>();
			List<Query> queries = new ArrayList<>();
			List<Boolean> exact = new ArrayList<>();
			Analyzer folded = ANALYSIS.analyzer(TextAnalysis.VI_FOLDED);
			Analyzer accented = ANALYSIS.analyzer(TextAnalysis.VI);
			long p0 = System.nanoTime();
			int refused = 0;
			IndexSearcher searcher = new IndexSearcher(reader);
			int tooBroad = 0;
			while (queries.size() < topicCount) {
				String topic = generator.topic(alternative -> share(searcher, alternative, folded, accented, reader));
				try {
					Query query = TopicQueryParser.read(topic, folded, accented, false, term -> docFreq(reader, term));
					if (searcher.count(query) > MAX_TOPIC_SHARE * reader.numDocs()) {
						tooBroad++; // an analyst narrows a topic that floods them
						continue;
					}
					queries.add(query);
					topics.add(topic);
					exact.add(false);
				}
				catch (TopicQueryParser.InvalidTopicQuery ex) {
					refused++; // only function words ("là do"): refused as a user would be
				}
			}
			System.out.printf(Locale.ROOT, "(%d generated topics refused as only function words, %d narrowed as too broad)%n",
					refused, tooBroad);
			System.out.printf(Locale.ROOT, "%n== %,d topics (parsed in %.1f s); examples:%n", topicCount, (System.nanoTime() - p0) / 1e9);
			for (int i = 0; i < 5; i++) {
				System.out.println("   " + topics.get(i));
			}

			TopicMatcher matcher = new TopicMatcher(ANALYSIS);
			long r0 = System.nanoTime();
			List<TopicMatcher.Topic> all = new ArrayList<>();
			for (int i = 0; i < queries.size(); i++) {
				all.add(new TopicMatcher.Topic(i, queries.get(i), exact.get(i)));
			}
			matcher.register(all);
			System.out.printf(Locale.ROOT, "registered in %.1f s%n", (System.nanoTime() - r0) / 1e9);

			// warm-up, then measured
			matchAll(matcher, items.subList(0, Math.min(200, items.size())), batch);
			long run0 = matcher.queriesRun();
			long m0 = System.nanoTime();
			Map<Long, Set<Long>> ours = matchAll(matcher, items, batch);
			double oursSeconds = (System.nanoTime() - m0) / 1e9;
			double oursRate = items.size() / oursSeconds;
			long matched = ours.values().stream().mapToLong(Set::size).sum();
			System.out.printf(Locale.ROOT, "matcher, 1 thread, batches of %d: %,.0f items/s (%,d items in %.1f s; %.2f matches and %.1f topics run per item)%n",
					batch, oursRate, items.size(), oursSeconds, (double) matched / items.size(),
					(double) (matcher.queriesRun() - run0) / items.size());
			long s0 = System.nanoTime();
			matchAll(matcher, items.subList(0, Math.min(500, items.size())), 1);
			System.out.printf(Locale.ROOT, "matcher, 1 thread, one item at a time: %,.0f items/s%n",
					Math.min(500, items.size()) / ((System.nanoTime() - s0) / 1e9));
			for (String t : System.getProperty("bench.threads", "2").split(",")) {
				int threads = Integer.parseInt(t.strip());
				if (threads > 1) {
					double rate = matchInThreads(matcher, items, batch, threads);
					System.out.printf(Locale.ROOT, "matcher, %d threads, batches of %d: %,.0f items/s%n", threads, batch, rate);
				}
			}

			List<TopicMatcher.Candidate> naiveItems = items.subList(0, Math.min(naiveCount, items.size()));
			naive(matcher.analyzer(), queries, naiveItems.subList(0, Math.min(10, naiveItems.size())));
			long n0 = System.nanoTime();
			Map<Long, Set<Long>> expected = naive(matcher.analyzer(), queries, naiveItems);
			double naiveRate = naiveItems.size() / ((System.nanoTime() - n0) / 1e9);
			System.out.printf(Locale.ROOT, "naive loop, 1 thread: %,.1f items/s (%,d items)%n", naiveRate, naiveItems.size());
			int differing = 0;
			for (TopicMatcher.Candidate item : naiveItems) {
				if (!expected.getOrDefault(item.itemId(), Set.of()).equals(ours.getOrDefault(item.itemId(), Set.of()))) {
					differing++;
				}
			}
			System.out.printf(Locale.ROOT, "RESULT topics=%d matcher=%.0f items/s naive=%.1f items/s ratio=%.0fx differing=%d/%d%n",
					topicCount, oursRate, naiveRate, oursRate / naiveRate, differing, naiveItems.size());
		}
	}

	private static Map<Long, Set<Long>> matchAll(TopicMatcher matcher, List<TopicMatcher.Candidate> items, int batch) {
		Map<Long, Set<Long>> matches = new HashMap<>();
		for (int from = 0; from < items.size(); from += batch) {
			for (TopicMatcher.Hit hit : matcher.match(items.subList(from, Math.min(items.size(), from + batch)))) {
				matches.computeIfAbsent(hit.itemId(), id -> new TreeSet<>()).add(hit.topicId());
			}
		}
		return matches;
	}

	private static double matchInThreads(TopicMatcher matcher, List<TopicMatcher.Candidate> items, int batch, int threads)
			throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		try {
			long start = System.nanoTime();
			List<Future<?>> done = new ArrayList<>();
			int share = (items.size() + threads - 1) / threads;
			for (int t = 0; t < threads; t++) {
				List<TopicMatcher.Candidate> part = items.subList(Math.min(items.size(), t * share),
						Math.min(items.size(), (t + 1) * share));
				done.add(pool.submit(() -> matchAll(matcher, part, batch)));
			}
			for (Future<?> f : done) {
				f.get();
			}
			return items.size() / ((System.nanoTime() - start) / 1e9);
		}
		finally {
			pool.shutdown();
		}
	}

	/** Every topic's query against each item alone in memory: what matching costs without a presearch. */
	private static Map<Long, Set<Long>> naive(Analyzer analyzer, List<Query> queries, List<TopicMatcher.Candidate> items) {
		Map<Long, Set<Long>> matches = new HashMap<>();
		for (TopicMatcher.Candidate item : items) {
			MemoryIndex index = MemoryIndex.fromDocument(TopicMatcher.document(item, false), analyzer);
			for (int q = 0; q < queries.size(); q++) {
				if (index.search(queries.get(q)) > 0) {
					matches.computeIfAbsent(item.itemId(), id -> new TreeSet<>()).add((long) q);
				}
			}
		}
		return matches;
	}

	/** A topic matching more than this share of the stream is one its analyst would narrow. */
	static final double MAX_TOPIC_SHARE = 0.02;

	/** The share of the stream's items an alternative alone finds; -1 when it is only function words. */
	private static double share(IndexSearcher searcher, String alternative, Analyzer folded, Analyzer accented,
			DirectoryReader reader) {
		try {
			Query query = TopicQueryParser.read(alternative, folded, accented, false, term -> docFreq(reader, term));
			return (double) searcher.count(query) / reader.numDocs();
		}
		catch (TopicQueryParser.InvalidTopicQuery onlyFunctionWords) {
			return -1;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static int docFreq(DirectoryReader reader, Term term) {
		try {
			return reader.docFreq(term);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/**
	 * Analyst-style topics from real sentences: phrases of three syllables, words of two and single syllables
	 * seen at least a few times, so topics name what the news talks about.
	 */
	static final class TopicGenerator {

		private final List<String> phrases;

		private final List<String> words;

		private final List<String> syllables;

		private final Random random;

		TopicGenerator(List<String> sentences, Random random) {
			this.random = random;
			Map<String, Integer> one = new HashMap<>();
			Map<String, Integer> two = new HashMap<>();
			Map<String, Integer> three = new HashMap<>();
			for (String sentence : sentences) {
				String[] s = sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{M}]+");
				for (int i = 0; i < s.length; i++) {
					if (s[i].length() < 2) {
						continue;
					}
					one.merge(s[i], 1, Integer::sum);
					if (i + 1 < s.length && s[i + 1].length() >= 2) {
						two.merge(s[i] + " " + s[i + 1], 1, Integer::sum);
						if (i + 2 < s.length && s[i + 2].length() >= 2) {
							three.merge(s[i] + " " + s[i + 1] + " " + s[i + 2], 1, Integer::sum);
						}
					}
				}
			}
			this.phrases = frequent(three, 3);
			this.words = frequent(two, 5);
			this.syllables = frequent(one, 5).stream().filter(s -> s.length() >= 3).toList();
		}

		private static List<String> frequent(Map<String, Integer> counts, int min) {
			List<String> frequent = new ArrayList<>(counts.entrySet()
				.stream()
				.filter(e -> e.getValue() >= min)
				.map(Map.Entry::getKey)
				.toList());
			frequent.sort(Comparator.naturalOrder());
			return frequent;
		}

		/**
		 * One topic; {@code share} tells how many items an alternative finds alone: an analyst names things the
		 * news talks about but not in every item (between 0.1% and 10% of them).
		 */
		String topic(java.util.function.ToDoubleFunction<String> share) {
			this.share = share;
			boolean folded = random.nextDouble() < 0.1;
			double r = random.nextDouble();
			int clauses = r < 0.3 ? 1 : r < 0.75 ? 2 : 3;
			List<String> parts = new ArrayList<>();
			for (int c = 0; c < clauses; c++) {
				int alternatives = 1 + random.nextInt(3);
				List<String> or = new ArrayList<>();
				for (int a = 0; a < alternatives; a++) {
					or.add(folded ? VietnameseText.fold(alternative()) : alternative());
				}
				parts.add(or.size() == 1 ? or.get(0) : "(" + String.join(" OR ", or) + ")");
			}
			String topic = String.join(" AND ", parts);
			if (random.nextDouble() < 0.35) {
				String not = words.get(random.nextInt(words.size()));
				topic += " AND NOT " + (folded ? VietnameseText.fold(not) : not);
			}
			return topic;
		}

		private java.util.function.ToDoubleFunction<String> share;

		private String alternative() {
			while (true) {
				String alternative = anyAlternative();
				double found = share.applyAsDouble(alternative.replace("\"", ""));
				if (found >= 0.001 && found <= 0.1) {
					return alternative;
				}
			}
		}

		private String anyAlternative() {
			double r = random.nextDouble();
			if (r < 0.3) {
				return "\"" + phrases.get(random.nextInt(phrases.size())) + "\"";
			}
			if (r < 0.8) {
				return words.get(random.nextInt(words.size()));
			}
			return syllables.get(random.nextInt(syllables.size()));
		}

	}

}
