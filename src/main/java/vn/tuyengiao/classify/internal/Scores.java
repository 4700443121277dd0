package vn.tuyengiao.classify.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * How well predictions match the truth: accuracy, each class's precision, recall and F1, their unweighted
 * mean (macro-F1, which a rare class weighs on as much as a common one) and their mean weighted by support.
 */
public record Scores(double accuracy, double macroF1, double weightedF1, List<PerClass> classes, int total) {

	public record PerClass(String label, double precision, double recall, double f1, int support) {
	}

	public static Scores of(List<String> truth, List<String> predicted) {
		TreeSet<String> labels = new TreeSet<>(truth);
		labels.addAll(predicted);
		List<PerClass> classes = new ArrayList<>();
		int correct = 0;
		for (int i = 0; i < truth.size(); i++) {
			correct += truth.get(i).equals(predicted.get(i)) ? 1 : 0;
		}
		double macro = 0;
		double weighted = 0;
		for (String label : labels) {
			int tp = 0;
			int fp = 0;
			int fn = 0;
			for (int i = 0; i < truth.size(); i++) {
				boolean isTrue = truth.get(i).equals(label);
				boolean isPredicted = predicted.get(i).equals(label);
				tp += isTrue && isPredicted ? 1 : 0;
				fp += !isTrue && isPredicted ? 1 : 0;
				fn += isTrue && !isPredicted ? 1 : 0;
			}
			double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
			double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
			double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
			classes.add(new PerClass(label, precision, recall, f1, tp + fn));
			macro += f1;
			weighted += f1 * (tp + fn);
		}
		int n = truth.size();
		return new Scores(n == 0 ? 0 : (double) correct / n, labels.isEmpty() ? 0 : macro / labels.size(),
				n == 0 ? 0 : weighted / n, classes, n);
	}

	/** {@code accuracy=NN.NN macro_f1=NN.NN}, percentages. */
	public String summaryLine() {
		return String.format(Locale.ROOT, "accuracy=%.2f macro_f1=%.2f", 100 * accuracy, 100 * macroF1);
	}

}
