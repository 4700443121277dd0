package vn.tuyengiao.monitor.internal.parse;

import java.time.Instant;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import vn.tuyengiao.monitor.internal.parse.PageExtractor.Page;

import static org.assertj.core.api.Assertions.assertThat;

class PageExtractorTests {

	private final PageExtractor extractor = new PageExtractor();

	private Page page(String fixture, String url) {
		return extractor.extract(Fixtures.text("pages/" + fixture), url);
	}

	@Nested
	class ProvincialNewsArticle {

		private final Page page = page("provincial-article.html",
				"https://baosongcau.vn/thoi-su/hoi-nghi-tong-ket-cong-tac-tuyen-giao-nam-2022-62718.html?zarsrc=31");

		@Test
		void keepsTheArticleParagraphsWithTheLeadFirst() {
			assertThat(page.text()).startsWith("(BSC) - Sáng 10/4, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị")
				.contains("Công tác nắm bắt dư luận xã hội được duy trì thường xuyên")
				.contains("khen thưởng 12 tập thể và 20 cá nhân");
		}

		@Test
		void separatesParagraphsWithABlankLine() {
			assertThat(page.text()).contains("định hướng thông tin trước những vấn đề dư luận quan tâm.\n\nCông tác nắm bắt");
		}

		@Test
		void leavesOutMenusRelatedNewsCommentsAndFooter() {
			assertThat(page.text()).doesNotContain("Trang chủ", "Đăng nhập", "Xây dựng Đảng", "Tin liên quan",
					"Sơ kết công tác tuyên giáo 6 tháng", "Tin khác", "Khởi công xây dựng cầu", "Đọc nhiều",
					"Chia sẻ", "Bình luận", "Bài viết rất hay", "Cơ quan chủ quản", "Giấy phép", "Từ khóa",
					"Quang cảnh hội nghị", "gtag", "Thứ Sáu, 14/04/2023", "Thứ Hai, 10/04/2023");
		}

		@Test
		void readsTheTitleAuthorAndTimeAReaderSees() {
			assertThat(page.title()).isEqualTo("Hội nghị tổng kết công tác tuyên giáo năm 2022");
			assertThat(page.author()).isEqualTo("Minh Anh");
			assertThat(page.publishedAt()).isEqualTo(Instant.parse("2023-04-10T01:30:00Z"));
		}

		@Test
		void takesTheDeclaredCanonicalWithoutTrackingParameters() {
			assertThat(page.url())
				.isEqualTo("https://baosongcau.vn/thoi-su/hoi-nghi-tong-ket-cong-tac-tuyen-giao-nam-2022-62718.html");
		}

		@Test
		void isVietnamese() {
			assertThat(page.language()).isEqualTo("vi");
		}

	}

	@Nested
	class GovernmentPortalInTables {

		private final Page page = page("government-portal.html",
				"https://songcau.gov.vn/Pages/chi-tiet-tin.aspx?ItemID=4521");

		@Test
		void findsTheBodyByItsProseAmongLayoutTables() {
			assertThat(page.text()).startsWith("Thực hiện Nghị quyết số 15-NQ/TU ngày 20/3/2023")
				.contains("hoàn thiện hạ tầng số")
				.contains("định kỳ hằng quý báo cáo kết quả thực hiện.")
				.doesNotContain("Giới thiệu chung", "Thủ tục hành chính", "Các tin đã đưa", "cải cách hành chính",
						"Cơ quan chủ quản", "0209.3870.123", "__VIEWSTATE");
		}

		@Test
		void takesTheTitleWithoutThePortalName() {
			assertThat(page.title()).isEqualTo("Triển khai thực hiện Nghị quyết số 15-NQ/TU về chuyển đổi số");
		}

		@Test
		void readsThePostingDateAndTimeNotTheResolutionDate() {
			assertThat(page.publishedAt()).isEqualTo(Instant.parse("2023-06-05T08:20:00Z"));
		}

		@Test
		void takesTheSignatureAsAuthor() {
			assertThat(page.author()).isEqualTo("Văn phòng UBND tỉnh");
		}

		@Test
		void keepsTheFetchedUrlWhenNoCanonicalIsDeclared() {
			assertThat(page.url()).isEqualTo("https://songcau.gov.vn/Pages/chi-tiet-tin.aspx?ItemID=4521");
		}

	}

	@Nested
	class ForumThread {

		private final Page page = page("forum-post.html",
				"https://diendansongcau.vn/threads/duong-len-ban-na-phai-da-duoc-be-tong-hoa.18842/page-1");

		@Test
		void takesTheOpeningPostWithoutSignatureOrForumChrome() {
			assertThat(page.text()).contains("Hôm nay mình về thăm bản Nà Phai")
				.contains("Giờ thì sáng nào các cháu cũng đạp xe đến trường")
				.doesNotContain("Quê hương là chùm khế ngọt", "Điều khoản", "Có gì mới", "Thành viên tích cực",
						"Đăng ký");
		}

