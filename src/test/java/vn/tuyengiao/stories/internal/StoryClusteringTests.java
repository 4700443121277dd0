package vn.tuyengiao.stories.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.tuyengiao.DatabaseTest;
import vn.tuyengiao.platform.UsesSharedData;
import vn.tuyengiao.stories.internal.StoryFixtures.Article;

/**
 * Clustering quality on Vietnamese news — the articles written for the tests, and with the profile
 * {@code datasets} every VFND article — then four copies of each as pages pass
 * them on (an intro and an outro added, the last paragraph cut, retyped without accents and with other
 * punctuation, a short post quoting its two longest sentences), each from another outlet, in shuffled order.
 * Every copy must join its article's story and different articles must stay apart; the pairwise precision
 * and recall are printed for {@code docs/PERFORMANCE.md}.
 */
@DatabaseTest
class StoryClusteringTests {

	private static final long FIRST_ID = 8_000_000_000L + (System.nanoTime() % 1_000_000) * 10_000;

	@Autowired
	StoryClustering stories;

	record Copy(String kind, UnaryOperator<Article> make) {
	}

	static final List<Copy> COPIES = List.of(new Copy("intro", StoryFixtures::withIntro),
			new Copy("trimmed", StoryFixtures::withoutLastParagraph),
			new Copy("retyped", StoryFixtures::strippedAndRepunctuated),
			new Copy("quote", StoryFixtures::quotingKeySentences));

	@Test
	void copiesJoinTheirArticlesStoryAndDifferentArticlesStayApart() {
		clusterWithCopies("authored", StoryFixtures.authored());
	}

	@Test
	@UsesSharedData
	void copiesOfEveryVfndArticleJoinItsStoryAndDifferentArticlesStayApart() {
		clusterWithCopies("VFND", StoryFixtures.vfnd(15));
	}

	private void clusterWithCopies(String corpus, List<Article> articles) {
		Instant start = Instant.now().minus(30, ChronoUnit.DAYS);
		record Item(long id, int article, String kind, Article text) {
		}
		List<Item> items = new ArrayList<>();
		for (Article a : articles) {
			items.add(new Item(FIRST_ID + items.size(), a.number(), "original", a));
		}
		List<Item> copies = new ArrayList<>();
		for (Article a : articles) {
			for (Copy copy : COPIES) {
				copies.add(new Item(FIRST_ID + items.size() + copies.size(), a.number(), copy.kind(), copy.make().apply(a)));
			}
		}
		Collections.shuffle(copies, new Random(20251127));
		items.addAll(copies);

		Map<Long, Long> storyOf = new HashMap<>();
		long began = System.nanoTime();
		for (int i = 0; i < items.size(); i++) {
			Item item = items.get(i);
			storyOf.put(item.id(), stories.assign(item.id(), item.text().title(), item.text().body(),
					"Trang " + item.kind() + " " + (i % 7), start.plus(i, ChronoUnit.MINUTES)));
		}
		double seconds = (System.nanoTime() - began) / 1e9;

		Map<Integer, Long> originalStory = new HashMap<>();
		items.stream().filter(i -> i.kind().equals("original")).forEach(i -> originalStory.put(i.article(), storyOf.get(i.id())));
		Map<String, Integer> missed = new HashMap<>();
		for (Item copy : copies) {
			if (!storyOf.get(copy.id()).equals(originalStory.get(copy.article()))) {
				missed.merge(copy.kind(), 1, Integer::sum);
			}
		}
		long originalsTogether = originalStory.values().stream().filter(s -> Collections.frequency(originalStory.values(), s) > 1).count();
		long truePairs = 0;
		long predictedPairs = 0;
		long correctPairs = 0;
		for (int i = 0; i < items.size(); i++) {
			for (int j = i + 1; j < items.size(); j++) {
				boolean same = items.get(i).article() == items.get(j).article();
				boolean together = storyOf.get(items.get(i).id()).equals(storyOf.get(items.get(j).id()));
				truePairs += same ? 1 : 0;
				predictedPairs += together ? 1 : 0;
				correctPairs += same && together ? 1 : 0;
			}
		}
		double precision = correctPairs / (double) predictedPairs;
		double recall = correctPairs / (double) truePairs;
		System.out.printf("Stories on %s: %d articles, %d copies; missed copies %s; originals sharing a story %d; "
				+ "pairwise precision %.4f recall %.4f; %.0f assignments/s%n", corpus, articles.size(), copies.size(), missed,
				originalsTogether, precision, recall, items.size() / seconds);

		assertThat(missed).as("copies that did not join their article's story").doesNotContainKeys("intro", "trimmed", "retyped");
		assertThat(missed.getOrDefault("quote", 0)).as("quotes that did not join").isLessThanOrEqualTo(articles.size() / 20);
		assertThat(originalsTogether).as("articles in a story with another article").isLessThanOrEqualTo(articles.size() * 3 / 100);
		assertThat(precision).isGreaterThanOrEqualTo(0.97);
		assertThat(recall).isGreaterThanOrEqualTo(0.97);
	}

}
