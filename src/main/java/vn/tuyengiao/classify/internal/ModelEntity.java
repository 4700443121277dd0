package vn.tuyengiao.classify.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A model trained from the labels of a task: its version, what it learnt from, how well it did, its weights. */
@Entity
@Table(name = "classify_model")
class ModelEntity {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(nullable = false)
	private String task;

	@Column(nullable = false)
	private int version;

	@Column(name = "trained_by", nullable = false)
	private String trainedBy;

	@Column(name = "trained_at", nullable = false)
	private Instant trainedAt;

	@Column(nullable = false)
	private int examples;

	/** {@code LABEL=count} pairs separated by {@code ;}, in label order. */
	@Column(name = "label_counts", nullable = false)
	private String labelCounts;

	@Column(nullable = false)
	private double accuracy;

	@Column(name = "macro_f1", nullable = false)
	private double macroF1;

	@Column(nullable = false)
	private String evaluation;

	@Column(nullable = false)
	private int features;

	@Basic(fetch = FetchType.LAZY)
	@Column(nullable = false)
	private byte[] weights;

	@Column(nullable = false)
	private boolean active;

	protected ModelEntity() {
	}

	ModelEntity(Task task, int version, String trainedBy, Instant trainedAt, Map<String, Integer> counts, Scores scores,
			String evaluation, LinearModel model) {
		this.task = task.key();
		this.version = version;
		this.trainedBy = trainedBy;
		this.trainedAt = trainedAt;
		this.examples = counts.values().stream().mapToInt(Integer::intValue).sum();
		StringBuilder written = new StringBuilder();
		counts.forEach((label, count) -> written.append(written.isEmpty() ? "" : ";").append(label).append('=').append(count));
		this.labelCounts = written.toString();
		this.accuracy = scores.accuracy();
		this.macroF1 = scores.macroF1();
		this.evaluation = evaluation;
		this.features = model.features();
		this.weights = model.toBytes();
		this.active = true;
	}

	Long id() {
		return id;
	}

	String task() {
		return task;
	}

	int version() {
		return version;
	}

	String trainedBy() {
		return trainedBy;
	}

	Instant trainedAt() {
		return trainedAt;
	}

	int examples() {
		return examples;
	}

	Map<String, Integer> labelCounts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String pair : labelCounts.split(";")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				counts.put(pair.substring(0, eq), Integer.parseInt(pair.substring(eq + 1)));
			}
		}
		return counts;
	}

	double accuracy() {
		return accuracy;
	}

	double macroF1() {
		return macroF1;
	}

	String evaluation() {
		return evaluation;
	}

	int features() {
		return features;
	}

	byte[] weights() {
		return weights;
	}

	boolean active() {
		return active;
	}

	void retire() {
		this.active = false;
	}

	/** The name a verdict gives this model: {@code labels-3}. */
	String modelName() {
		return "labels-" + version;
	}

}