		@Test
		void readsTitleTimeAndPoster() {
			assertThat(page.title()).isEqualTo("Đường lên bản Nà Phai đã được bê tông hóa");
			assertThat(page.publishedAt()).isEqualTo(Instant.parse("2023-05-20T14:15:00Z"));
			assertThat(page.author()).isEqualTo("nguoibannaphai");
			assertThat(page.url())
				.isEqualTo("https://diendansongcau.vn/threads/duong-len-ban-na-phai-da-duoc-be-tong-hoa.18842/");
		}

	}

	@Nested
	class PageRenderedByScript {

		private final Page page = page("jsonld-only.html", "https://baosongcau.vn/kinh-te/che-shan-tuyet-xuat-khau-62801.html");

		@Test
		void takesTheTextFromJsonLdInParagraphs() {
			assertThat(page.text()).startsWith("Ngày 1/7, Hợp tác xã chè Shan tuyết Bằng Phúc xuất khẩu")
				.contains("sang thị trường châu Âu, mở ra hướng đi mới cho sản phẩm chè đặc sản của địa phương.\n\nĐể đạt")
				.doesNotContain("JavaScript");
		}

		@Test
		void takesHeadlineAuthorsAndDateFromJsonLd() {
			assertThat(page.title()).isEqualTo("Hợp tác xã chè Shan tuyết xuất khẩu lô hàng đầu tiên sang châu Âu");
			assertThat(page.author()).isEqualTo("Thu Hà, Quốc Tuấn");
			assertThat(page.publishedAt()).isEqualTo(Instant.parse("2023-07-02T00:00:00Z"));
			assertThat(page.language()).isEqualTo("vi");
		}

	}

	@Nested
	class EnglishArticle {

		private final Page page = page("english-article.html",
				"https://vietnamdailyreport.example/business/song-cau-opens-border-trade-zone-20230815.html");

		@Test
		void keepsTheStoryWithoutRelatedStoriesOrChrome() {
			assertThat(page.text()).startsWith("The northern province of Song Cau on Tuesday opened")
				.contains("where trucks sometimes waited for days")
				.doesNotContain("Related stories", "Exports rise", "Subscribe", "All rights reserved", "Politics");
		}

		@Test
		void readsBylineTimeAndLanguage() {
			assertThat(page.title()).isEqualTo("Song Cau province opens new border trade zone");
			assertThat(page.author()).isEqualTo("John Tran");
			assertThat(page.publishedAt()).isEqualTo(Instant.parse("2023-08-15T03:45:00Z"));
			assertThat(page.language()).isEqualTo("en");
		}

	}

	@Nested
	class PageWithLittleText {

		private final Page page = page("thin-page.html", "https://baosongcau.vn/video/le-hoi-long-tong-quang-thuan-9001.html");

		@Test
		void givesTheLittleThereIsAndNoChrome() {
			assertThat(page.text()).contains("Lễ hội diễn ra sáng mùng 8 tháng Giêng tại xã Quang Thuận.")
				.doesNotContain("Trang chủ", "Podcast", "Hội chợ xuân", "Cơ quan chủ quản");
			assertThat(page.title()).isEqualTo("Video: Lễ hội Lồng tồng xã Quang Thuận");
			assertThat(page.language()).isEqualTo("vi");
			assertThat(page.publishedAt()).isNull();
		}

	}

	@Test
	void vietnameseTextUnderAnEnglishTemplateIsVietnamese() {
		Page page = extractor.extract("""
				<html lang="en"><body><article><h1>Khánh thành trường mầm non xã Cao Sơn</h1>
				<p>Sáng 5/9, xã Cao Sơn tổ chức lễ khánh thành trường mầm non mới với 6 phòng học, đáp ứng nhu cầu học tập
				của hơn 150 cháu trong xã. Công trình có tổng vốn đầu tư 5 tỷ đồng từ ngân sách tỉnh.</p></article></body></html>
				""", "https://baosongcau.vn/giao-duc/khanh-thanh-truong-mam-non-cao-son-1.html");
		assertThat(page.language()).isEqualTo("vi");
	}

	@Test
	void aCanonicalPointingToTheHomePageIsIgnored() {
		Page page = extractor.extract("<html><head><link rel=canonical href='https://baosongcau.vn/'></head><body><p>Tin</p></body></html>",
				"https://baosongcau.vn/xa-hoi/tin-ngan-1.html");
		assertThat(page.url()).isEqualTo("https://baosongcau.vn/xa-hoi/tin-ngan-1.html");
	}

	@Test
	void aReprintKeepsItsOwnUrlThoughItsCanonicalNamesTheOriginal() {
		Page page = extractor.extract(
				"<html><head><link rel=canonical href='https://baotrunguong.example.vn/bai-goc-1.html'></head><body><p>Tin</p></body></html>",
				"https://baosongcau.vn/xa-hoi/dang-lai-1.html");
		assertThat(page.url()).isEqualTo("https://baosongcau.vn/xa-hoi/dang-lai-1.html");
	}

	@Test
	void emptyHtmlGivesAnEmptyPageNotAnError() {
		Page page = extractor.extract("", "https://baosongcau.vn/trong.html");
		assertThat(page.text()).isEmpty();
		assertThat(page.title()).isNull();
		assertThat(page.language()).isEqualTo("other");
	}

}
