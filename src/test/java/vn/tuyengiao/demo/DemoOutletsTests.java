package vn.tuyengiao.demo;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Date;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;

import vn.tuyengiao.demo.DemoItems.Item;

import static org.assertj.core.api.Assertions.assertThat;

/** The demo outlets over real HTTP, as the platform's fetcher sees them: anonymous, on the same server. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoOutletsTests {

	@LocalServerPort
	int port;

	String base() {
		return "http://127.0.0.1:" + port;
	}

	HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(base() + path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	SyndFeed feed(String path, String contentType) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type.toLowerCase().replace(" ", "")).isEqualTo(contentType));
		return new SyndFeedInput().build(new StringReader(response.body()));
	}

	void listsTheOutletsItemsNewestFirstWithAbsoluteLinks(SyndFeed feed, String outlet) {
		List<Item> items = DemoItems.of(outlet);
		assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
			.containsExactlyElementsOf(items.stream().map(Item::title).toList());
		List<Date> dates = feed.getEntries().stream().map(SyndEntry::getPublishedDate).toList();
		assertThat(dates).isSortedAccordingTo((a, b) -> b.compareTo(a));
		assertThat(feed.getEntries()).allSatisfy(entry -> {
			assertThat(entry.getLink()).startsWith(base() + "/demo-outlets/" + outlet + "/bai/").endsWith(".html");
			assertThat(entry.getUri()).isEqualTo(entry.getLink());
			assertThat(entry.getDescription().getValue()).isNotBlank();
			assertThat(entry.getAuthor()).isNotBlank();
		});
	}

	@Test
	void theProvincialPaperServesRss2WithFullTextAndNewestFirst() throws Exception {
		SyndFeed feed = feed("/demo-outlets/bao-ban-mai/rss.xml", "application/rss+xml;charset=utf-8");

		assertThat(feed.getFeedType()).isEqualTo("rss_2.0");
		assertThat(feed.getTitle()).endsWith("(minh họa)");
		listsTheOutletsItemsNewestFirstWithAbsoluteLinks(feed, "bao-ban-mai");
		SyndEntry briefing = feed.getEntries()
			.stream()
			.filter(e -> e.getLink().endsWith("/giao-ban-tuyen-giao-quy-1-nam-2023.html"))
			.findFirst()
			.orElseThrow();
		assertThat(briefing.getContents()).singleElement()
			.satisfies(content -> assertThat(content.getValue()).startsWith("<p>").contains("Hoàng Thị Lãnh"));
	}

	@Test
	void theForumAndTheEnglishPageServeRss2() throws Exception {
		listsTheOutletsItemsNewestFirstWithAbsoluteLinks(
				feed("/demo-outlets/dien-dan-nui-rung/rss.xml", "application/rss+xml;charset=utf-8"), "dien-dan-nui-rung");
		SyndFeed english = feed("/demo-outlets/ba-be-travel/rss.xml", "application/rss+xml;charset=utf-8");
		listsTheOutletsItemsNewestFirstWithAbsoluteLinks(english, "ba-be-travel");
		assertThat(english.getLanguage()).isEqualTo("en");
	}

	@Test
	void theTelevisionStationServesAtom() throws Exception {
		SyndFeed feed = feed("/demo-outlets/truyen-hinh-song-cau/atom.xml", "application/atom+xml;charset=utf-8");

		assertThat(feed.getFeedType()).isEqualTo("atom_1.0");
		listsTheOutletsItemsNewestFirstWithAbsoluteLinks(feed, "truyen-hinh-song-cau");
		assertThat(feed.getEntries()).allSatisfy(e -> assertThat(e.getUpdatedDate()).isNotNull());
	}

	@Test
	void theProvincialPortalServesAGoogleNewsSitemap() throws Exception {
		HttpResponse<String> response = get("/demo-outlets/cong-tinh/sitemap.xml");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/xml;charset=UTF-8");

		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		org.w3c.dom.Document xml = factory.newDocumentBuilder()
			.parse(new InputSource(new StringReader(response.body())));
		String news = "http://www.google.com/schemas/sitemap-news/0.9";
		NodeList locs = xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc");
		NodeList dates = xml.getElementsByTagNameNS(news, "publication_date");
		assertThat(locs.getLength()).isEqualTo(DemoItems.of("cong-tinh").size());
		assertThat(dates.getLength()).isEqualTo(locs.getLength());
		assertThat(dates.item(0).getTextContent()).startsWith("2023-").endsWith("+07:00");
		assertThat(locs.item(0).getTextContent()).startsWith(base() + "/demo-outlets/cong-tinh/bai/");
		assertThat(xml.getElementsByTagNameNS(news, "name").item(0).getTextContent()).endsWith("(minh họa)");
	}

	@Test
	void anArticlePageHoldsTheBodyInsideRealisticBoilerplate() throws Exception {
		Item item = DemoItems.all()
			.stream()
			.filter(i -> i.slug().equals("giao-ban-tuyen-giao-quy-1-nam-2023"))
			.findFirst()
			.orElseThrow();
		String path = "/demo-outlets/bao-ban-mai/bai/" + item.slug() + ".html";
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));

		Document page = Jsoup.parse(response.body(), base() + path);
		assertThat(page.select("html").attr("lang")).isEqualTo("vi");
		assertThat(page.select("h1").text()).isEqualTo(item.title());
		assertThat(page.select(".article-body p").eachText()).containsExactlyElementsOf(item.paragraphs());
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(base() + path);
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo(item.title());
		assertThat(page.select("meta[property=article:published_time]").attr("content"))
			.isEqualTo("2023-04-12T18:30:00+07:00");
		assertThat(page.select("meta[name=author]").attr("content")).isEqualTo(item.author());
		assertThat(page.select("nav a").eachText()).contains("Thời sự", "Kinh tế", "Bạn đọc");
		assertThat(page.select(".breadcrumb a").eachText()).containsExactly("Trang chủ", "Thời sự");
		assertThat(page.select(".related h2").text()).isEqualTo("Tin liên quan");
		assertThat(page.select(".related a")).isNotEmpty()
			.allSatisfy(a -> assertThat(a.absUrl("href")).startsWith(base() + "/demo-outlets/bao-ban-mai/bai/"));
		assertThat(page.select(".share a").eachText()).contains("Facebook", "Zalo");
		assertThat(page.select("footer").text()).contains("Địa chỉ", "©");
	}

	@Test
	void aSectionPageLinksToItsArticles() throws Exception {
		HttpResponse<String> response = get("/demo-outlets/cong-ba-be/tin-tuc");
		assertThat(response.statusCode()).isEqualTo(200);

		Document page = Jsoup.parse(response.body(), base() + "/demo-outlets/cong-ba-be/tin-tuc");
		List<String> expected = DemoItems.of("cong-ba-be")
			.stream()
			.filter(i -> i.section().equals("tin-tuc"))
			.map(i -> base() + "/demo-outlets/cong-ba-be/bai/" + i.slug() + ".html")
			.toList();
		assertThat(page.select(".article-list a").eachAttr("abs:href")).containsExactlyElementsOf(expected);
		assertThat(get("/demo-outlets/cong-ba-be/bai/" + DemoItems.of("cong-ba-be").get(0).slug() + ".html").statusCode())
			.isEqualTo(200);
	}

	@Test
	void theSocialExportHasOneQuotedRowPerPost() throws Exception {
		HttpResponse<String> response = get("/demo-outlets/export/bai-dang-mang-xa-hoi.csv");
		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
		assertThat(response.body()).startsWith("url,title,text,published_at,author,platform\r\n");

		List<Item> posts = DemoItems.of("mang-xa-hoi");
		try (CSVParser csv = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(response.body()))) {
			List<CSVRecord> rows = csv.getRecords();
			assertThat(rows).hasSize(posts.size());
			for (int n = 0; n < rows.size(); n++) {
				CSVRecord row = rows.get(n);
				Item post = posts.get(n);
				assertThat(row.get("url")).isEqualTo(base() + "/demo-outlets/mang-xa-hoi/bai/" + post.slug() + ".html");
				assertThat(row.get("title")).isEqualTo(post.title());
				assertThat(row.get("text")).isEqualTo(post.text());
				assertThat(row.get("published_at")).isEqualTo(post.publishedIso());
				assertThat(row.get("author")).isEqualTo(post.author());
				assertThat(row.get("platform")).isEqualTo(post.platform());
			}
			assertThat(rows).anySatisfy(row -> assertThat(row.get("text")).contains("\n", ","));
		}
	}

	@Test
	void unknownOutletsSlugsAndFeedTypesAreNotFound() throws Exception {
		assertThat(get("/demo-outlets/khong-co/rss.xml").statusCode()).isEqualTo(404);
		assertThat(get("/demo-outlets/bao-ban-mai/atom.xml").statusCode()).isEqualTo(404);
		assertThat(get("/demo-outlets/bao-ban-mai/bai/khong-co.html").statusCode()).isEqualTo(404);
		assertThat(get("/demo-outlets/bao-ban-mai/khong-co").statusCode()).isEqualTo(404);
	}

}
