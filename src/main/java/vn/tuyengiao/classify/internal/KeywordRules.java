package vn.tuyengiao.classify.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tuyengiao.classify.Sentiment;
import vn.tuyengiao.classify.Toxicity;
import vn.tuyengiao.classify.Verdict;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.WordSegmenter;

/**
 * The classifiers of a fresh installation: the platform's own lexicons under {@code classify/} applied by
 * plain rules, each decision explained by the words that made it. Sentiment adds the weights of the words
 * found, a negation just before a word turning it round; toxicity is offensive when a coarse or insulting
 * word is there and hate when a word of contempt for a group is, or an insult is aimed at someone
 * ({@code mày}, {@code bọn}); the work area is the one whose keywords weigh most, phrases counting by their length.
 */
public final class KeywordRules {

	public static final String MODEL = "rules-2";

	private static final int MAX_REASON_WORDS = 5;

	/** Syllables shown on each side of a toxic term in its reason. */
	private static final int CONTEXT_WORDS = 3;

	private final Lexicon sentiment = Lexicon.load("/classify/sentiment.txt");

	/** The project's own list, then the terms derived from the ViHOS corpus (MIT, notice in the file). */
	private final Lexicon toxic = Lexicon.load("/classify/toxic.txt", "/classify/toxic-vihos.txt");

	private final Lexicon areas = Lexicon.load("/classify/work-areas.txt");

	/**
	 * The syllables of a text once, accented and not, for all three rule sets; and, where the operator configured a
	 * word segmenter, which syllables begin a word ({@code null} without one), so a toxic term must be whole words.
	 */
	public record Reading(List<String> words, List<String> folded, boolean[] wordStarts) {

		public static Reading of(String text) {
			return of(text, null);
		}

		public static Reading of(String text, WordSegmenter segmenter) {
			List<String> words = Features.words(text);
			List<String> folded = new ArrayList<>(words.size());
			for (String word : words) {
				folded.add(VietnameseText.fold(word));
			}
			boolean[] starts = null;
			if (segmenter != null && !words.isEmpty()) {
				starts = new boolean[words.size()];
				int at = 0;
				for (int length : segmenter.wordLengths(words)) {
					starts[at] = true;
					at += length;
				}
			}
			return new Reading(words, folded, starts);
		}

	}

	public Verdict<Sentiment> sentiment(Reading text) {
		double score = 0;
		Set<String> positive = new LinkedHashSet<>();
		Set<String> negative = new LinkedHashSet<>();
		int lastNegation = -10;
		for (Lexicon.Hit hit : sentiment.find(text.words(), text.folded())) {
			if (hit.kind().equals("NOT")) {
				lastNegation = hit.end();
				continue;
			}
			double weight = Double.parseDouble(hit.kind());
			boolean negated = hit.start() - lastNegation <= 2 && hit.start() >= lastNegation;
			String shown = negated ? "không … " + hit.written() : hit.written();
			if (negated) {
				weight = -weight;
			}
			score += weight;
			(weight > 0 ? positive : negative).add('"' + shown + '"');
		}
		if (score >= 1) {
			return new Verdict<>(Sentiment.POSITIVE, confidence(score), List.of("từ ngữ tích cực: " + join(positive)), MODEL);
		}
		if (score <= -1) {
			return new Verdict<>(Sentiment.NEGATIVE, confidence(-score), List.of("từ ngữ tiêu cực: " + join(negative)), MODEL);
		}
		List<String> reasons = positive.isEmpty() && negative.isEmpty() ? List.of("không có từ ngữ mang cảm xúc rõ")
				: List.of("từ ngữ tích cực và tiêu cực cân nhau");
		return new Verdict<>(Sentiment.NEUTRAL, 0.5, reasons, MODEL);
	}

