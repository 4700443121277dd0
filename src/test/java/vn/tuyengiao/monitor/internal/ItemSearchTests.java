package vn.tuyengiao.monitor.internal;

import vn.tuyengiao.topics.internal.TopicQueries;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.monitor.SourceType;
import vn.tuyengiao.text.TextAnalysis;

/**
 * What an analyst's query finds, on the real index: words, phrases, alternatives, exclusions, accents,
 * filters, facets and the marked passages. The items belong to an outlet of their own, and every query is
 * limited to it, so the demo data around them does not count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ItemSearchTests {

	static final String OUTLET = "Báo Thử Tìm Kiếm";

	@Autowired
	ItemSearch search;

	@Autowired
	ItemStore store;

	@Autowired
	SourceRepository sources;

	@Autowired
	TextAnalysis analysis;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeAll
	void items() {
		long source = sources.save(new SourceEntity("Nguồn thử tìm kiếm", OUTLET, SourceType.RSS, SourceKind.PRESS,
				"https://tim-kiem.example/rss", "vi", 0, 1L, Instant.now())).id();
		store.storeBatch(source, OUTLET, SourceKind.PRESS, List.of(
				item(1, "Tai nạn giao thông trên quốc lộ 3", "Một vụ tai nạn giao thông xảy ra sáng nay ở Chợ Mới.", "2023-04-12"),
				item(2, "Giao ban công tác tuyên giáo", "Tai nạn xảy ra khi xe chở hàng đi qua; giao thông bị ách tắc.", "2023-04-20"),
				item(3, "Phòng chống tham nhũng ở cơ sở", "Hội nghị bàn về phòng chống tham nhũng.", "2023-03-02"),
				item(4, "Xử lý tiêu cực trong thi cử", "Không để xảy ra tiêu cực.", "2023-03-15"),
				item(5, "Công an huyện Ba Bể tuần tra", "Công an huyện phối hợp bảo vệ an ninh trật tự.", "2023-02-01"),
				item(6, "Công an phân luồng giao thông", "Công an và thanh tra giao thông phân luồng dịp lễ.", "2023-02-05"),
				item(7, "Hòa giải ở cơ sở", "Tổ hòa giải thôn Nà Làng họp.", "2022-12-24"),
				item(8, "Hoa đào nở sớm", "Hoa đào nở khắp các bản.", null),
				item(9, "Tiêu cực phải xử lý như tham nhũng", "Bài bình luận.", "2022-11-02"),
				item(10, "Dân làng đón người thân về quê", "Tết sum họp.", "2022-11-03"),
				item(11, "Người dân Ba Bể trồng rừng", "Trồng rừng mùa xuân.", "2022-11-04")));
	}

	private static IncomingItem item(int n, String title, String text, String day) {
		return new IncomingItem("https://tim-kiem.example/tin/" + n, title, null,
				day == null ? null : Instant.parse(day + "T03:00:00Z"), text, "vi", "mục " + n);
	}

	private ItemSearch.Result find(String text) {
		return search.search(new ItemSearch.Query(text, false, OUTLET, null, null, null, null, false, 0, 20));
	}

	private List<String> titles(String text) {
		return find(text).items().stream().map(ItemSearch.Hit::title).toList();
	}

	@Test
	void aPhraseFindsItsWordsTogetherAndNotApart() {
		assertThat(titles("\"tai nạn giao thông\"")).containsExactly("Tai nạn giao thông trên quốc lộ 3");
		assertThat(titles("\"tai nan giao thong\"")).containsExactly("Tai nạn giao thông trên quốc lộ 3");
	}

	@Test
	void syllablesTypedTogetherAreMatchedAsAWordWhenTheIndexKnowsThemAsOne() {
		assertThat(titles("nguoi dan")).containsExactly("Người dân Ba Bể trồng rừng");
		assertThat(titles("tham nhũng tiêu cực")).as("two words, both anywhere").containsExactly("Tiêu cực phải xử lý như tham nhũng");
	}

	@Test
	void aBarGivesAlternatives() {
		assertThat(titles("tham nhũng | tiêu cực")).containsExactlyInAnyOrder("Phòng chống tham nhũng ở cơ sở",
				"Xử lý tiêu cực trong thi cử", "Tiêu cực phải xử lý như tham nhũng");
	}

	@Test
	void aMinusLeavesOutTheWordThatFollowsIt() {
		assertThat(titles("công an -giao thông")).containsExactly("Công an huyện Ba Bể tuần tra");
		assertThat(titles("cong an -\"giao thong\"")).containsExactly("Công an huyện Ba Bể tuần tra");
	}

	@Test
	void accentsAreIgnoredUnlessExactAccentsAreAskedFor() {
		assertThat(titles("hoa")).containsExactlyInAnyOrder("Hòa giải ở cơ sở", "Hoa đào nở sớm");
		assertThat(search.search(new ItemSearch.Query("hòa", true, OUTLET, null, null, null, null, false, 0, 20)).items())
			.extracting(ItemSearch.Hit::title)
			.containsExactly("Hòa giải ở cơ sở");
	}

	@Test
	void onlyStopwordsFindNothingAndABlankQueryListsEverythingNewestFirst() {
		assertThat(find("của và").total()).isZero();
		ItemSearch.Result all = search.search(new ItemSearch.Query("", false, OUTLET, null, null, null, null, true, 0, 20));
		assertThat(all.total()).isEqualTo(11);
		assertThat(all.items().get(0).title()).isEqualTo("Giao ban công tác tuyên giáo");
		assertThat(all.items().get(10).title()).as("undated last").isEqualTo("Hoa đào nở sớm");
	}

	@Test
	void theTotalAndFacetsCountEveryMatchNotOnlyThePage() {
		ItemSearch.Result result = search.search(new ItemSearch.Query("giao", false, OUTLET, null, null, null, null, false, 0, 1));
		assertThat(result.total()).isEqualTo(3);
		assertThat(result.items()).hasSize(1);
		assertThat(result.facets().outlet()).containsExactly(new ItemSearch.Count(OUTLET, 3));
		assertThat(result.facets().kind()).containsExactly(new ItemSearch.Count("PRESS", 3));
		assertThat(result.facets().month()).containsExactly(new ItemSearch.Count("2023-02", 1), new ItemSearch.Count("2023-04", 2));
	}

	@Test
	void whatAScheduledReadingStoresIsSearchableWithinSeconds() {
		String outlet = "Báo Thử Đọc Theo Lịch";
		long source = sources.save(new SourceEntity("Nguồn thử đọc theo lịch", outlet, SourceType.RSS, SourceKind.PRESS,
				"https://lich-doc.example/rss", "vi", 0, 1L, Instant.now())).id();
		store.storeBatch(source, outlet, SourceKind.PRESS,
				List.of(item(12, "Lễ hội Lồng Tồng ở Nà Phặc", "Hội xuân của người Tày.", "2023-01-28")), false);
		ItemSearch.Query query = new ItemSearch.Query("long tong", false, outlet, null, null, null, null, false, 0, 20);
		await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(search.search(query).items())
			.extracting(ItemSearch.Hit::title)
			.containsExactly("Lễ hội Lồng Tồng ở Nà Phặc"));
	}

	@Test
	void aSavedTopicReadsVietnameseAsTheSearchBoxDoes() throws Exception {
		Analyzer folded = analysis.analyzer(TextAnalysis.VI_FOLDED);
		try (IndexReader reader = Search.mapping(entityManagerFactory).scope(ItemEntity.class)
			.extension(LuceneExtension.get())
			.openIndexReader()) {
			Query topic = TopicQueries.read(analysis, "(tham nhung OR \"tiêu cực\") AND NOT title:thi", false, term -> {
						try {
							return reader.docFreq(term);
						}
						catch (java.io.IOException ex) {
							throw new java.io.UncheckedIOException(ex);
						}
					});
			IndexSearcher searcher = new IndexSearcher(reader);
			Query ours = new BooleanQuery.Builder().add(topic, Occur.MUST)
				.add(new TermQuery(new Term("outlet", OUTLET)), Occur.FILTER)
				.build();
			List<String> titles = new java.util.ArrayList<>();
			for (var hit : searcher.search(ours, 20).scoreDocs) {
				titles.add(reader.storedFields().document(hit.doc).get("title"));
			}
			assertThat(titles).containsExactlyInAnyOrder("Phòng chống tham nhũng ở cơ sở", "Tiêu cực phải xử lý như tham nhũng");
		}
	}

	@Test
	void aDateRangeIncludesItsStartAndExcludesItsEnd() {
		ItemSearch.Result april = search.search(new ItemSearch.Query("", false, OUTLET, null, null,
				Instant.parse("2023-04-12T03:00:00Z"), Instant.parse("2023-04-20T03:00:00Z"), true, 0, 20));
		assertThat(april.items()).extracting(ItemSearch.Hit::title).containsExactly("Tai nạn giao thông trên quốc lộ 3");
	}

	@Test
	void thePassagesMarkThePhraseWhereItStandsWithTheTextEscaped() {
		ItemSearch.Hit hit = find("\"tai nạn giao thông\"").items().get(0);
		assertThat(hit.titleHighlights()).singleElement().asString().startsWith("<mark>Tai nạn").contains("giao thông</mark>");
		assertThat(hit.bodyHighlights()).singleElement().asString().contains("<mark>").doesNotContain("<mark>Một");

		ItemSearch.Hit other = find("tuyen giao").items().get(0);
		assertThat(other.titleHighlights()).singleElement().asString().contains("<mark>tuyên giáo</mark>");
		ItemSearch.Hit lone = find("ba be rung").items().get(0);
		assertThat(lone.titleHighlights()).singleElement().asString()
			.isEqualTo("Người dân <mark>Ba Bể</mark> trồng <mark>rừng</mark>");
	}

}
