package vn.tuyengiao.api;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API as the acceptance checks and outside callers use it: a real server on loopback, HTTP
 * Basic and tokens, problem+json errors in Vietnamese, scope by unit, and the audit of denials.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiContractTests {

	static final String PASSWORD = "tuyengiao2023";

	@LocalServerPort
	int port;

	Api as(String username) {
		return Api.basic(port, username, PASSWORD);
	}

	long unitId(String nameContains) throws Exception {
		return Api.unitId(port, nameContains);
	}

	@Test
	void withoutCredentialsTheApiAnswers401AsProblemJsonInVietnamese() throws Exception {
		Api.Response response = Api.anonymous(port).get("/api/org-units");

		assertThat(response.status()).isEqualTo(401);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).startsWith("Cần đăng nhập");
	}

	@Test
	void adminListsEveryUnitWithIdNameAndParent() throws Exception {
		Api.Response response = as("admin").get("/api/org-units");

		assertThat(response.status()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		for (JsonNode unit : response.json()) {
			assertThat(unit.has("id") && unit.has("name") && unit.has("parentId")).isTrue();
			names.add(unit.get("name").asString());
		}
		assertThat(names).anyMatch(name -> name.contains("Ba Bể")).anyMatch(name -> name.contains("Pác Nặm"));
	}

	@Test
	void districtReporterSeesOnlyTheirOwnBoard() throws Exception {
		JsonNode units = as("babe").get("/api/org-units").json();

		// Ba Bể first, then (if other tests added some) its own communes: nothing of another district
		assertThat(units.get(0).get("name").asString()).isEqualTo("Ban Tuyên giáo Huyện ủy Ba Bể");
		long baBe = units.get(0).get("id").asLong();
		for (int i = 1; i < units.size(); i++) {
			assertThat(units.get(i).get("parentId").asLong()).isEqualTo(baBe);
		}
	}

	@Test
	void anotherDistrictsUnitIsForbiddenAndTheDenialIsAudited() throws Exception {
		long pacNam = unitId("Pác Nặm");

		Api.Response denied = as("babe").get("/api/org-units/" + pacNam);

		assertThat(denied.status()).isEqualTo(403);
		assertThat(denied.contentType()).startsWith("application/problem+json");
		assertThat(denied.body()).doesNotContain("Pác Nặm");
		JsonNode audit = as("admin").get("/api/audit?actor=babe&action=ACCESS_DENIED").json().get("items");
		assertThat(audit).anySatisfy(entry -> {
			assertThat(entry.get("subject").asString()).isEqualTo("GET /api/org-units/" + pacNam);
			assertThat(entry.get("unitId").asLong()).isEqualTo(pacNam);
		});
	}

	@Test
	void onlyAdminsReadTheAuditTrailAndTheRefusalIsItselfAudited() throws Exception {
		assertThat(as("truongban").get("/api/audit").status()).isEqualTo(403);

		JsonNode audit = as("admin").get("/api/audit?actor=truongban").json().get("items");
		assertThat(audit).anySatisfy(entry -> assertThat(entry.get("subject").asString()).isEqualTo("GET /api/audit"));
	}

	@Test
	void aBadValueIsAProblemNamingTheFieldInVietnamese() throws Exception {
		long province = unitId("Tỉnh ủy Bắc Kạn");

		Api.Response response = as("admin").post("/api/org-units", """
				{"parentId": %d, "type": "COMMUNE_BOARD", "name": "", "shortName": "Xã", "validFrom": "2023-01-01"}
				""".formatted(province));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("name");
		assertThat(response.json().get("errors")).anySatisfy(error -> {
			assertThat(error.get("field").asString()).isEqualTo("name");
			assertThat(error.get("message").asString()).isEqualTo("Không được để trống.");
		});
	}

	@Test
	void unreadableJsonIsAProblemNotAStackTrace() throws Exception {
		Api.Response response = as("admin").post("/api/org-units", "{\"parentId\": ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).startsWith("Không đọc được");
		assertThat(response.body()).doesNotContain("Exception");
	}

	@Test
	void adminCreatesAndRenamesAUnitKeepingItsFormerName() throws Exception {
		long baBe = unitId("Ba Bể");
		Api.Response created = as("admin").post("/api/org-units", """
				{"parentId": %d, "type": "COMMUNE_BOARD", "name": "Đảng ủy xã Chu Hương", "shortName": "Chu Hương", "symbol": "ĐU", "validFrom": "2023-01-01"}
				""".formatted(baBe));
		assertThat(created.status()).isEqualTo(201);
		long id = created.json().get("id").asLong();

		Api.Response renamed = as("admin").post("/api/org-units/" + id + "/rename", """
				{"name": "Đảng ủy xã Chu Hương mới", "shortName": "Chu Hương", "symbol": "ĐU", "effectiveOn": "2025-07-01", "version": 0}
				""");
		assertThat(renamed.status()).isEqualTo(200);

		JsonNode history = as("admin").get("/api/org-units/" + id + "/history").json().get("names");
		assertThat(history.get(0).get("name").asString()).isEqualTo("Đảng ủy xã Chu Hương");
		assertThat(history.get(0).get("validTo").asString()).isEqualTo("2025-06-30");
		// the reporter of Ba Bể now sees the new commune too: a role covers the whole subtree
		assertThat(as("babe").get("/api/org-units/" + id).status()).isEqualTo(200);
	}

	@Test
	void anUnknownPathOrMethodIsStillAProblemInVietnamese() throws Exception {
		Api.Response unknown = as("admin").get("/api/khong-co");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.contentType()).startsWith("application/problem+json");
		assertThat(unknown.json().get("detail").asString()).isEqualTo("Không tìm thấy.");

		Api.Response wrongMethod = as("admin").delete("/api/org-units/" + unitId("Ba Bể"));
		assertThat(wrongMethod.status()).isEqualTo(405);
		assertThat(wrongMethod.json().get("detail").asString()).startsWith("Phương thức HTTP");
	}

	@Test
	void mergingBoardsClosesThemAndLinksThemToTheSuccessor() throws Exception {
		long province = unitId("Tỉnh ủy Bắc Kạn");
		long first = as("admin").post("/api/org-units", """
				{"parentId": %d, "type": "OTHER", "name": "Ban Tuyên giáo (thử hợp nhất)", "shortName": "TG", "validFrom": "2023-01-01"}
				""".formatted(province)).json().get("id").asLong();
		long second = as("admin").post("/api/org-units", """
				{"parentId": %d, "type": "OTHER", "name": "Ban Dân vận (thử hợp nhất)", "shortName": "DV", "validFrom": "2023-01-01"}
				""".formatted(province)).json().get("id").asLong();
		long merged = as("admin").post("/api/org-units", """
				{"parentId": %d, "type": "OTHER", "name": "Ban Tuyên giáo và Dân vận (thử hợp nhất)", "shortName": "TGDV", "symbol": "BTGDVTU", "validFrom": "2025-03-03"}
				""".formatted(province)).json().get("id").asLong();

		Api.Response response = as("admin").post("/api/org-units/merge", """
				{"sourceIds": [%d, %d], "targetId": %d, "effectiveOn": "2025-03-03"}
				""".formatted(first, second, merged));

		assertThat(response.status()).isEqualTo(200);
		assertThat(as("admin").get("/api/org-units/" + first).json().get("validTo").asString()).isEqualTo("2025-03-02");
		assertThat(as("admin").get("/api/org-units/" + merged + "/history").json().get("links")).hasSize(2);
		Api.Response again = as("admin").post("/api/org-units/merge", """
				{"sourceIds": [%d], "targetId": %d, "effectiveOn": "2025-04-01"}
				""".formatted(first, merged));
		assertThat(again.status()).isEqualTo(400);
		assertThat(again.json().get("errors").get(0).get("field").asString()).isEqualTo("sourceIds");
	}

	@Test
	void anAdminCreatesAnAccountWhoseBadPasswordIsNamed() throws Exception {
		long chuDon = unitId("Chợ Đồn");
		Api.Response weak = as("admin").post("/api/users", """
				{"username": "chodon02", "displayName": "Lò Văn Đồn", "password": "123", "grants": [{"role": "REPORTER", "unitId": %d}]}
				""".formatted(chuDon));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(weak.json().get("errors").get(0).get("field").asString()).isEqualTo("password");
		assertThat(weak.json().get("detail").asString()).isEqualTo("Mật khẩu phải có ít nhất 8 ký tự.");

		Api.Response created = as("admin").post("/api/users", """
				{"username": "chodon02", "displayName": "Lò Văn Đồn", "password": "tam-thoi-123", "grants": [{"role": "REPORTER", "unitId": %d}]}
				""".formatted(chuDon));
		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("mustChangePassword").asBoolean()).isTrue();
		assertThat(created.body()).doesNotContain("tam-thoi-123").doesNotContain("password");
		assertThat(as("babe").get("/api/users").status()).isEqualTo(403);
	}

	@Test
	void aStaleVersionIsAConflictNotASilentOverwrite() throws Exception {
		long naRi = unitId("Na Rì");
		Api.Response created = as("admin").post("/api/org-units", """
				{"parentId": %d, "type": "COMMUNE_BOARD", "name": "Đảng ủy xã Kim Hỷ", "shortName": "Kim Hỷ", "validFrom": "2023-01-01"}
				""".formatted(naRi));
		long id = created.json().get("id").asLong();
		String rename = """
				{"name": "%s", "shortName": "Kim Hỷ", "effectiveOn": "%s", "version": 0}""";
		assertThat(as("admin").post("/api/org-units/" + id + "/rename", rename.formatted("Tên A", "2024-01-01")).status())
			.isEqualTo(200);

		Api.Response stale = as("admin").post("/api/org-units/" + id + "/rename", rename.formatted("Tên B", "2024-06-01"));

		assertThat(stale.status()).isEqualTo(409);
		assertThat(stale.json().get("detail").asString()).contains("người khác sửa");
		assertThat(as("admin").get("/api/org-units/" + id).json().get("name").asString()).isEqualTo("Tên A");
	}

	@Test
	void aReporterCannotChangeUnits() throws Exception {
		long baBe = unitId("Ba Bể");

		Api.Response response = as("babe").post("/api/org-units", """
				{"parentId": %d, "type": "COMMUNE_BOARD", "name": "Xã lạ", "shortName": "Lạ", "validFrom": "2023-01-01"}
				""".formatted(baBe));

		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void aPersonalTokenAuthenticatesUntilRevoked() throws Exception {
		Api.Response created = as("chuyenvien").post("/api/me/tokens", "{\"name\": \"Báo cáo tự động\"}");
		assertThat(created.status()).isEqualTo(201);
		String token = created.json().get("token").asString();
		assertThat(token).startsWith("tg_");

		Api.Response me = Api.bearer(port, token).get("/api/me");
		assertThat(me.status()).isEqualTo(200);
		assertThat(me.json().get("username").asString()).isEqualTo("chuyenvien");
		assertThat(as("chuyenvien").get("/api/me/tokens").body()).doesNotContain(token);

		long id = created.json().get("id").asLong();
		assertThat(Api.bearer(port, token).get("/api/me/tokens").status()).isEqualTo(200);
		assertThat(as("chuyenvien").delete("/api/me/tokens/" + id).status()).isEqualTo(204);

		assertThat(Api.bearer(port, token).get("/api/me").status()).isEqualTo(401);
		assertThat(Api.bearer(port, "tg_not-a-real-token").get("/api/me").status()).isEqualTo(401);
	}

	@Test
	void repeatedWrongPasswordsLockTheAccount() throws Exception {
		// An account of its own: a demo account locked here would refuse the other tests sharing this server.
		assertThat(as("admin").post("/api/users", """
				{"username": "khoa01", "displayName": "Hà Thị Khóa", "password": "tam-thoi-123", "grants": [{"role": "VIEWER", "unitId": %d}]}
				""".formatted(unitId("Na Rì"))).status()).isEqualTo(201);
		for (int i = 0; i < 5; i++) {
			assertThat(Api.basic(port, "khoa01", "wrong-" + i).get("/api/me").status()).isEqualTo(401);
		}

		Api.Response locked = Api.basic(port, "khoa01", "tam-thoi-123").get("/api/me");

		assertThat(locked.status()).isEqualTo(401);
		assertThat(locked.json().get("detail").asString()).startsWith("Tài khoản đang tạm khóa");
		JsonNode audit = as("admin").get("/api/audit?actor=khoa01&action=LOGIN_FAILED").json().get("items");
		assertThat(audit.size()).isGreaterThanOrEqualTo(6);
	}

	@Test
	void openApiDescribesTheApi() throws Exception {
		Api.Response docs = Api.anonymous(port).get("/v3/api-docs");

		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("paths").has("/api/org-units")).isTrue();
		assertThat(docs.json().get("paths").has("/api/audit")).isTrue();
	}

	@Test
	void theLoginPageIsVietnamese() throws Exception {
		Api.Response login = Api.anonymous(port).get("/login");

		assertThat(login.status()).isEqualTo(200);
		assertThat(login.body()).contains("Đăng nhập").contains("lang=\"vi\"");
	}

}