	public Verdict<Toxicity> toxicity(Reading text) {
		Set<String> offensive = new LinkedHashSet<>();
		Set<String> hate = new LinkedHashSet<>();
		Set<String> targets = new LinkedHashSet<>();
		Set<String> seen = new HashSet<>();
		for (Lexicon.Hit hit : toxic.find(text.words(), text.folded(), text.wordStarts())) {
			if (!seen.add(hit.written())) {
				continue;
			}
			switch (hit.kind()) {
				case "OFFENSIVE" -> offensive.add(inContext(hit, text.words()));
				case "HATE" -> hate.add(inContext(hit, text.words()));
				default -> targets.add('"' + hit.written() + '"');
			}
		}
		if (!hate.isEmpty()) {
			List<String> reasons = new ArrayList<>();
			reasons.add("từ ngữ miệt thị, kích động thù ghét: " + join(hate));
			if (!offensive.isEmpty()) {
				reasons.add("từ ngữ xúc phạm: " + join(offensive));
			}
			return new Verdict<>(Toxicity.HATE, Math.min(0.95, 0.7 + 0.05 * (hate.size() + offensive.size())), reasons, MODEL);
		}
		if (!offensive.isEmpty() && !targets.isEmpty()) {
			return new Verdict<>(Toxicity.HATE, 0.6, List.of("từ ngữ xúc phạm: " + join(offensive),
					"nhắm vào người cụ thể: " + join(targets)), MODEL);
		}
		if (!offensive.isEmpty()) {
			return new Verdict<>(Toxicity.OFFENSIVE, Math.min(0.95, 0.65 + 0.05 * offensive.size()),
					List.of("từ ngữ xúc phạm: " + join(offensive)), MODEL);
		}
		return new Verdict<>(Toxicity.CLEAN, 0.8, List.of(), MODEL);
	}

	public Verdict<String> workArea(Reading text) {
		Map<String, Double> scores = new HashMap<>();
		Map<String, Set<String>> words = new HashMap<>();
		for (Lexicon.Hit hit : areas.find(text.words(), text.folded())) {
			scores.merge(hit.kind(), (double) (hit.end() - hit.start()), Double::sum);
			words.computeIfAbsent(hit.kind(), k -> new LinkedHashSet<>()).add('"' + hit.written() + '"');
		}
		String best = null;
		double total = 0;
		for (Map.Entry<String, Double> e : scores.entrySet()) {
			total += e.getValue();
			if (best == null || e.getValue() > scores.get(best) || (e.getValue().equals(scores.get(best)) && e.getKey().compareTo(best) < 0)) {
				best = e.getKey();
			}
		}
		if (best == null || scores.get(best) < 2) {
			return new Verdict<>(null, 0, List.of("không có từ khóa lĩnh vực đủ rõ"), MODEL);
		}
		return new Verdict<>(best, Math.min(0.95, scores.get(best) / total * Math.min(1, scores.get(best) / 4)),
				List.of("từ khóa lĩnh vực: " + join(words.get(best))), MODEL);
	}

	/**
	 * A term as the text wrote it with the syllables around it, so a reader sees at once whether it was meant:
	 * {@code "ngu" (… nói ngu thế …)}.
	 */
	static String inContext(Lexicon.Hit hit, List<String> words) {
		int from = Math.max(0, hit.start() - CONTEXT_WORDS);
		int to = Math.min(words.size(), hit.end() + CONTEXT_WORDS);
		return '"' + hit.written() + "\" (" + (from > 0 ? "… " : "") + String.join(" ", words.subList(from, to))
				+ (to < words.size() ? " …" : "") + ")";
	}

	/** Reasons naming the lexicon's words that the text contains: added to a trained model's own reasons. */
	static String join(Set<String> words) {
		List<String> shown = new ArrayList<>(words);
		String head = String.join(", ", shown.subList(0, Math.min(MAX_REASON_WORDS, shown.size())));
		return shown.size() > MAX_REASON_WORDS ? head + " …" : head;
	}

	private static double confidence(double score) {
		return Math.min(0.95, 0.55 + 0.1 * score);
	}

}
