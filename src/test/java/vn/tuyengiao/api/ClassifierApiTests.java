package vn.tuyengiao.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.classify.Classifiers;
import vn.tuyengiao.classify.Toxicity;
import vn.tuyengiao.classify.Verdict;

/**
 * Learning from the users through the API and the real database: specialists correct labels, a leader
 * trains, the new model is stored with its version, counts and scores, and the platform's classifiers use it
 * at once; too few labels and wrong labels are refused in Vietnamese, and a specialist cannot train.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
		"tuyengiao.monitor.fetch.allow-hosts=127.0.0.1", "tuyengiao.monitor.fetch.min-delay=0s" })
class ClassifierApiTests {

	static final List<String> CLEAN = List.of("Chúc mừng đội tuyển bóng đá đã thi đấu rất hay",
			"Cảm ơn các y bác sĩ đã tận tình chăm sóc bệnh nhân", "Lễ hội Lồng tồng ở Ba Bể năm nay đông vui quá",
			"Mong huyện sớm sửa con đường vào xã", "Bài viết rất bổ ích, cảm ơn tác giả",
			"Chiều nay trời mưa to ở thành phố Bắc Kạn");

	static final List<String> OFFENSIVE = List.of("Đúng là lũ ăn hại, ngu như bò", "Thằng này ngu thật sự đấy",
			"Câm mồm đi đồ ngu", "Nói như ngu, đọc mà phát bực", "Ngu thì đừng có lên mạng phát biểu",
			"Ngu lâu dốt bền khó đào tạo");

	@LocalServerPort
	int port;

	@Autowired
	Classifiers classifiers;

	@Autowired
	AuditLog audit;

	Api as(String username) {
		return Api.basic(port, username, ApiContractTests.PASSWORD);
	}

	@Test
	void labelsCorrectedByStaffBecomeTheActiveModelOnceALeaderTrainsIt() throws Exception {
		int n = 0;
		for (String text : CLEAN) {
			Api.Response saved = as("chuyenvien").post("/api/classifiers/toxic/labels", json(text, "clean", "item:" + (++n)));
			assertThat(saved.status()).as(saved.body()).isEqualTo(201);
			assertThat(saved.json().get("label").asString()).isEqualTo("CLEAN");
		}
		for (String text : OFFENSIVE) {
			assertThat(as("chuyenvien").post("/api/classifiers/toxic/labels", json(text, "1", "item:" + (++n))).status())
				.isEqualTo(201);
		}
		// A correction of the same item replaces the earlier label instead of adding a second one.
		as("chuyenvien").post("/api/classifiers/toxic/labels", json(CLEAN.get(0), "offensive", "item:1"));
		as("chuyenvien").post("/api/classifiers/toxic/labels", json(CLEAN.get(0), "CLEAN", "item:1"));

		Api.Response trained = as("truongban").post("/api/classifiers/toxic/train", "");
		assertThat(trained.status()).as(trained.body()).isEqualTo(201);
		JsonNode model = trained.json();
		String name = model.get("model").asString();
		assertThat(name).isEqualTo("labels-" + model.get("version").asInt());
		assertThat(model.get("labelCounts").get("CLEAN").asInt()).isEqualTo(6);
		assertThat(model.get("labelCounts").get("OFFENSIVE").asInt()).isEqualTo(6);
		assertThat(model.get("accuracy").asDouble()).isBetween(0.0, 1.0);
		assertThat(model.get("macroF1").asDouble()).isBetween(0.0, 1.0);
		assertThat(model.get("evaluation").asString()).contains("kiểm định chéo");

		JsonNode toxic = null;
		for (JsonNode task : as("chuyenvien").get("/api/classifiers").json()) {
			toxic = task.get("task").asString().equals("toxic") ? task : toxic;
		}
		assertThat(toxic.get("activeModel").asString()).isEqualTo(name);
		assertThat(toxic.get("models").get(0).get("active").asBoolean()).isTrue();
		assertThat(toxic.get("labelCounts").get("CLEAN").asInt()).isEqualTo(6);

		Verdict<Toxicity> verdict = classifiers.toxicity("Câm mồm đi đồ ngu");
		assertThat(verdict.model()).isEqualTo(name);
		assertThat(verdict.label()).isEqualTo(Toxicity.OFFENSIVE);
		assertThat(verdict.reasons()).isNotEmpty().anySatisfy(reason -> assertThat(reason).contains("ngu"));
		assertThat(classifiers.toxicity("Cảm ơn các y bác sĩ đã tận tình chăm sóc bệnh nhân").label())
			.isEqualTo(Toxicity.CLEAN);

		assertThat(audit.search(new AuditLog.AuditQuery("truongban", null, null, null, null, "classify-model:toxic"),
				org.springframework.data.domain.PageRequest.of(0, 5)).getContent()).isNotEmpty();
	}

	@Test
	void tooFewLabelsWrongLabelsAndASpecialistTrainingAreRefused() throws Exception {
		as("chuyenvien").post("/api/classifiers/work-area/labels", json("Hội nghị báo cáo viên quý II", "XAY_DUNG_NGANH", null));

		Api.Response tooFew = as("admin").post("/api/classifiers/work-area/train", "");
		assertThat(tooFew.status()).isEqualTo(400);
		assertThat(tooFew.contentType()).contains("problem+json");
		assertThat(tooFew.json().get("detail").asString()).contains("Chưa đủ nhãn");

		Api.Response badLabel = as("chuyenvien").post("/api/classifiers/sentiment/labels", json("Rất hay", "tuyệt", null));
		assertThat(badLabel.status()).isEqualTo(400);
		assertThat(badLabel.body()).contains("không hợp lệ").contains("POSITIVE");

		assertThat(as("chuyenvien").post("/api/classifiers/topic/labels", json("Rất hay", "x", null)).status())
			.isEqualTo(404);
		assertThat(as("chuyenvien").post("/api/classifiers/sentiment/train", "").status()).isEqualTo(403);
		assertThat(as("babe").post("/api/classifiers/sentiment/labels", json("Rất hay", "positive", null)).status())
			.isEqualTo(403);
	}

	private static String json(String text, String label, String ref) {
		return "{\"text\":\"" + text + "\",\"label\":\"" + label + "\"" + (ref == null ? "" : ",\"ref\":\"" + ref + "\"")
				+ "}";
	}

}
