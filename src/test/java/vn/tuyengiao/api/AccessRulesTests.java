package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import vn.tuyengiao.access.Accounts;
import vn.tuyengiao.access.Role;
import vn.tuyengiao.access.RoleGrant;

/**
 * Who reads what, as the users notice it: rights come from role and unit together, collaborators and reporters
 * see no monitoring, and the pages they cannot open are neither offered nor answered with a broken message.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessRulesTests {

	static final String TWO_UNITS = "viewer-babe-reporter-pacnam";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	long baBe;

	long pacNam;

	@BeforeEach
	void twoUnitUser() throws Exception {
		baBe = Api.unitId(port, "Ba Bể");
		pacNam = Api.unitId(port, "Pác Nặm");
		if (Api.basic(port, TWO_UNITS, ApiContractTests.PASSWORD).get("/api/me").status() == 401) {
			accounts.create(TWO_UNITS, "Người hai đơn vị", ApiContractTests.PASSWORD, false,
					List.of(new RoleGrant(Role.VIEWER, baBe), new RoleGrant(Role.REPORTER, pacNam)));
		}
	}

	HttpResponse<String> page(String username, String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
				.header("Authorization", "Basic " + Base64.getEncoder()
					.encodeToString((username + ":" + ApiContractTests.PASSWORD).getBytes(StandardCharsets.UTF_8)))
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void aReporterAskingForTheUserAdministrationGetsAVietnameseRefusalWithTheMenuAndAWayBack() throws Exception {
		HttpResponse<String> refused = page("babe", "/admin/users");

		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("Không có quyền truy cập", "Bạn không có quyền truy cập trang này.")
			.contains("id=\"user-menu\"", "id=\"error-home\"", "id=\"error-back\"")
			.doesNotContain("??");
	}

	@Test
	void aPageThatDoesNotExistSaysSoInVietnamese() throws Exception {
		HttpResponse<String> missing = page("babe", "/khong-co-trang-nay");

		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.body()).contains("Không tìm thấy trang.", "id=\"error-home\"").doesNotContain("??");
	}

	@Test
	void aViewerInOneDistrictAndReporterInAnotherReadsTheMonitoringOfTheFirstOnly() throws Exception {
		Api admin = Api.basic(port, "admin", ApiContractTests.PASSWORD);
		long pacNamTopic = admin.post("/api/topics", "{\"name\":\"Chủ đề Pác Nặm (quyền)\",\"query\":\"Pác Nặm\",\"ownerUnitId\":"
				+ pacNam + "}").json().get("id").asLong();
		long baBeTopic = admin.post("/api/topics", "{\"name\":\"Chủ đề Ba Bể (quyền)\",\"query\":\"Ba Bể\",\"ownerUnitId\":"
				+ baBe + "}").json().get("id").asLong();
		long pacNamSource = admin.post("/api/sources", "{\"name\":\"Tệp Pác Nặm (quyền)\",\"type\":\"IMPORT\",\"ownerUnitId\":"
				+ pacNam + "}").json().get("id").asLong();
		Api both = Api.basic(port, TWO_UNITS, ApiContractTests.PASSWORD);

		assertThat(both.get("/api/topics/" + baBeTopic).status()).isEqualTo(200);
		assertThat(both.get("/api/topics/" + pacNamTopic).status()).isEqualTo(404);
		assertThat(both.get("/api/topics/" + pacNamTopic + "/matches").status()).isEqualTo(404);
		assertThat(both.get("/api/sources/" + pacNamSource).status()).isEqualTo(404);
		assertThat(names(both.get("/api/topics").json())).contains("Chủ đề Ba Bể (quyền)")
			.doesNotContain("Chủ đề Pác Nặm (quyền)");
		assertThat(names(both.get("/api/sources").json())).doesNotContain("Tệp Pác Nặm (quyền)");
		// the reporter of Pác Nặm has no monitoring role at all
		assertThat(Api.basic(port, "pacnam", ApiContractTests.PASSWORD).get("/api/topics/" + pacNamTopic).status())
			.isEqualTo(403);
	}

	@Test
	void aCollaboratorsGrantAddsNoMeetingOrTaskToWhatAViewerElsewhereReads() throws Exception {
		long province = Api.unitId(port, "Tỉnh ủy Bắc Kạn");
		String username = "ctv-tinh-xem-pacnam";
		if (Api.basic(port, username, ApiContractTests.PASSWORD).get("/api/me").status() == 401) {
			accounts.create(username, "Cộng tác viên tỉnh, người xem Pác Nặm", ApiContractTests.PASSWORD, false,
					List.of(new RoleGrant(Role.COLLABORATOR, province), new RoleGrant(Role.VIEWER, pacNam)));
		}
		Api mixed = Api.basic(port, username, ApiContractTests.PASSWORD);
		assertThat(Api.basic(port, "truongban", ApiContractTests.PASSWORD).get("/api/briefings").json())
			.as("the province's meetings exist").anyMatch(m -> m.get("unitId").asLong() == province);

		assertThat(mixed.get("/api/briefings").json()).noneMatch(m -> m.get("unitId").asLong() == province);
		for (var task : mixed.get("/api/tasks").json()) {
			boolean pacNamsTask = task.get("leadUnitId").asLong() == pacNam
					|| task.get("cooperatingUnitIds").valueStream().anyMatch(u -> u.asLong() == pacNam);
			assertThat(pacNamsTask).as(task.get("title").asString()).isTrue();
		}
	}

	@Test
	void aCollaboratorReadsNoMonitoringAndNoCases() throws Exception {
		Api collaborator = Api.basic(port, "ctv01", ApiContractTests.PASSWORD);

		for (String path : List.of("/api/items?q=bac", "/api/sources", "/api/topics", "/api/cases", "/api/stories?rising=24h")) {
			Api.Response refused = collaborator.get(path);
			assertThat(refused.status()).as(path).isEqualTo(403);
			assertThat(refused.contentType()).startsWith("application/problem+json");
		}
	}

	@Test
	void menusAndHomeCardsOfferOnlyWhatTheRoleOpens() throws Exception {
		String reporter = page("babe", "/").body();
		String collaborator = page("ctv01", "/").body();
		String specialist = page("chuyenvien", "/").body();

		for (String monitoring : List.of("/monitor/items", "/monitor/overview", "/monitor/topics", "/monitor/sources",
				"/monitor/imports", "/response/cases", "/pillars/monitor", "/pillars/response")) {
			assertThat(reporter).as(monitoring).doesNotContain("href=\"" + monitoring + "\"");
			assertThat(collaborator).as(monitoring).doesNotContain("href=\"" + monitoring + "\"");
			assertThat(specialist).as(monitoring).contains("href=\"" + monitoring + "\"");
		}
		assertThat(reporter).contains("href=\"/reports\"", "href=\"/pillars/cycle\"");
		assertThat(collaborator).doesNotContain("href=\"/reports\"", "href=\"/briefings\"", "href=\"/pillars/cycle\"")
			.contains("href=\"/pillars/opinion\"");
		assertThat(page("babe", "/pillars/monitor").statusCode()).isEqualTo(403);
		assertThat(page("babe", "/monitor/items").statusCode()).isEqualTo(403);
	}

	@Test
	void theTokenPageShowsANewTokensSecretOnceAndListsTheToken() throws Exception {
		PageSession session = PageSession.signedIn(port, "chuyenvien", ApiContractTests.PASSWORD);
		session.get("/account/tokens");

		HttpResponse<String> created = session.post("/account/tokens", "name=M%C3%A1y+b%C3%A1o+c%C3%A1o");
		assertThat(created.statusCode()).isEqualTo(302);
		HttpResponse<String> shown = session.get("/account/tokens");
		HttpResponse<String> again = session.get("/account/tokens");

		assertThat(shown.statusCode()).isEqualTo(200);
		assertThat(shown.body()).contains("id=\"token-secret\"", "Máy báo cáo", "tg_");
		String secret = shown.body().replaceAll("(?s).*id=\"token-secret\">([^<]+)<.*", "$1");
		assertThat(Api.bearer(port, secret).get("/api/me").json().get("username").asString()).isEqualTo("chuyenvien");
		assertThat(again.statusCode()).isEqualTo(200);
		assertThat(again.body()).contains("Máy báo cáo").doesNotContain("id=\"token-secret\"").doesNotContain(secret);
	}

	private static List<String> names(JsonNode list) {
		return list.valueStream().map(node -> node.get("name").asString()).toList();
	}

}
