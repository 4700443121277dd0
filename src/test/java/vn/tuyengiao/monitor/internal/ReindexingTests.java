package vn.tuyengiao.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.tuyengiao.monitor.ItemSearch;

/**
 * A lost or renamed index does not leave search empty: at start-up, an empty index with items in the
 * database is rebuilt from them, and search finds them again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class ReindexingTests {

	@Autowired
	Reindexing reindexing;

	@Autowired
	ItemRepository items;

	@Autowired
	ItemSearch search;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private long everything() {
		return search.search(new ItemSearch.Query("", false, null, null, null, null, null, true, 0, 1)).total();
	}

	@Test
	void anEmptyIndexIsRebuiltFromTheDatabaseAtStartUp() throws Exception {
		assertThat(items.count()).as("the demo's items").isPositive();
		Search.mapping(entityManagerFactory).scope(ItemEntity.class).workspace().purge();
		Search.mapping(entityManagerFactory).scope(ItemEntity.class).workspace().refresh();
		assertThat(everything()).isZero();

		reindexing.rebuildAnEmptyIndex();
		await().atMost(Duration.ofSeconds(30)).until(() -> !reindexing.status().running());

		assertThat(reindexing.status().state()).isEqualTo(Reindexing.State.DONE);
		assertThat(everything()).isEqualTo(items.count());
		reindexing.rebuildAnEmptyIndex();
		assertThat(reindexing.status().running()).as("a full index is left alone").isFalse();
	}

}
