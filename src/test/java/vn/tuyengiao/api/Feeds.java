package vn.tuyengiao.api;

import java.io.IOException;
import java.net.InetAddress;

import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;

/** Small feeds and pages written for the tests, in the shape provincial news sites publish them. */
final class Feeds {

	private Feeds() {
	}

	/**
	 * A news site on loopback serving {@link #rss} at {@code /rss.xml} and {@link #ARTICLE_PAGE} at
	 * {@code /bai/giao-ban.html}; reachable when {@code tuyengiao.monitor.fetch.allow-hosts=127.0.0.1}.
	 */
	static MockWebServer startSite() throws IOException {
		MockWebServer site = new MockWebServer();
		site.setDispatcher(new Dispatcher() {
			@Override
			public MockResponse dispatch(RecordedRequest request) {
				return switch (request.getUrl().encodedPath()) {
					case "/rss.xml" -> new MockResponse.Builder().code(200)
						.addHeader("Content-Type", "application/rss+xml; charset=UTF-8")
						.body(rss("http://127.0.0.1:" + site.getPort() + "/")).build();
					case "/bai/giao-ban.html" -> new MockResponse.Builder().code(200)
						.addHeader("Content-Type", "text/html; charset=UTF-8").body(ARTICLE_PAGE).build();
					default -> new MockResponse.Builder().code(404).build();
				};
			}
		});
		site.start(InetAddress.getByName("127.0.0.1"), 0);
		return site;
	}

	static String rss(String base) {
		return """
				<?xml version="1.0" encoding="UTF-8"?>
				<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
				<channel>
				<title>Tin Bắc Kạn (thử)</title><link>%1$s</link><description>Tin thử</description>
				<item>
				  <title>Ban Tuyên giáo Tỉnh ủy Bắc Kạn giao ban quý I</title>
				  <link>%1$sbai/giao-ban.html?utm_source=rss</link>
				  <guid>%1$sbai/giao-ban.html</guid>
				  <pubDate>Wed, 12 Apr 2023 08:30:00 +0700</pubDate>
				  <description>Sáng 12/4, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị giao ban công tác tuyên giáo quý I.</description>
				</item>
				<item>
				  <title>Nắm bắt dư luận xã hội ở Ba Bể</title>
				  <link>%1$sbai/du-luan.html</link>
				  <pubDate>Thu, 13 Apr 2023 09:00:00 +0700</pubDate>
				  <description>Tóm tắt</description>
				  <content:encoded><![CDATA[<p>Huyện Ba Bể duy trì mạng lưới cộng tác viên để nắm bắt dư luận xã hội
				  kịp thời, phản ánh tâm tư của nhân dân về các chính sách mới. Trong quý I, các cộng tác viên đã gửi
				  nhiều báo cáo về giá vật tư nông nghiệp, việc làm của thanh niên và công tác bảo vệ rừng. Ban Tuyên
				  giáo Huyện ủy tổng hợp và báo cáo kịp thời lên Ban Tuyên giáo Tỉnh ủy, đồng thời đề xuất các giải
				  pháp tuyên truyền phù hợp với từng thôn bản vùng sâu vùng xa.</p>]]></content:encoded>
				</item>
				<item>
				  <title>Xã hội hoá công tác vệ sinh môi trường ở Chợ Đồn</title>
				  <link>%1$sbai/moi-truong.html</link>
				  <pubDate>Fri, 14 Apr 2023 10:00:00 +0700</pubDate>
				  <content:encoded><![CDATA[<p>Huyện Chợ Đồn đẩy mạnh xã hội hoá công tác thu gom rác thải. Dư luận
				  đồng tình với cách làm mới; nhiều thôn đã lập tổ tự quản, mỗi hộ góp một khoản nhỏ hằng tháng để
				  thuê người thu gom, giữ cho đường làng ngõ xóm sạch đẹp, góp phần xây dựng nông thôn mới bền vững
				  và nâng cao ý thức của người dân trong việc bảo vệ môi trường sống.</p>]]></content:encoded>
				</item>
				</channel>
				</rss>
				""".formatted(base);
	}

	static final String ARTICLE_PAGE = """
			<!DOCTYPE html>
			<html lang="vi"><head><meta charset="utf-8"><title>Giao ban quý I - Tin Bắc Kạn</title>
			<meta property="article:published_time" content="2023-04-12T08:30:00+07:00"></head>
			<body>
			<nav class="menu"><a href="/">Trang chủ</a> <a href="/thoi-su">Thời sự</a> <a href="/xa-hoi">Xã hội</a></nav>
			<article>
			<h1>Ban Tuyên giáo Tỉnh ủy Bắc Kạn giao ban quý I</h1>
			<p>Sáng 12/4/2023, Ban Tuyên giáo Tỉnh ủy Bắc Kạn tổ chức hội nghị giao ban công tác tuyên giáo quý I.</p>
			<p>Trong quý, các huyện ủy đã chủ động nắm bắt tình hình tư tưởng của cán bộ, đảng viên và nhân dân,
			kịp thời định hướng thông tin trên báo chí và mạng xã hội.</p>
			<p>Hội nghị thống nhất các nhiệm vụ trọng tâm của quý II, trong đó có việc đấu tranh phản bác các
			thông tin xấu, độc trên không gian mạng.</p>
			</article>
			<aside class="tin-lien-quan"><h3>Tin liên quan</h3><a href="/bai/khac.html">Một bài khác</a></aside>
			<footer>Liên hệ quảng cáo: 0209 000 000. Bản quyền thuộc Tin Bắc Kạn (thử).</footer>
			</body></html>
			""";

}
