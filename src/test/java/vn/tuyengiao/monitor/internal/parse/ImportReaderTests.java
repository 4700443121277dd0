package vn.tuyengiao.monitor.internal.parse;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.monitor.internal.parse.ImportReader.Preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ImportReaderTests {

	private final ImportReader reader = new ImportReader();

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	@Nested
	class Csv {

		private final ParseResult result = reader.read(Fixtures.bytes("imports/posts.csv"));

		@Test
		void keepsTheGoodRowsWithColumnsInAnyOrderAndCaseDespiteTheByteOrderMark() {
			assertThat(result.entries()).extracting(Entry::url)
				.containsExactly("https://baosongcau.vn/thoi-su/hoi-nghi-tong-ket-62718.html",
						"https://www.facebook.com/baosongcau/posts/pfbid0abc123",
						"https://baosongcau.vn/kinh-te/che-shan-tuyet-62801.html");
		}

		@Test
		void readsQuotedMultiLineTextAndAnOffsetTime() {
			Entry first = result.entries().get(0);
			assertThat(first.title()).isEqualTo("Hội nghị tổng kết công tác tuyên giáo năm 2022");
			assertThat(first.author()).isEqualTo("Minh Anh");
			assertThat(first.publishedAt()).isEqualTo(Instant.parse("2023-04-10T01:30:00Z"));
			assertThat(first.text()).isEqualTo("Sáng 10/4, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tổng kết.\n\n"
					+ "Hội nghị khen thưởng 12 tập thể và 20 cá nhân.");
			assertThat(first.sourceLine()).isEqualTo(2);
		}

		@Test
		void takesAPostWithoutTitleAndADayFirstTimeAsVietnamTime() {
			Entry post = result.entries().get(1);
			assertThat(post.title()).isNull();
			assertThat(post.author()).isNull();
			assertThat(post.text()).contains("\"Tuyên giáo\" là mặt trận quan trọng");
			assertThat(post.publishedAt()).isEqualTo(Instant.parse("2023-04-10T12:45:00Z"));
			assertThat(post.sourceLine()).isEqualTo(5);
		}

		@Test
		void reportsEachMalformedRowByItsLineNumberInVietnamese() {
			assertThat(result.problems()).extracting(EntryProblem::position).containsExactly(6, 7, 9, 10);
			assertThat(result.problems().get(0).reason()).contains("published_at \"hôm qua\" không đúng định dạng");
			assertThat(result.problems().get(1).reason()).startsWith("Thiếu url");
			assertThat(result.problems().get(2).reason()).startsWith("Đường dẫn url không hợp lệ").contains("http");
			assertThat(result.problems().get(3).reason()).isEqualTo("Cần ít nhất title hoặc text.");
		}

		@Test
		void anUnclosedQuoteStopsTheFileAtThatLineButKeepsTheRowsBefore() {
			ParseResult broken = reader.read(utf8("""
					url,title
					https://baosongcau.vn/a-62001.html,Bài một
					https://baosongcau.vn/b-62002.html,"Bài hai chưa đóng ngoặc
					https://baosongcau.vn/c-62003.html,Bài ba
					"""));
			assertThat(broken.entries()).extracting(Entry::title).containsExactly("Bài một");
			assertThat(broken.problems()).singleElement().satisfies(problem -> {
				assertThat(problem.position()).isEqualTo(3);
				assertThat(problem.reason()).contains("dấu ngoặc kép");
			});
		}

		@Test
		void aHeaderWithoutUrlIsRefusedAsAWhole() {
			assertThatThrownBy(() -> reader.read(utf8("link,title\nhttps://a.vn/1.html,Tin\n"))).isInstanceOf(ParseFailed.class)
				.hasMessageContaining("thiếu cột url");
		}

		@Test
		void aHeaderWithNeitherTitleNorTextIsRefusedAsAWhole() {
			assertThatThrownBy(() -> reader.read(utf8("url,author\nhttps://a.vn/1.html,An\n"))).isInstanceOf(ParseFailed.class)
				.hasMessageContaining("title hoặc text");
		}

	}

	@Nested
	class JsonLines {

		private final ParseResult result = reader.read(Fixtures.bytes("imports/posts.jsonl"));

		@Test
		void keepsTheGoodLines() {
			assertThat(result.entries()).extracting(Entry::url)
				.containsExactly("https://baosongcau.vn/thoi-su/hoi-nghi-tong-ket-62718.html",
						"https://zalo.me/baosongcau/post/778899", "https://baosongcau.vn/d-62813.html");
			assertThat(result.entries()).extracting(Entry::sourceLine).containsExactly(1, 3, 9);
		}

		@Test
		void readsFieldsInAnyCaseAndEpochSeconds() {
			Entry first = result.entries().get(0);
			assertThat(first.publishedAt()).isEqualTo(Instant.parse("2023-04-10T01:30:00Z"));
			assertThat(first.text()).contains("\n\nHội nghị khen thưởng");
			Entry zalo = result.entries().get(1);
			assertThat(zalo.text()).isEqualTo("Thông báo lịch tiếp công dân tháng 6.");
			assertThat(zalo.publishedAt()).isEqualTo(Instant.ofEpochSecond(1685926800));
		}

		@Test
		void reportsEachMalformedLineByItsNumberInVietnamese() {
			assertThat(result.problems()).extracting(EntryProblem::position).containsExactly(2, 5, 6, 7, 8);
			assertThat(result.problems()).extracting(EntryProblem::reason)
				.containsExactly("Dòng này không phải JSON hợp lệ.", "Mỗi dòng phải là một đối tượng JSON {...}.",
						"Thiếu url.",
						"Ngày giờ published_at \"31/02/2023\" không đúng định dạng (dùng dạng 2023-04-12T08:30:00+07:00, "
								+ "2023-04-12 08:30, 12/04/2023 08:30, 12/04/2023 hoặc 2023-04-12).",
						"Trường title phải là chuỗi.");
		}

	}

	@Test
	void previewShowsTheFirstEntriesTheCountAndEveryProblem() {
		Preview preview = reader.preview(Fixtures.bytes("imports/posts.csv"), 2);
		assertThat(preview.firstEntries()).hasSize(2);
		assertThat(preview.entryCount()).isEqualTo(3);
		assertThat(preview.problems()).hasSize(4);
	}

	@Test
	void aJsonArrayIsRefusedWithTheFormatToUse() {
		assertThatThrownBy(() -> reader.read(utf8("[{\"url\": \"https://a.vn/1.html\", \"title\": \"Tin\"}]")))
			.isInstanceOf(ParseFailed.class)
			.hasMessageContaining("JSONL");
	}

	@Test
	void anEmptyFileIsRefused() {
		assertThatThrownBy(() -> reader.read(new byte[0])).isInstanceOf(ParseFailed.class).hasMessageContaining("trống");
		assertThatThrownBy(() -> reader.read(utf8("\uFEFF \n"))).isInstanceOf(ParseFailed.class).hasMessageContaining("trống");
	}

}
