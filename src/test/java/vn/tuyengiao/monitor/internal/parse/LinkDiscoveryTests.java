package vn.tuyengiao.monitor.internal.parse;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LinkDiscoveryTests {

	private final LinkDiscovery discovery = new LinkDiscovery();

	private final List<String> links = discovery.articleLinks(Fixtures.text("pages/section-page.html"),
			"https://baosongcau.vn/thoi-su");

	@Test
	void findsTheArticlesOfTheSiteOnceEachInPageOrder() {
		assertThat(links).containsExactly(
				"https://baosongcau.vn/thoi-su/hoi-nghi-tong-ket-cong-tac-tuyen-giao-nam-2022-62718.html",
				"https://baosongcau.vn/thoi-su/khoi-cong-cau-bac-song-cau-62700.html",
				"https://video.baosongcau.vn/phong-su/mot-ngay-voi-bo-doi-bien-phong-cua-khau.html",
				"https://baosongcau.vn/Pages/chi-tiet-tin.aspx?ItemID=4521",
				"https://baosongcau.vn/thoi-su/dan-van-kheo");
	}

	@Test
	void leavesOutMenusCategoriesTagsFilesOtherSitesAndPaging() {
		assertThat(links).noneMatch(url -> url.contains("baokhac") || url.contains("facebook") || url.contains("/tag/")
				|| url.contains("tu-khoa") || url.endsWith(".pdf") || url.contains("trang-2") || url.contains("chinh-tri")
				|| url.contains("dang-nhap") || url.contains("99001") || url.contains("88888") || url.contains("lien-he"));
	}

	@Test
	void aPageWithoutLinksGivesNone() {
		assertThat(discovery.articleLinks("<p>Không có liên kết</p>", "https://baosongcau.vn/thoi-su")).isEmpty();
		assertThat(discovery.articleLinks(null, "https://baosongcau.vn/thoi-su")).isEmpty();
	}

	@Test
	void refusesAPageUrlThatIsNotAWebUrl() {
		assertThatThrownBy(() -> discovery.articleLinks("<a href='/a-1.html'>a</a>", "/thoi-su")).isInstanceOf(InvalidUrl.class);
	}

}
