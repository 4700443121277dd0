package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code /api/text}: the analyzers and the normaliser as any signed-in user calls them. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TextApiTests {

	@LocalServerPort
	int port;

	private Api.Response post(String user, String path, String... fields) throws Exception {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		for (int i = 0; i < fields.length; i += 2) {
			body.put(fields[i], fields[i + 1]);
		}
		return Api.basic(port, user, ApiContractTests.PASSWORD).post(path, body.toString());
	}

	@Test
	void analyzeShowsTheAccentFreeTermsWithOffsetsAndTypes() throws Exception {
		Api.Response response = post("babe", "/api/text/analyze", "text", "Tỉnh uỷ Bắc Kạn", "analyzer", "vi_folded");

		assertThat(response.status()).isEqualTo(200);
		List<String> tokens = new ArrayList<>();
		for (JsonNode token : response.json().get("tokens")) {
			tokens.add(token.get("token").asString() + "@" + token.get("start").asInt() + "-" + token.get("end").asInt()
					+ ":" + token.get("type").asString());
		}
		assertThat(tokens).containsExactly("tinh@0-4:syllable", "tinh_uy@0-7:bigram", "uy@5-7:syllable",
				"uy_bac@5-11:bigram", "bac@8-11:syllable", "bac_kan@8-15:bigram", "kan@12-15:syllable");
	}

	@Test
	void analyzeWithoutAnAnalyzerKeepsAccents() throws Exception {
		JsonNode tokens = post("chuyenvien", "/api/text/analyze", "text", "hoà bình").json().get("tokens");

		assertThat(tokens.get(0).get("token").asString()).isEqualTo("hòa");
	}

	@Test
	void analyzeGivesOneTermForEitherTonePlacementAndForIOrY() throws Exception {
		assertThat(terms("Khoá họp văn hoá")).isEqualTo(terms("Khóa họp văn hóa"))
			.containsExactly("khóa", "khóa_họp", "họp", "họp_văn", "văn", "văn_hóa", "hóa");
		assertThat(terms("quí vị")).isEqualTo(terms("quý vị")).containsExactly("quí", "quí_vị", "vị");
		assertThat(terms("quy vị")).isNotEqualTo(terms("quý vị")); // the tone still counts
	}

	/** The terms of the analyzer vi, as a signed-in user sees them. */
	private List<String> terms(String text) throws Exception {
		Api.Response response = post("chuyenvien", "/api/text/analyze", "text", text, "analyzer", "vi");
		assertThat(response.status()).isEqualTo(200);
		List<String> terms = new ArrayList<>();
		for (JsonNode token : response.json().get("tokens")) {
			terms.add(token.get("token").asString());
		}
		return terms;
	}

	@Test
	void normalizeReadsTcvn3BackAsUnicode() throws Exception {
		JsonNode answer = post("chuyenvien", "/api/text/normalize", "text", "Ban Tuyªn gi¸o TØnh ñy B¾c K¹n").json();

		assertThat(answer.get("text").asString()).isEqualTo("Ban Tuyên giáo Tỉnh ủy Bắc Kạn");
		assertThat(answer.get("encoding").asString()).isEqualTo("tcvn3");
	}

	@Test
	void normalizeLeavesCleanUnicodeAloneButForCanonicalTones() throws Exception {
		JsonNode answer = post("chuyenvien", "/api/text/normalize", "text", "Hoà bình, “thuỷ lợi”\u00A0Bắc Kạn").json();

		assertThat(answer.get("text").asString()).isEqualTo("Hòa bình, \"thủy lợi\" Bắc Kạn");
		assertThat(answer.get("encoding").asString()).isEqualTo("unicode");
	}

	@Test
	void emptyTextIsAProblemNamingTheField() throws Exception {
		Api.Response response = post("chuyenvien", "/api/text/analyze", "text", "  ");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("Chưa có văn bản");
		assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
	}

	@Test
	void oversizedTextIsRefusedWithTheLimit() throws Exception {
		Api.Response response = post("chuyenvien", "/api/text/normalize", "text", "Bắc Kạn ".repeat(130_000));

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.contentType()).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).contains("quá dài").contains("1.000.000");
	}

	@Test
	void unknownAnalyzerIsAProblemThatNamesTheChoices() throws Exception {
		Api.Response response = post("chuyenvien", "/api/text/analyze", "text", "Bắc Kạn", "analyzer", "english");

		assertThat(response.status()).isEqualTo(400);
		assertThat(response.json().get("detail").asString()).contains("vi_folded");
	}

	@Test
	void anonymousCallersAreRefused() throws Exception {
		Api.Response response = Api.anonymous(port).post("/api/text/analyze", "{\"text\":\"Bắc Kạn\"}");

		assertThat(response.status()).isEqualTo(401);
	}

}
