package vn.tuyengiao.demo;

import java.util.List;
import java.util.Optional;

/**
 * The invented news outlets of the demo, served by the platform itself under {@value #BASE} so that
 * information monitoring can be tried without the internet. Every display name ends in
 * {@code (minh họa)}; the items they carry are in {@code demo/monitor/items.jsonl}.
 */
final class DemoOutlets {

	static final String BASE = "/demo-outlets";

	/** The import file of the social outlet's posts (CSV: url, title, text, published_at, author, platform). */
	static final String SOCIAL_EXPORT = BASE + "/export/bai-dang-mang-xa-hoi.csv";

	enum Kind {
		PRESS, GOVERNMENT, FORUM, SOCIAL, OTHER
	}

	/** How a monitor finds the outlet's items: a feed, a news sitemap, a section page, or an import file. */
	enum FeedType {
		RSS, ATOM, SITEMAP, PAGE, CSV
	}

	/** A section of an outlet: its path segment and its menu label. */
	record Section(String key, String label) {
	}

	/**
	 * One outlet: its key (the path segment), display name, kind, language, the path of its feed (or section
	 * page, or import file) relative to the server, the type of that path, and its sections for the menu.
	 */
	record Outlet(String key, String name, Kind kind, String language, String feedPath, FeedType feedType,
			List<Section> sections) {

		public String sectionLabel(String section) {
			return sections.stream().filter(s -> s.key().equals(section)).map(Section::label).findFirst().orElse(section);
		}

		public String articlePath(String slug) {
			return BASE + "/" + key + "/bai/" + slug + ".html";
		}

		public String sectionPath(String section) {
			return BASE + "/" + key + "/" + section;
		}

	}

	static final List<Outlet> ALL = List.of(
			new Outlet("bao-ban-mai", "Báo Ban Mai Bắc Kạn (minh họa)", Kind.PRESS, "vi",
					BASE + "/bao-ban-mai/rss.xml", FeedType.RSS,
					List.of(new Section("thoi-su", "Thời sự"), new Section("xay-dung-dang", "Xây dựng Đảng"),
							new Section("kinh-te", "Kinh tế"), new Section("van-hoa-xa-hoi", "Văn hóa - Xã hội"),
							new Section("ban-doc", "Bạn đọc"))),
			new Outlet("truyen-hinh-song-cau", "Đài Phát thanh - Truyền hình Sông Cầu (minh họa)", Kind.PRESS, "vi",
					BASE + "/truyen-hinh-song-cau/atom.xml", FeedType.ATOM,
					List.of(new Section("thoi-su", "Thời sự"), new Section("kinh-te", "Kinh tế"),
							new Section("xa-hoi", "Xã hội"), new Section("trong-nuoc", "Trong nước"))),
			new Outlet("cong-tinh", "Cổng thông tin điện tử tỉnh Bắc Kạn (minh họa)", Kind.GOVERNMENT, "vi",
					BASE + "/cong-tinh/sitemap.xml", FeedType.SITEMAP,
					List.of(new Section("tin-tuc", "Tin tức - Sự kiện"), new Section("chinh-sach", "Chính sách"),
							new Section("thong-bao", "Thông báo"))),
			new Outlet("cong-ba-be", "Trang thông tin điện tử huyện Ba Bể (minh họa)", Kind.GOVERNMENT, "vi",
					BASE + "/cong-ba-be/tin-tuc", FeedType.PAGE,
					List.of(new Section("tin-tuc", "Tin tức"), new Section("du-lich", "Du lịch"))),
			new Outlet("dien-dan-nui-rung", "Diễn đàn Núi Rừng Đông Bắc (minh họa)", Kind.FORUM, "vi",
					BASE + "/dien-dan-nui-rung/rss.xml", FeedType.RSS,
					List.of(new Section("chuyen-que", "Chuyện quê"), new Section("hoi-dap", "Hỏi đáp"),
							new Section("mua-ban", "Mua bán"))),
			new Outlet("mang-xa-hoi", "Trang tổng hợp mạng xã hội (minh họa)", Kind.SOCIAL, "vi", SOCIAL_EXPORT,
					FeedType.CSV, List.of(new Section("bai-dang", "Bài đăng"))),
			new Outlet("ba-be-travel", "Ba Be Lake Travel Notes (minh họa)", Kind.OTHER, "en",
					BASE + "/ba-be-travel/rss.xml", FeedType.RSS, List.of(new Section("travel", "Travel"))));

	private DemoOutlets() {
	}

	static Optional<Outlet> find(String key) {
		return ALL.stream().filter(o -> o.key().equals(key)).findFirst();
	}

}
