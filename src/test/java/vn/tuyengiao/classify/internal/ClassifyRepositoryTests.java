package vn.tuyengiao.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.DatabaseTest;

/**
 * The classifiers' tables through the real migrations (H2, and PostgreSQL in the build's second run): labels
 * counted per task and found again by their reference, and a model's weights read back as the same model.
 */
@DatabaseTest
@Transactional
class ClassifyRepositoryTests {

	@Autowired
	LabelRepository labels;

	@Autowired
	ModelRepository models;

	@Test
	void labelsAreCountedPerTaskAndFoundByTheirReference() {
		String ref = "item:" + System.nanoTime();
		labels.save(new LabelEntity(Task.SENTIMENT, "Thầy dạy rất hay", "POSITIVE", ref, "chuyenvien", Instant.now()));
		labels.save(new LabelEntity(Task.SENTIMENT, "Phòng học nóng quá", "NEGATIVE", null, "chuyenvien", Instant.now()));
		labels.save(new LabelEntity(Task.SENTIMENT, "Wifi yếu", "NEGATIVE", null, "chuyenvien", Instant.now()));
		labels.save(new LabelEntity(Task.WORK_AREA, "x".repeat(LabelEntity.MAX_TEXT + 10), "VAN_HOA", null, "chuyenvien",
				Instant.now()));
		labels.flush();

		Map<String, Long> counts = new java.util.TreeMap<>();
		for (Object[] row : labels.countByLabel("sentiment")) {
			counts.put((String) row[0], ((Number) row[1]).longValue());
		}
		assertThat(counts).containsEntry("NEGATIVE", 2L).containsEntry("POSITIVE", 1L);
		assertThat(labels.findFirstByTaskAndRef("sentiment", ref)).get().extracting(LabelEntity::text)
			.isEqualTo("Thầy dạy rất hay");
		assertThat(labels.findFirstByTaskAndRef("toxic", ref)).isEmpty();
		assertThat(labels.findByTaskOrderById("work-area")).last().extracting(l -> l.text().length())
			.isEqualTo(LabelEntity.MAX_TEXT);
	}

	@Test
	void aStoredModelIsReadBackAsTheSameModelAndOnlyTheNewestIsActive() {
		List<Learner.Labelled> examples = List.of(new Learner.Labelled("thầy dạy hay", "POSITIVE"),
				new Learner.Labelled("cô dạy hay", "POSITIVE"), new Learner.Labelled("phòng nóng quá", "NEGATIVE"),
				new Learner.Labelled("phòng học nóng", "NEGATIVE"));
		LinearModel model = new Learner(0.3, 1, 1).train(examples);
		Scores scores = Scores.of(List.of("POSITIVE", "NEGATIVE"), List.of("POSITIVE", "NEGATIVE"));
		int next = models.lastVersion("sentiment") + 1;
		ModelEntity first = models.save(new ModelEntity(Task.SENTIMENT, next, "truongban", Instant.now(),
				Map.of("POSITIVE", 2), scores, "thử", model));
		first.retire();
		models.save(new ModelEntity(Task.SENTIMENT, next + 1, "truongban", Instant.now(),
				new java.util.TreeMap<>(Map.of("NEGATIVE", 2, "POSITIVE", 2)), scores, "thử", model));
		models.flush();

		assertThat(models.lastVersion("sentiment")).isEqualTo(next + 1);
		ModelEntity active = models.findFirstByTaskAndActiveTrue("sentiment").orElseThrow();
		assertThat(active.version()).isEqualTo(next + 1);
		assertThat(active.labelCounts()).containsExactly(Map.entry("NEGATIVE", 2), Map.entry("POSITIVE", 2));
		LinearModel read = LinearModel.fromBytes(active.weights());
		assertThat(read.labels()).isEqualTo(model.labels());
		assertThat(read.features()).isEqualTo(model.features());
		assertThat(read.decide(Features.of("thầy dạy hay")).label()).isEqualTo("POSITIVE");
		assertThat(read.decide(Features.of("phòng nóng")).label()).isEqualTo("NEGATIVE");
	}

}
