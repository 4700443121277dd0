package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

import tools.jackson.databind.JsonNode;

import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;
import vn.tuyengiao.topics.internal.alert.Alerts;
import vn.tuyengiao.topics.internal.alert.TopicMatchNotice;

/**
 * The alert rules of a saved topic and the in-app notifications, as callers of the API see them: versioned
 * rules refused in Vietnamese field by field, the topic's unit deciding who reads and who changes them,
 * and each in-app alert in its recipient's notices only, leading to the alert's items.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class AlertApiTests {

	static final String OTHER_PASSWORD = "mat-khau-dai-2026";

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Accounts accounts;

	@Autowired
	Alerts alerts;

	Api as(String username) {
		return Api.basic(port, username, username.startsWith("alert") ? OTHER_PASSWORD : ApiContractTests.PASSWORD);
	}

	@Test
	void rulesAreReplacedOnlyWithTheVersionTheEditorReadAndNeverShowTheWebhookSecret() throws Exception {
		long topic = topic("Đền bù đất Chợ Mới");
		JsonNode empty = as("chuyenvien").get("/api/topics/" + topic + "/alert-rules").json();
		assertThat(empty.get("version").asLong()).isZero();
		assertThat(empty.get("rules")).isEmpty();

		String rules = """
				{"version":0,"rules":[{"mode":"IMMEDIATE","spikeThreshold":20,"channels":["IN_APP","WEBHOOK"],
				 "recipients":["chuyenvien","TruongBan"],"webhookUrl":"http://127.0.0.1:9/canh-bao",
				 "webhookSecret":"bi-mat-du-dai-cho-hmac"}]}""";
		Api.Response saved = as("chuyenvien").put("/api/topics/" + topic + "/alert-rules", rules);
		Api.Response stale = as("truongban").put("/api/topics/" + topic + "/alert-rules", rules);

		assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		JsonNode rule = saved.json().get("rules").get(0);
		assertThat(saved.json().get("version").asLong()).isEqualTo(1);
		assertThat(rule.get("recipients")).extracting(JsonNode::asString).containsExactly("chuyenvien", "truongban");
		assertThat(rule.get("webhookSecretSet").asBoolean()).isTrue();
		assertThat(saved.body()).doesNotContain("bi-mat-du-dai-cho-hmac");
		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.contentType()).startsWith("application/problem+json");
		assertThat(stale.json().get("detail").asString()).contains("người khác sửa");

		String keepSecret = "{\"version\":1,\"rules\":[{\"id\":" + rule.get("id").asLong() + ",\"mode\":\"DAILY\","
				+ "\"channels\":[\"WEBHOOK\"],\"webhookUrl\":\"http://127.0.0.1:9/canh-bao\"}]}";
		Api.Response changed = as("truongban").put("/api/topics/" + topic + "/alert-rules", keepSecret);
		assertThat(changed.status()).as(changed.body()).isEqualTo(200);
		assertThat(changed.json().get("rules").get(0).get("id").asLong()).isEqualTo(rule.get("id").asLong());
		assertThat(changed.json().get("rules").get(0).get("webhookSecretSet").asBoolean()).isTrue();

		JsonNode audit = as("admin").get("/api/audit?q=monitor-topic:" + topic).json();
		assertThat(audit.get("items")).extracting(e -> e.get("actor").asString()).containsExactlyInAnyOrder("chuyenvien", "truongban");
	}

	@Test
	void invalidRulesAreRefusedInVietnameseNamingEachField() throws Exception {
		long topic = topic("Quy tắc sai");

		Api.Response refused = as("chuyenvien").put("/api/topics/" + topic + "/alert-rules", """
				{"version":0,"rules":[{"mode":"NGAY","spikeThreshold":0,"channels":["SMS","IN_APP","WEBHOOK"],
				 "recipients":["khong-co-ai"],"webhookUrl":"http://10.0.0.5/hook","webhookSecret":"ngan"},
				 {"mode":"HOURLY","channels":["WEBHOOK"],"webhookUrl":"http://localhost:8080/x","webhookSecret":"bi-mat-du-dai-cho-hmac"},
				 {"mode":"DAILY","channels":["EMAIL"],"recipients":[]}]}""");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.contentType()).startsWith("application/problem+json");
		assertThat(refused.json().get("detail").asString()).contains("Quy tắc cảnh báo chưa hợp lệ");
		List<String> fields = new ArrayList<>();
		List<String> messages = new ArrayList<>();
		refused.json().get("errors").forEach(e -> {
			fields.add(e.get("field").asString());
			messages.add(e.get("message").asString());
		});
		assertThat(fields).contains("rules[0].mode", "rules[0].spikeThreshold", "rules[0].channels", "rules[0].recipients",
				"rules[0].webhookUrl", "rules[0].webhookSecret", "rules[1].webhookUrl", "rules[2].recipients");
		assertThat(messages).contains("Không có tài khoản \"khong-co-ai\" đang hoạt động.");
		assertThat(messages).anySatisfy(m -> assertThat(m).contains("10.0.0.5").contains("địa chỉ nội bộ"));
		assertThat(messages).anySatisfy(m -> assertThat(m).contains("localhost").contains("địa chỉ nội bộ"));
		assertThat(as("chuyenvien").get("/api/topics/" + topic + "/alert-rules").json().get("rules")).isEmpty();
	}

	@Test
	void anAnalystOfAnotherDistrictCannotReadOrChangeAProvinceTopicsRulesAndAViewerOnlyReadsThem() throws Exception {
		long topic = topic("Phạm vi");
		account("alertbabe", Role.SPECIALIST, "Ba Bể");
		account("alertxem", Role.VIEWER, "Tỉnh ủy Bắc Kạn");
		String rules = "{\"version\":0,\"rules\":[{\"mode\":\"IMMEDIATE\",\"channels\":[\"IN_APP\"],\"recipients\":[\"alertbabe\"]}]}";

		Api.Response districtReads = as("alertbabe").get("/api/topics/" + topic + "/alert-rules");
		Api.Response districtChanges = as("alertbabe").put("/api/topics/" + topic + "/alert-rules", rules);
		Api.Response viewerReads = as("alertxem").get("/api/topics/" + topic + "/alert-rules");
		Api.Response viewerChanges = as("alertxem").put("/api/topics/" + topic + "/alert-rules", rules);
		Api.Response reporter = as("babe").get("/api/topics/" + topic + "/alert-rules");

		assertThat(districtReads.status()).isEqualTo(404);
		assertThat(districtChanges.status()).isEqualTo(404);
		assertThat(viewerReads.status()).isEqualTo(200);
		assertThat(viewerChanges.status()).isEqualTo(403);
		// a reporter holds no monitoring role anywhere: refused outright, as for the rest of monitoring
		assertThat(reporter.status()).isEqualTo(403);
		assertThat(as("chuyenvien").get("/api/topics/" + topic + "/alert-rules").json().get("version").asLong()).isZero();
	}

	@Test
	void anInAppNotificationIsListedForItsRecipientOnlyWhoMarksItRead() throws Exception {
		long topic = topic("Thông báo");
		Api.Response saved = as("chuyenvien").put("/api/topics/" + topic + "/alert-rules",
				"{\"version\":0,\"rules\":[{\"mode\":\"IMMEDIATE\",\"channels\":[\"IN_APP\"],\"recipients\":[\"truongban\"]}]}");
		assertThat(saved.status()).as(saved.body()).isEqualTo(200);

		alerts.matched(new TopicMatchNotice(topic, item("Nghe nói sắp đền bù đất ở Chợ Mới"), "Nghe nói sắp đền bù đất ở Chợ Mới",
				"https://mxh.example/bai/1", "tin_nhanh_bk", List.of("Nghe nói sắp <mark>đền bù</mark> đất"), Instant.now()));

		JsonNode mine = noticeOf(as("truongban").get("/api/notices?unread=true").json(), topic);
		assertThat(mine).as("the recipient sees it").isNotNull();
		assertThat(mine.get("origin").asString()).isEqualTo("topics");
		assertThat(mine.get("kind").asString()).isEqualTo("immediate");
		assertThat(mine.get("read").asBoolean()).isFalse();
		assertThat(mine.get("message").asString()).contains("Nghe nói sắp đền bù đất ở Chợ Mới");
		assertThat(mine.get("link").asString()).isEqualTo("/monitor/alerts");
		assertThat(noticeOf(as("chuyenvien").get("/api/notices").json(), topic)).as("others do not").isNull();

		long id = mine.get("id").asLong();
		assertThat(as("chuyenvien").post("/api/notices/" + id + "/read", "").status()).isEqualTo(404);
		assertThat(as("truongban").post("/api/notices/" + id + "/read", "").status()).isEqualTo(204);
		assertThat(noticeOf(as("truongban").get("/api/notices?unread=true").json(), topic)).isNull();
		assertThat(noticeOf(as("truongban").get("/api/notices").json(), topic).get("read").asBoolean()).isTrue();
	}

	@Test
	void theDashboardRemindsTheRecipientOfUnreadAlertsAndOpeningOneShowsItsItemsAndMarksItRead() throws Exception {
		long topic = topic("Nhắc trên trang chủ");
		as("chuyenvien").put("/api/topics/" + topic + "/alert-rules",
				"{\"version\":0,\"rules\":[{\"mode\":\"IMMEDIATE\",\"channels\":[\"IN_APP\"],\"recipients\":[\"truongban\"]}]}");
		alerts.matched(new TopicMatchNotice(topic, item("Lễ hội Lồng tồng Ba Bể"), "Lễ hội Lồng tồng Ba Bể",
				"https://bao.example/le-hoi", "Báo Bắc Kạn", List.of("<mark>Lồng tồng</mark> Ba Bể"), Instant.now()));
		PageSession leader = PageSession.signedIn(port, "truongban", ApiContractTests.PASSWORD);

		String dashboard = leader.get("/").body();
		long id = noticeOf(as("truongban").get("/api/notices?unread=true").json(), topic).get("id").asLong();
		leader.get("/notices");
		HttpResponse<String> opened = leader.post("/notices/" + id + "/open", "");
		String page = leader.get("/monitor/alerts").body();

		assertThat(dashboard).contains("thông báo chưa đọc").contains("/notices");
		assertThat(opened.statusCode()).isEqualTo(302);
		assertThat(opened.headers().firstValue("Location").orElse("")).endsWith("/monitor/alerts");
		assertThat(page).contains("Lễ hội Lồng tồng Ba Bể").contains("Lồng tồng Ba Bể").doesNotContain("&lt;mark&gt;");
		assertThat(noticeOf(as("truongban").get("/api/notices?unread=true").json(), topic)).as("read once opened").isNull();
	}

	/** The notice of the topic's alert among a page of the user's notices; its title names the topic. */
	private JsonNode noticeOf(JsonNode page, long topicId) {
		String name = jdbc.queryForObject("select name from monitor_topic where id = ?", String.class, topicId);
		for (JsonNode notice : page.get("items")) {
			if (notice.get("origin").asString().equals("topics") && notice.get("title").asString().contains("«" + name + "»")) {
				return notice;
			}
		}
		return null;
	}

	private void account(String username, Role role, String unitName) throws Exception {
		if (as(username).get("/api/notices/unread-count").status() == 200) {
			return;
		}
		accounts.create(username, "Người thử " + username, OTHER_PASSWORD, false,
				List.of(new RoleGrant(role, Api.unitId(port, unitName))));
	}

	private long topic(String name) throws Exception {
		return insert("insert into monitor_topic (name, query, owner_unit_id, created_by, created_at) values (?, ?, ?, ?, ?)",
				name + " " + System.nanoTime(), "\"đền bù\"", Api.unitId(port, "Tỉnh ủy Bắc Kạn"), "chuyenvien",
				OffsetDateTime.now(ZoneOffset.UTC));
	}

	private long item(String title) throws Exception {
		long source = insert("insert into monitor_source (name, outlet, type, kind, url, language, interval_minutes,"
				+ " owner_unit_id, active, created_at) values (?, 'MXH', 'IMPORT', 'SOCIAL', null, 'vi', 60, ?, true, ?)",
				"Nhập thử " + System.nanoTime(), Api.unitId(port, "Tỉnh ủy Bắc Kạn"), OffsetDateTime.now(ZoneOffset.UTC));
		long n = System.nanoTime();
		return insert("insert into monitor_item (url_key, url, source_id, outlet, kind, title, first_seen_at, updated_at,"
				+ " language, body, content_hash) values (?, ?, ?, 'MXH', 'SOCIAL', ?, ?, ?, 'vi', ?, ?)", "k" + n,
				"https://mxh.example/bai/" + n, source, title, OffsetDateTime.now(ZoneOffset.UTC),
				OffsetDateTime.now(ZoneOffset.UTC), title, "h" + n);
	}

	private long insert(String sql, Object... values) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement statement = connection.prepareStatement(sql, new String[] { "id" });
			for (int i = 0; i < values.length; i++) {
				statement.setObject(i + 1, values[i]);
			}
			return statement;
		}, key);
		return key.getKey().longValue();
	}

}
