package vn.tuyengiao.classify.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.tuyengiao.access.CurrentUser;
import vn.tuyengiao.audit.AuditAction;
import vn.tuyengiao.audit.AuditLog;
import vn.tuyengiao.platform.InvalidInput;

/**
 * Learning from the users: labels kept per task (a correction of the same reference replaces the earlier
 * one), models trained from them with cross-validated scores, and the newest model made active.
 */
@Service
class ClassifierTraining {

	private final LabelRepository labels;

	private final ModelRepository models;

	private final ClassifierService classifiers;

	private final ClassifySettings settings;

	private final AuditLog audit;

	ClassifierTraining(LabelRepository labels, ModelRepository models, ClassifierService classifiers,
			ClassifySettings settings, AuditLog audit) {
		this.labels = labels;
		this.models = models;
		this.classifiers = classifiers;
		this.settings = settings;
		this.audit = audit;
	}

	/** A stored label as the API shows it. */
	public record StoredLabel(long id, String task, String label, String ref, String createdBy, Instant createdAt) {
	}

	/** A trained model as the API shows it; {@code model} is the name verdicts carry. */
	public record ModelInfo(String task, int version, String model, boolean active, String trainedBy, Instant trainedAt,
			int examples, Map<String, Integer> labelCounts, double accuracy, double macroF1, String evaluation,
			int features) {
	}

	/** A task: what decides now, how many labels wait to be learnt from, and its models newest first. */
	public record TaskInfo(String task, String activeModel, List<String> labels, Map<String, Integer> labelCounts,
			List<ModelInfo> models) {
	}

	@Transactional
	public StoredLabel label(Task task, String text, String label, String ref, CurrentUser user) {
		if (text == null || text.isBlank()) {
			throw new InvalidInput("text", "classify.label.text-required");
		}
		String canonical = task.canonical(label);
		if (canonical == null) {
			throw new InvalidInput("label", "classify.label.invalid", label == null ? "" : label, task.key(),
					String.join(", ", task.labels()));
		}
		String reference = ref == null || ref.isBlank() ? null : ref.strip();
		if (reference != null && reference.length() > 200) {
			throw new InvalidInput("ref", "classify.label.ref-too-long");
		}
		Instant now = Instant.now();
		LabelEntity entity = reference == null ? null : labels.findFirstByTaskAndRef(task.key(), reference).orElse(null);
		boolean corrected = entity != null;
		if (corrected) {
			entity.relabel(text, canonical, user.username(), now);
		}
		else {
			entity = labels.save(new LabelEntity(task, text, canonical, reference, user.username(), now));
		}
		audit.record(corrected ? AuditAction.UPDATE : AuditAction.CREATE, "classify-label:" + entity.id(),
				ClassifyAccess.unitOf(user), "Gán nhãn " + task.key() + " = " + canonical
						+ (reference == null ? "" : " cho " + reference));
		return new StoredLabel(entity.id(), task.key(), canonical, reference, user.username(), now);
	}

	@Transactional
	public ModelInfo train(Task task, CurrentUser user) {
		List<LabelEntity> stored = labels.findByTaskOrderById(task.key());
		Map<String, Integer> counts = new TreeMap<>();
		List<Learner.Labelled> examples = new ArrayList<>(stored.size());
		for (LabelEntity label : stored) {
			counts.merge(label.label(), 1, Integer::sum);
			examples.add(new Learner.Labelled(label.text(), label.label()));
		}
		if (counts.size() < 2) {
			throw new InvalidInput("task", "classify.train.too-few-labels", task.key(), counts.size(), settings.minPerLabel());
		}
		for (Map.Entry<String, Integer> e : counts.entrySet()) {
			if (e.getValue() < settings.minPerLabel()) {
				throw new InvalidInput("task", "classify.train.too-few-examples", e.getKey(), e.getValue(),
						settings.minPerLabel());
			}
		}
		int smallest = counts.values().stream().mapToInt(Integer::intValue).min().orElse(0);
		int folds = Math.max(2, Math.min(settings.folds(), smallest));
		Scores scores = crossValidate(task, examples, folds);
		LinearModel model = Learner.forTask(task).train(examples);
		int version = models.lastVersion(task.key()) + 1;
		models.findFirstByTaskAndActiveTrue(task.key()).ifPresent(ModelEntity::retire);
		models.flush();
		String evaluation = String.format(Locale.ROOT, "kiểm định chéo %d phần (%d-fold cross-validation)", folds, folds);
		ModelEntity saved = models.save(new ModelEntity(task, version, user.username(), Instant.now(), counts, scores,
				evaluation, model));
		audit.record(AuditAction.CREATE, "classify-model:" + task.key() + ":" + version, ClassifyAccess.unitOf(user),
				String.format(Locale.ROOT, "Huấn luyện mô hình %s phiên bản %d từ %d nhãn %s: accuracy %.2f, macro-F1 %.2f",
						task.key(), version, examples.size(), counts, 100 * scores.accuracy(), 100 * scores.macroF1()));
		String name = saved.modelName();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				classifiers.activate(task, name, model);
			}
		});
		return info(saved);
	}

	@Transactional(readOnly = true)
	public List<TaskInfo> overview() {
		List<TaskInfo> tasks = new ArrayList<>();
		for (Task task : Task.values()) {
			List<ModelInfo> list = models.findByTaskOrderByVersionDesc(task.key()).stream().map(ClassifierTraining::info)
				.toList();
			Map<String, Integer> counts = new TreeMap<>();
			for (Object[] row : labels.countByLabel(task.key())) {
				counts.put((String) row[0], ((Number) row[1]).intValue());
			}
			String active = list.stream().filter(ModelInfo::active).map(ModelInfo::model).findFirst()
				.orElse(KeywordRules.MODEL);
			tasks.add(new TaskInfo(task.key(), active, task.labels(), counts, list));
		}
		return tasks;
	}

	/** Scores of the learner on folds it did not see: each text is predicted once, by a model trained without it. */
	static Scores crossValidate(Task task, List<Learner.Labelled> examples, int folds) {
		// Round-robin within each label, so every fold holds every label in proportion.
		Map<String, Integer> seen = new TreeMap<>();
		int[] fold = new int[examples.size()];
		for (int i = 0; i < examples.size(); i++) {
			int n = seen.merge(examples.get(i).label(), 1, Integer::sum);
			fold[i] = n % folds;
		}
		List<Map<String, Double>> vectors = new ArrayList<>(examples.size());
		for (Learner.Labelled example : examples) {
			vectors.add(Features.of(example.text()));
		}
		List<String> truth = new ArrayList<>();
		List<String> predicted = new ArrayList<>();
		for (int f = 0; f < folds; f++) {
			List<Map<String, Double>> trainVectors = new ArrayList<>();
			List<Learner.Labelled> trainExamples = new ArrayList<>();
			for (int i = 0; i < examples.size(); i++) {
				if (fold[i] != f) {
					trainVectors.add(vectors.get(i));
					trainExamples.add(examples.get(i));
				}
			}
			LinearModel model = Learner.forTask(task).trainOn(trainVectors, trainExamples);
			for (int i = 0; i < examples.size(); i++) {
				if (fold[i] == f) {
					truth.add(examples.get(i).label());
					predicted.add(model.decide(vectors.get(i)).label());
				}
			}
		}
		return Scores.of(truth, predicted);
	}

	private static ModelInfo info(ModelEntity m) {
		return new ModelInfo(m.task(), m.version(), m.modelName(), m.active(), m.trainedBy(), m.trainedAt(), m.examples(),
				m.labelCounts(), m.accuracy(), m.macroF1(), m.evaluation(), m.features());
	}

}
