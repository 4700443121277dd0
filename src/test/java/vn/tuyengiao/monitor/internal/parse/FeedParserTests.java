package vn.tuyengiao.monitor.internal.parse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FeedParserTests {

	private final FeedParser parser = new FeedParser();

	private ParseResult parse(String fixture, String url) {
		return parser.parse(Fixtures.bytes("feeds/" + fixture), url);
	}

	@Nested
	class Rss2 {

		private final ParseResult result = parse("rss2-tin-moi.xml", "https://baosongcau.vn/rss/tin-moi.rss");

		@Test
		void readsEachGoodItemInFeedOrder() {
			assertThat(result.entries()).extracting(Entry::url)
				.containsExactly("https://baosongcau.vn/thoi-su/hoi-nghi-tong-ket-cong-tac-tuyen-giao-nam-2022-62718.html",
						"https://baosongcau.vn/thoi-su/khoi-cong-cau-bac-song-cau-62700.html",
						"https://baosongcau.vn/thoi-su/ky-hop-chuyen-de-hdnd-tinh-62690.html");
		}

		@Test
		void takesTheFullTextFromContentEncodedAndTheSummaryFromTheDescription() {
			Entry first = result.entries().get(0);
			assertThat(first.title()).isEqualTo("Hội nghị tổng kết công tác tuyên giáo năm 2022");
			assertThat(first.author()).isEqualTo("Minh Anh");
			assertThat(first.guid()).isEqualTo("bsc-62718");
			assertThat(first.publishedAt()).isEqualTo(Instant.parse("2023-04-10T01:30:00Z"));
			assertThat(first.summary())
				.isEqualTo("Sáng 10/4, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết công tác năm 2022.");
			assertThat(first.text()).isEqualTo("Năm 2022, công tác tuyên giáo trên địa bàn tỉnh được triển khai đồng bộ.\n\n"
					+ "Dịp này, Ban Tuyên giáo Tỉnh ủy đã khen thưởng 12 tập thể và 20 cá nhân.");
			assertThat(first.sourceLine()).isEqualTo(8);
		}

		@Test
		void resolvesARelativeLinkReadsADayFirstDateAsVietnamTimeAndTheNameInAnRssAuthor() {
			Entry second = result.entries().get(1);
			assertThat(second.url()).isEqualTo("https://baosongcau.vn/thoi-su/khoi-cong-cau-bac-song-cau-62700.html");
			assertThat(second.publishedAt()).isEqualTo(Instant.parse("2023-04-10T00:15:00Z"));
			assertThat(second.author()).isEqualTo("Quốc Tuấn");
			assertThat(second.summary()).contains("lễ khởi công cầu bắc qua sông Cầu");
			assertThat(second.text()).isNull();
		}

		@Test
		void takesAPermalinkGuidAsTheLink() {
			Entry third = result.entries().get(2);
			assertThat(third.publishedAt()).isEqualTo(Instant.parse("2023-04-09T15:00:00Z"));
			assertThat(third.guid()).isEqualTo("https://baosongcau.vn/thoi-su/ky-hop-chuyen-de-hdnd-tinh-62690.html");
		}

		@Test
		void recordsEachBadItemAtItsLineAndKeepsTheOthers() {
			assertThat(result.problems()).hasSize(2);
			assertThat(result.problems()).extracting(EntryProblem::position).containsExactly(24, 33);
			assertThat(result.problems().get(0).reason()).contains("Mục thứ 3").contains("không có đường dẫn");
			assertThat(result.problems().get(1).reason()).contains("Mục thứ 5").contains("javascript");
		}

	}

	@Test
	void readsAtomWithHtmlContentAndZonelessUpdatedTime() {
		ParseResult result = parse("atom-thong-bao.xml", "https://songcau.gov.vn/feeds/thong-bao.atom");
		assertThat(result.problems()).isEmpty();
		Entry first = result.entries().get(0);
		assertThat(first.url()).isEqualTo("https://songcau.gov.vn/Pages/chi-tiet-tin.aspx?ItemID=4521");
		assertThat(first.author()).isEqualTo("Văn phòng UBND tỉnh");
		assertThat(first.publishedAt()).isEqualTo(Instant.parse("2023-06-05T08:20:00Z"));
		assertThat(first.text()).startsWith("Thực hiện Nghị quyết số 15-NQ/TU").contains("\n\nMục tiêu đến năm 2025");
		assertThat(first.summary()).isEqualTo("UBND tỉnh ban hành Kế hoạch triển khai Nghị quyết 15-NQ/TU.");
		assertThat(first.guid()).isEqualTo("tag:songcau.gov.vn,2023:4521");
		assertThat(result.entries().get(1).publishedAt()).isEqualTo(Instant.parse("2023-06-07T01:00:00Z"));
	}

	@Test
	void readsRss1WithADublinCoreDateInVietnamTime() {
		ParseResult result = parse("rss1-rdf.xml", "https://tapchisongcau.vn/rss");
		assertThat(result.entries()).singleElement().satisfies(entry -> {
			assertThat(entry.title()).isEqualTo("Lễ hội Lồng tồng năm 2023");
			assertThat(entry.author()).isEqualTo("Hoàng Lan");
			assertThat(entry.publishedAt()).isEqualTo(Instant.parse("2023-01-29T01:00:00Z"));
		});
	}

	@Test
	void readsAnOldNetscapeFeedWithoutFetchingItsDtd() {
		ParseResult result = parse("rss091-netscape.xml", "http://songcau.example/rss.xml");
		assertThat(result.entries()).singleElement().satisfies(entry -> {
			assertThat(entry.title()).isEqualTo("Café owners welcome new pedestrian street");
			assertThat(entry.summary()).isEqualTo("Café and shop owners welcomed the new pedestrian street.");
		});
	}

	@Nested
	class HostileOrBrokenFeeds {

		@Test
		void feedWithExternalEntityIsRefusedWithoutReadingTheFile() {
			assertThatThrownBy(() -> parse("xxe-file.xml", "https://attacker.example/rss"))
				.isInstanceOf(ParseFailed.class)
				.hasMessageContaining("DOCTYPE")
				.hasMessageContaining("XXE")
				.message()
				.doesNotContain("root:");
		}

		@Test
		void billionLaughsIsRefusedQuickly() {
			assertThatThrownBy(() -> parse("billion-laughs.xml", "https://attacker.example/rss"))
				.isInstanceOf(ParseFailed.class)
				.hasMessageContaining("bị từ chối")
				.hasMessageContaining("bom thực thể");
		}

		/** A feed whose DOCTYPE names a DTD file with the given content, and whose one item has the title given. */
		private byte[] feedWithExternalDtd(Path dir, String dtdContent, String title) throws IOException {
			Path dtd = dir.resolve("external.dtd");
			Files.writeString(dtd, dtdContent);
			return """
					<?xml version="1.0"?>
					<!DOCTYPE rss SYSTEM "%s">
					<rss version="2.0"><channel><title>T</title><link>https://a.example/</link><description>d</description>
					<item><title>%s</title><link>https://a.example/tin.html</link></item></channel></rss>
					""".formatted(dtd.toUri(), title).getBytes(StandardCharsets.UTF_8);
		}

		@Test
		void anExternalDtdIsNeverLoaded(@TempDir Path dir) throws IOException {
			byte[] feed = feedWithExternalDtd(dir, "this is not a DTD at all <<<", "Tin");
			assertThat(parser.parse(feed, null).entries()).hasSize(1);
		}

		@Test
		void anEntityFromAnExternalDtdIsNotExpanded(@TempDir Path dir) throws IOException {
			byte[] feed = feedWithExternalDtd(dir, "<!ENTITY secret \"TOP-SECRET\">", "&secret;");
			assertThatThrownBy(() -> parser.parse(feed, null)).isInstanceOf(ParseFailed.class)
				.hasMessageContaining("không phải XML hợp lệ")
				.message()
				.doesNotContain("TOP-SECRET");
		}

		@Test
		void malformedXmlSaysWhereItBreaks() {
			assertThatThrownBy(() -> parse("malformed.xml", "https://baosongcau.vn/rss"))
				.isInstanceOf(ParseFailed.class)
				.hasMessageStartingWith("Nguồn tin không phải XML hợp lệ: lỗi ở dòng");
		}

		@Test
		void anHtmlPageIsNotAFeed() {
			byte[] html = "<html><head><title>Trang chủ</title></head><body><p>Xin chào</p></body></html>"
				.getBytes(StandardCharsets.UTF_8);
			assertThatThrownBy(() -> parser.parse(html, "https://baosongcau.vn/"))
				.isInstanceOf(ParseFailed.class)
				.hasMessageContaining("không phải RSS hay Atom")
				.hasMessageContaining("<html>");
		}

		@Test
		void nothingAtAllIsAnEmptySource() {
			assertThatThrownBy(() -> parser.parse(new byte[0], "https://baosongcau.vn/rss"))
				.isInstanceOf(ParseFailed.class)
				.hasMessageContaining("trống");
		}

		@Test
		void theSameParserReadsAGoodFeedAfterRefusingAnAttack() {
			assertThatThrownBy(() -> parse("billion-laughs.xml", "https://attacker.example/rss"))
				.isInstanceOf(ParseFailed.class);
			assertThat(parse("rss1-rdf.xml", "https://tapchisongcau.vn/rss").entries()).hasSize(1);
		}

	}

}
