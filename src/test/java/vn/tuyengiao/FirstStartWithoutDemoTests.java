package vn.tuyengiao;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.tuyengiao.org.OrgUnits;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production installation (no demo data): one top-level unit and one administrator, who can do
 * nothing but set their own password until they have.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.demo.enabled=false", "tuyengiao.access.initial-admin-password=mat-khau-tam-thoi",
		"tuyengiao.org.root-name=Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên" })
class FirstStartWithoutDemoTests {

	@LocalServerPort
	int port;

	@Autowired
	OrgUnits units;

	HttpResponse<String> get(String path, String username, String password) throws Exception {
		String basic = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).header("Authorization", "Basic " + basic).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void startsWithTheConfiguredRootUnitAndNoDemoData() {
		assertThat(units.all()).singleElement()
			.satisfies(unit -> assertThat(unit.name()).isEqualTo("Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Nguyên"));
	}

	@Test
	void theFirstAdministratorMustSetAPasswordBeforeAnythingElse() throws Exception {
		HttpResponse<String> response = get("/api/org-units", "admin", "mat-khau-tam-thoi");

		assertThat(response.statusCode()).isEqualTo(403);
		assertThat(response.body()).contains("Bạn cần đặt mật khẩu mới");
		assertThat(get("/api/org-units", "babe", "tuyengiao2023").statusCode()).isEqualTo(401);
	}

	@Test
	void theDemoOutletsAreNotServed() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/demo-outlets/bao-ban-mai/rss.xml")).build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

		assertThat(response.statusCode()).isEqualTo(404);
	}

}
