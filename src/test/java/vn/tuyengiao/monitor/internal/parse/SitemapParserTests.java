package vn.tuyengiao.monitor.internal.parse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.monitor.internal.parse.SitemapParser.Sitemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SitemapParserTests {

	private final SitemapParser parser = new SitemapParser();

	private Sitemap parse(String fixture) {
		return parser.parse(Fixtures.bytes("sitemaps/" + fixture), "https://baosongcau.vn/sitemaps/" + fixture);
	}

	@Test
	void anIndexGivesItsChildSitemapsAndNoPages() {
		Sitemap sitemap = parse("sitemap-index.xml");
		assertThat(sitemap.childSitemaps()).containsExactly("https://baosongcau.vn/sitemaps/news.xml",
				"https://baosongcau.vn/sitemaps/2023-04.xml.gz", "https://baosongcau.vn/sitemaps/2023-03.xml.gz");
		assertThat(sitemap.entries()).isEmpty();
	}

	@Test
	void aUrlsetGivesCanonicalPagesWithTheirLastModification() {
		Sitemap sitemap = parse("urlset.xml");
		assertThat(sitemap.childSitemaps()).isEmpty();
		assertThat(sitemap.entries()).extracting(Entry::url)
			.containsExactly("https://baosongcau.vn/thoi-su/hoi-nghi-tong-ket-cong-tac-tuyen-giao-nam-2022-62718.html",
					"https://baosongcau.vn/thoi-su/khoi-cong-cau-bac-song-cau-62700.html",
					"https://baosongcau.vn/xa-hoi/tuyen-sinh-lop-10-nam-2023-62680.html");
		assertThat(sitemap.entries()).filteredOn(entry -> entry.url().endsWith("62718.html"))
			.singleElement()
			.extracting(Entry::publishedAt)
			.isEqualTo(Instant.parse("2023-04-10T01:45:00Z"));
		assertThat(sitemap.entries()).filteredOn(entry -> entry.url().endsWith("62680.html"))
			.singleElement()
			.extracting(Entry::publishedAt)
			.isNull();
	}

	@Test
	void aNewsSitemapGivesTitlesAndPublicationTimes() {
		Sitemap sitemap = parse("news-sitemap.xml");
		assertThat(sitemap.entries()).filteredOn(entry -> entry.url().endsWith("62718.html"))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.title()).isEqualTo("Hội nghị tổng kết công tác tuyên giáo năm 2022");
				assertThat(entry.publishedAt()).isEqualTo(Instant.parse("2023-04-10T01:30:00Z"));
			});
		assertThat(sitemap.entries()).filteredOn(entry -> entry.url().endsWith("62801.html"))
			.singleElement()
			.extracting(Entry::title)
			.isEqualTo("Hợp tác xã chè Shan tuyết xuất khẩu lô hàng đầu tiên sang châu Âu");
	}

	@Test
	void aGzippedSitemapIsReadLikeAPlainOne() throws IOException {
		ByteArrayOutputStream zipped = new ByteArrayOutputStream();
		try (GZIPOutputStream gzip = new GZIPOutputStream(zipped)) {
			gzip.write(Fixtures.bytes("sitemaps/urlset.xml"));
		}
		Sitemap sitemap = parser.parse(zipped.toByteArray(), "https://baosongcau.vn/sitemaps/2023-04.xml.gz");
		assertThat(sitemap.entries()).hasSize(3);
	}

	@Test
	void aPlainTextListOfUrlsIsASitemapToo() {
		byte[] text = "https://baosongcau.vn/a-1.html\nhttps://baosongcau.vn/b-2.html\n".getBytes(StandardCharsets.UTF_8);
		assertThat(parser.parse(text, "https://baosongcau.vn/sitemap.txt").entries()).extracting(Entry::url)
			.containsExactlyInAnyOrder("https://baosongcau.vn/a-1.html", "https://baosongcau.vn/b-2.html");
	}

	@Test
	void sitemapWithExternalEntityIsRefusedWithoutReadingTheFile() {
		assertThatThrownBy(() -> parse("xxe-sitemap.xml")).isInstanceOf(ParseFailed.class)
			.hasMessageContaining("DOCTYPE")
			.message()
			.doesNotContain("root:");
	}

	@Test
	void billionLaughsSitemapIsRefusedQuickly() {
		assertThatThrownBy(() -> parse("billion-laughs-sitemap.xml")).isInstanceOf(ParseFailed.class)
			.hasMessageContaining("bị từ chối");
	}

	@Test
	void malformedXmlIsAClearError() {
		byte[] broken = "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>https://baosongcau.vn/a.html</url>"
			.getBytes(StandardCharsets.UTF_8);
		assertThatThrownBy(() -> parser.parse(broken, "https://baosongcau.vn/sitemap.xml")).isInstanceOf(ParseFailed.class)
			.hasMessageContaining("Không đọc được sơ đồ trang");
	}

	@Test
	void nothingAtAllIsAnEmptySitemap() {
		assertThatThrownBy(() -> parser.parse(new byte[0], "https://baosongcau.vn/sitemap.xml"))
			.isInstanceOf(ParseFailed.class)
			.hasMessageContaining("trống");
	}

}
