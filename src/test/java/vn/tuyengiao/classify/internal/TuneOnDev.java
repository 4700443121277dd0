package vn.tuyengiao.classify.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tuning aid (not a test): trains on the train split with several settings and scores each on dev. */
public class TuneOnDev {

	public static void main(String[] args) throws Exception {
		Task task = Task.byKey(args[0]);
		List<Learner.Labelled> train = LabelledFiles.read(Path.of(args[1]), task);
		List<Learner.Labelled> dev = LabelledFiles.read(Path.of(args[2]), task);
		long t0 = System.nanoTime();
		List<Map<String, Double>> vectors = new ArrayList<>();
		for (Learner.Labelled l : train) {
			vectors.add(Features.of(l.text()));
		}
		List<Map<String, Double>> devVectors = new ArrayList<>();
		for (Learner.Labelled l : dev) {
			devVectors.add(Features.of(l.text()));
		}
		System.out.printf("features %.1fs%n", (System.nanoTime() - t0) / 1e9);
		List<String> truth = dev.stream().map(Learner.Labelled::label).toList();
		for (int a = 3; a < args.length; a++) {
			String[] p = args[a].split(",");
			Learner learner = new Learner(Double.parseDouble(p[0]), Integer.parseInt(p[1]), Double.parseDouble(p[2]));
			long t = System.nanoTime();
			LinearModel model = learner.trainOn(vectors, train);
			double secs = (System.nanoTime() - t) / 1e9;
			List<String> predicted = new ArrayList<>();
			for (Map<String, Double> v : devVectors) {
				predicted.add(model.decide(v).label());
			}
			Scores s = Scores.of(truth, predicted);
			System.out.printf("%s train=%.1fs feats=%d %s weighted_f1=%.2f%n", args[a], secs, model.features(), s.summaryLine(),
					100 * s.weightedF1());
		}
	}

}
