package vn.tuyengiao.classify.internal;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Throughput of the platform's classifiers on one thread (not a test; docs/PERFORMANCE.md): items of about
 * 2,000 characters built from the dev splits' sentences, each given its sentiment, toxicity and work area,
 * first by the keyword rules, then with models trained on the train splits active for sentiment and toxicity.
 * Usage: {@code ClassifyBenchmark ../shared/data}.
 */
public class ClassifyBenchmark {

	public static void main(String[] args) throws Exception {
		Path data = Path.of(args.length > 0 ? args[0] : "../shared/data");
		List<Learner.Labelled> sentences = new ArrayList<>(LabelledFiles.read(data.resolve("uit-vsfc/dev"), Task.SENTIMENT));
		sentences.addAll(LabelledFiles.read(data.resolve("vihsd/dev.csv"), Task.TOXIC));
		List<String> items = new ArrayList<>();
		StringBuilder item = new StringBuilder();
		for (int i = 0; items.size() < 500; i++) {
			item.append(sentences.get(i % sentences.size()).text()).append(". ");
			if (item.length() >= 2000) {
				items.add(item.toString());
				item.setLength(0);
			}
		}
		ModelRepository none = (ModelRepository) Proxy.newProxyInstance(ModelRepository.class.getClassLoader(),
				new Class<?>[] { ModelRepository.class }, (proxy, method, arguments) -> Optional.empty());
		ClassifierService service = new ClassifierService(none, vn.tuyengiao.text.Segmentation.none());
		measure("keyword rules", service, items);
		service.activate(Task.SENTIMENT, "labels-1",
				Learner.forTask(Task.SENTIMENT).train(LabelledFiles.read(data.resolve("uit-vsfc/train"), Task.SENTIMENT)));
		service.activate(Task.TOXIC, "labels-1",
				Learner.forTask(Task.TOXIC).train(LabelledFiles.read(data.resolve("vihsd/train.csv"), Task.TOXIC)));
		measure("trained sentiment and toxic models", service, items);
	}

	private static void measure(String what, ClassifierService service, List<String> items) {
		long sink = 0;
		for (int round = 0; round < 3; round++) {
			for (String text : items) {
				sink += service.sentiment(text).reasons().size() + service.toxicity(text).reasons().size();
			}
		}
		// Thread CPU time, so that the figure is per core even when other builds share the machine.
		java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
		long start = System.nanoTime();
		long cpuStart = threads.getCurrentThreadCpuTime();
		int n = 0;
		double chars = 0;
		while (System.nanoTime() - start < 20_000_000_000L) {
			for (String text : items) {
				sink += service.sentiment(text).reasons().size() + service.toxicity(text).reasons().size()
						+ service.workArea(text).reasons().size();
				chars += text.length();
				n++;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
		System.out.printf(Locale.ROOT,
				"%s: %.0f items per CPU second (%.0f per wall second on the shared machine; 3 classifications each, %.0f chars on average) [%d]%n",
				what, n / cpu, n / seconds, chars / n, sink % 2);
	}

}
