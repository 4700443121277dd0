package vn.tuyengiao.classify.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import vn.tuyengiao.classify.Classifiers;
import vn.tuyengiao.classify.Sentiment;
import vn.tuyengiao.classify.Toxicity;
import vn.tuyengiao.classify.Verdict;
import vn.tuyengiao.text.Segmentation;
import vn.tuyengiao.text.WordSegmenter;

/**
 * The platform's classifiers: a task's active trained model when there is one, else the keyword rules,
 * whose reasons are added when they agree with the model. Active models are read from the database once and
 * replaced when a new one is trained; each is immutable, so threads share them without locks.
 */
@Service
class ClassifierService implements Classifiers {

	private static final int MODEL_REASON_FEATURES = 5;

	/** Syllables a trained model reads from the start of a text, about 1,100 characters. */
	static final int MODEL_WORDS = 250;

	private final KeywordRules rules = new KeywordRules();

	private final ModelRepository models;

	/** Per task: the active model, or empty when the rules decide; null until read from the database. */
	private volatile Map<Task, Optional<ActiveModel>> active;

	record ActiveModel(String name, LinearModel model) {
	}

	/** The operator's word segmenter, if any: toxic terms then also match only whole segmented words. */
	private final WordSegmenter segmenter;

	ClassifierService(ModelRepository models, Segmentation segmentation) {
		this.models = models;
		this.segmenter = segmentation.segmenter().orElse(null);
	}

	@Override
	public Verdict<Sentiment> sentiment(String text) {
		Analysed analysed = analyse(text);
		return withModel(Task.SENTIMENT, analysed, rules.sentiment(analysed.reading), Sentiment::valueOf, Sentiment.NEUTRAL);
	}

	@Override
	public Verdict<Toxicity> toxicity(String text) {
		Analysed analysed = analyse(text);
		return withModel(Task.TOXIC, analysed, rules.toxicity(analysed.reading), Toxicity::valueOf, Toxicity.CLEAN);
	}

	@Override
	public Verdict<String> workArea(String text) {
		Analysed analysed = analyse(text);
		return withModel(Task.WORK_AREA, analysed, rules.workArea(analysed.reading), code -> code, null);
	}

	/**
	 * A text read once for all three tasks: the caller classifies an item's text three times in a row, so each
	 * thread keeps the last text's syllables and features.
	 */
	private static final class Analysed {

		final String text;

		final KeywordRules.Reading reading;

		Map<String, Double> features;

		Analysed(String text, WordSegmenter segmenter) {
			this.text = text;
			this.reading = KeywordRules.Reading.of(text, segmenter);
		}

		/** A model reads the opening words only: it learnt from comments and sentences, and the lead carries the tone. */
		Map<String, Double> features() {
			if (features == null) {
				int n = Math.min(MODEL_WORDS, reading.words().size());
				features = Features.of(reading.words().subList(0, n), reading.folded().subList(0, n));
			}
			return features;
		}

	}

	private final ThreadLocal<Analysed> last = new ThreadLocal<>();

	private Analysed analyse(String text) {
		String t = text == null ? "" : text;
		Analysed analysed = last.get();
		if (analysed == null || !analysed.text.equals(t)) {
			analysed = new Analysed(t, segmenter);
			last.set(analysed);
		}
		return analysed;
	}

	private <L> Verdict<L> withModel(Task task, Analysed analysed, Verdict<L> byRules,
			java.util.function.Function<String, L> parse, L plain) {
		Optional<ActiveModel> model = activeModels().get(task);
		if (model.isEmpty() || analysed.reading.words().isEmpty()) {
			return byRules;
		}
		LinearModel.Decision decision = model.get().model().decide(analysed.features());
		L label = parse.apply(decision.label());
		List<String> reasons = new ArrayList<>();
		if (!java.util.Objects.equals(label, plain)) {
			List<String> strongest = describe(decision.strongest(MODEL_REASON_FEATURES));
			reasons.add(strongest.isEmpty()
					? String.format(Locale.ROOT, "mô hình %s (độ tin cậy %.2f)", model.get().name(), decision.confidence())
					: "đặc trưng mô hình " + model.get().name() + " dựa vào: " + String.join(", ", strongest));
		}
		if (java.util.Objects.equals(byRules.label(), label)) {
			reasons.addAll(byRules.reasons());
		}
		return new Verdict<>(label, decision.confidence(), reasons, model.get().name());
	}

	/** Feature names as a reader understands them: the words, quoted, each once. */
	static List<String> describe(List<String> features) {
		Set<String> shown = new LinkedHashSet<>();
		for (String feature : features) {
			String body = feature.substring(feature.indexOf(':') + 1).strip();
			if (feature.startsWith("c:")) {
				shown.add("\"…" + body + "…\"");
			}
			else if (!body.isEmpty()) {
				shown.add('"' + body + '"');
			}
		}
		return new ArrayList<>(shown);
	}

	private Map<Task, Optional<ActiveModel>> activeModels() {
		Map<Task, Optional<ActiveModel>> current = active;
		if (current == null) {
			synchronized (this) {
				if (active == null) {
					Map<Task, Optional<ActiveModel>> loaded = new EnumMap<>(Task.class);
					for (Task task : Task.values()) {
						loaded.put(task, models.findFirstByTaskAndActiveTrue(task.key())
							.map(m -> new ActiveModel(m.modelName(), LinearModel.fromBytes(m.weights()))));
					}
					active = loaded;
				}
				current = active;
			}
		}
		return current;
	}

	/** A newly trained model becomes the one this task is classified with. */
	synchronized void activate(Task task, String name, LinearModel model) {
		Map<Task, Optional<ActiveModel>> next = new EnumMap<>(activeModels());
		next.put(task, Optional.of(new ActiveModel(name, model)));
		active = next;
	}

}
