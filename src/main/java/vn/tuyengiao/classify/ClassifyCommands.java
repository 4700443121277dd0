package vn.tuyengiao.classify;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import vn.tuyengiao.classify.internal.KeywordRules;
import vn.tuyengiao.classify.internal.LabelledFiles;
import vn.tuyengiao.classify.internal.Learner;
import vn.tuyengiao.classify.internal.LinearModel;
import vn.tuyengiao.classify.internal.Scores;
import vn.tuyengiao.classify.internal.Task;
import vn.tuyengiao.classify.internal.Features;

/**
 * The {@code classify} command line, run without starting the platform: {@code classify eval} trains the
 * platform's learner on one labelled file and scores it on another, or ({@code --default}) scores what a fresh
 * installation decides with: the keyword rules over the shipped lexicons.
 */
public final class ClassifyCommands {

	static final String USAGE = """
			Usage / Cách dùng:
			  java -jar tuyengiao.jar classify eval --task toxic|sentiment --train FILE --test FILE
			      Trains on the first file, evaluates on the second: per-class precision, recall and F1,
			      then a last line accuracy=NN.NN macro_f1=NN.NN (percentages).
			      (Huấn luyện trên tệp thứ nhất, đánh giá trên tệp thứ hai.)
			  java -jar tuyengiao.jar classify eval --task toxic|sentiment --default --test FILE
			      Evaluates what a fresh installation decides with instead: the keyword rules and lexicons
			      shipped with the product, no training (--rules is the same).
			      (Đánh giá đúng bộ phân loại của bản cài mới: luật và từ điển có sẵn, không huấn luyện.)
			FILE is one of / FILE là một trong:
			  - a CSV file with a header, a text column free_text or text and a label column label_id or label;
			    fields may be quoted and hold commas and line breaks; UTF-8.
			    (ViHSD: free_text,label_id with 0 clean, 1 offensive, 2 hate.)
			  - labels as numbers or names: toxic 0 clean / 1 offensive / 2 hate;
			    sentiment 0 negative / 1 neutral / 2 positive (as in UIT-VSFC).
			  - a UIT-VSFC directory holding sents.txt and sentiments.txt (one sentence and its label a line).
			Exit code 0 on success, 2 on bad arguments or an unreadable file. / Mã thoát 0 khi thành công, 2 khi sai.
			""";

	private ClassifyCommands() {
	}

	/** Runs the command; 0 on success, 2 on bad arguments or files (with a Vietnamese message, no stack trace). */
	public static int run(String[] args, PrintStream out, PrintStream err) {
		if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
			(args.length == 0 ? err : out).print(USAGE);
			return args.length == 0 ? 2 : 0;
		}
		if (!args[0].equals("eval")) {
			return usage(err, "Lệnh không có / Unknown command: " + args[0]);
		}
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--help") || arg.equals("-h")) {
				out.print(USAGE);
				return 0;
			}
			if (arg.equals("--default") || arg.equals("--rules")) {
				options.put("--default", "true");
			}
			else if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(0, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
			else if ((arg.equals("--task") || arg.equals("--train") || arg.equals("--test")) && i + 1 < args.length) {
				options.put(arg, args[++i]);
			}
			else {
				return usage(err, "Tham số không hợp lệ / Bad argument: " + arg);
			}
		}
		Task task = Task.byKey(options.getOrDefault("--task", ""));
		if (task == null || task == Task.WORK_AREA) {
			return usage(err, "Cần --task toxic hoặc --task sentiment / Missing or bad --task");
		}
		boolean rules = options.containsKey("--default");
		if (options.get("--test") == null || (!rules && options.get("--train") == null)) {
			return usage(err, "Cần --train FILE (hoặc --default) và --test FILE / Missing --train (or --default) or --test");
		}
		try {
			List<Learner.Labelled> test = LabelledFiles.read(Path.of(options.get("--test")), task);
			List<String> predicted = new ArrayList<>(test.size());
			if (rules) {
				// the classifiers of a fresh installation are these rules: no model is active until staff train one
				KeywordRules keywordRules = new KeywordRules();
				out.printf("Bản cài mới: luật từ khóa (%s), %d câu kiểm tra%n", KeywordRules.MODEL, test.size());
				for (Learner.Labelled example : test) {
					KeywordRules.Reading reading = KeywordRules.Reading.of(example.text());
					predicted.add(task == Task.TOXIC ? keywordRules.toxicity(reading).label().name()
							: keywordRules.sentiment(reading).label().name());
				}
			}
			else {
				List<Learner.Labelled> train = LabelledFiles.read(Path.of(options.get("--train")), task);
				long start = System.nanoTime();
				LinearModel model = Learner.forTask(task).train(train);
				double seconds = (System.nanoTime() - start) / 1e9;
				Map<String, Integer> counts = new TreeMap<>();
				train.forEach(example -> counts.merge(example.label(), 1, Integer::sum));
				out.printf(Locale.ROOT, "Huấn luyện / trained: %d câu %s, %d đặc trưng, %.1f s%n", train.size(), counts,
						model.features(), seconds);
				long scoring = System.nanoTime();
				for (Learner.Labelled example : test) {
					predicted.add(model.decide(Features.of(example.text())).label());
				}
				out.printf(Locale.ROOT, "Đánh giá / tested: %d câu, %.0f câu/s%n", test.size(),
						test.size() / ((System.nanoTime() - scoring) / 1e9));
			}
			Scores scores = Scores.of(test.stream().map(Learner.Labelled::label).toList(), predicted);
			out.printf("%-12s %9s %9s %9s %8s%n", "label", "precision", "recall", "f1", "support");
			for (Scores.PerClass c : scores.classes()) {
				out.printf(Locale.ROOT, "%-12s %9.2f %9.2f %9.2f %8d%n", c.label(), 100 * c.precision(), 100 * c.recall(),
						100 * c.f1(), c.support());
			}
			out.printf(Locale.ROOT, "weighted_f1=%.2f%n", 100 * scores.weightedF1());
			if (task == Task.TOXIC) {
				// the false alarms an analyst reads: clean texts given any other label
				long clean = 0;
				long flagged = 0;
				for (int i = 0; i < test.size(); i++) {
					if (test.get(i).label().equals("CLEAN")) {
						clean++;
						flagged += predicted.get(i).equals("CLEAN") ? 0 : 1;
					}
				}
				out.printf(Locale.ROOT, "clean_flagged=%.2f (%d/%d)%n", clean == 0 ? 0 : 100.0 * flagged / clean, flagged, clean);
			}
			out.println(scores.summaryLine());
			out.flush();
			return 0;
		}
		catch (LabelledFiles.Unreadable e) {
			err.println(e.getMessage());
			return 2;
		}
	}

	private static int usage(PrintStream err, String problem) {
		err.println(problem);
		err.print(USAGE);
		err.flush();
		return 2;
	}

}
