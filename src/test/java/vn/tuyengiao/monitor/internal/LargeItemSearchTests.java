package vn.tuyengiao.monitor.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;

/**
 * One enormous item (10 MB of text with no sentence end, as a runaway feed or import brings) neither swells
 * a page of results nor hides the others: the search finds it with passages no longer than the settings allow,
 * its text is kept in the database, and only its bounded beginning is searchable.
 */
@SpringBootTest(properties = { "tuyengiao.monitor.search.max-analysed-chars=200000",
		"tuyengiao.monitor.search.fragment-chars=240", "tuyengiao.monitor.search.fragments=2" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LargeItemSearchTests {

	static final String OUTLET = "Báo Thử Tin Dài";

	/** A word that stands only after the analysed beginning of the big item. */
	static final String LATE_WORD = "Pác Nặm";

	@Autowired
	ItemSearch search;

	@Autowired
	ItemStore store;

	@Autowired
	SourceRepository sources;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	void items() {
		long source = sources.save(new SourceEntity("Nguồn thử tin dài", OUTLET, SourceType.RSS, SourceKind.PRESS,
				"https://tin-dai.example/rss", "vi", 0, 1L, Instant.now())).id();
		StringBuilder huge = new StringBuilder(10_100_000);
		while (huge.length() < 10_000_000) {
			huge.append("nghe nói tin đồn ở Bắc Kạn lan nhanh trên mạng xã hội, người dân bàn tán <b>xôn xao</b>, ");
			if (huge.length() > 500_000 && huge.length() < 500_200) {
				huge.append(LATE_WORD).append(", ");
			}
		}
		store.storeBatch(source, OUTLET, SourceKind.PRESS, List.of(
				new IncomingItem("https://tin-dai.example/1", "Tin đồn ở Bắc Kạn", null, Instant.parse("2023-04-12T03:00:00Z"),
						huge.toString(), "vi", "mục 1"),
				new IncomingItem("https://tin-dai.example/2", "Tin đồn thất thiệt", null, Instant.parse("2023-04-13T03:00:00Z"),
						"Một tin đồn ở Bắc Kạn được làm rõ.", "vi", "mục 2")));
	}

	private ItemSearch.Result find(String q, boolean byDate) {
		return search.search(new ItemSearch.Query(q, false, OUTLET, null, null, null, null, byDate, 0, 20));
	}

	@Test
	void aTenMegabyteItemIsFoundWithPassagesNoLongerThanTheCap() {
		for (String q : List.of("tin đồn", "bac kan tin don")) {
			for (boolean byDate : List.of(false, true)) {
				ItemSearch.Result result = find(q, byDate);

				assertThat(result.total()).as(q).isEqualTo(2);
				ItemSearch.Hit big = result.items().stream().filter(hit -> hit.url().endsWith("/1")).findFirst().orElseThrow();
				assertThat(big.bodyHighlights()).as(q).isNotEmpty().hasSizeLessThanOrEqualTo(2);
				for (String passage : big.bodyHighlights()) {
					String text = passage.replace("<mark>", "").replace("</mark>", "");
					// the width in characters of the text, escaped (& < > " ' as entities) and cut at words, with "…"
					assertThat(text.length()).as(passage).isLessThanOrEqualTo(240 + 2 * 20 + 4 + 12 * 8);
					assertThat(passage).contains("<mark>").doesNotContain("<b>");
				}
			}
		}
	}

	@Test
	void theWholeTextIsKeptButOnlyItsBoundedBeginningIsSearchable() {
		Integer kept = jdbc.queryForObject("select length(body) from monitor_item where url = 'https://tin-dai.example/1'",
				Integer.class);
		String body = jdbc.queryForObject("select body from monitor_item where url = 'https://tin-dai.example/1'", String.class);

		assertThat(kept).as("the database keeps up to its column's width").isEqualTo(ItemEntity.MAX_BODY);
		assertThat(body).contains(LATE_WORD);
		assertThat(find("pac nam", false).total()).as("after the analysed beginning").isZero();
		assertThat(find("xon xao", false).total()).isEqualTo(1);
	}

	@Test
	void theAnalysisReadsOnlyTheBoundedBeginningToo() {
		String places = await().atMost(Duration.ofMinutes(2)).until(() -> jdbc.queryForList("""
				select a.places from monitor_item_analysis a join monitor_item i on i.id = a.item_id
				where i.url = 'https://tin-dai.example/1'""", String.class), rows -> !rows.isEmpty()).get(0);

		assertThat(places).as("Bắc Kạn, named in the beginning").contains("06");
		assertThat(places).as("Pác Nặm, named only after the analysed beginning").doesNotContain("060");
	}

}
