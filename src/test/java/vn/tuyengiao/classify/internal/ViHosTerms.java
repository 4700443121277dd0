package vn.tuyengiao.classify.internal;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Tool (not a test) that prints the candidates for {@code classify/toxic-vihos.txt}: words and phrases of one to
 * three syllables that ViHOS's annotators marked as offensive or hateful at least 4 times and in at least 85% of
 * their occurrences, found in at most one news document of the given corpora and holding no offensive or
 * hate term of {@code toxic.txt}; a phrase holding a shorter candidate is left out. ViHOS holds most of the
 * toxic comments of ViHSD's dev split, on which the rules are measured: {@code --exclude} leaves those out. Each with (marked / occurrences; news
 * documents). The candidates are then read by a person, who keeps those without a common innocent sense.
 * <p>
 * {@code java -cp … vn.tuyengiao.classify.internal.ViHosTerms ../shared/data/vihos/data_Span_Extraction_based_version_train.csv
 * --exclude ../shared/data/vihsd/dev.csv ../shared/data/ud-vtb/vi_vtb-ud-train.conllu ../shared/data/ud-vtb/vi_vtb-ud-dev.conllu
 * ../shared/data/rdrsegmenter/Train_gold.txt ../shared/data/vfnd/vn_news_226_tlfr.csv}
 */
public class ViHosTerms {

	static final int MIN_MARKED = 4;

	static final double MIN_SHARE = 0.85;

	static final int MAX_NEWS = 1;

	public static void main(String[] args) throws Exception {
		int first = 1;
		Set<String> excluded = new HashSet<>();
		if (args.length > 2 && args[1].equals("--exclude")) {
			// comments of the set the rules are measured on are left out, or the measure would flatter the list
			for (String text : documents(Path.of(args[2]), true)) {
				excluded.add(String.join(" ", Features.words(text)));
			}
			first = 3;
		}
		Map<String, int[]> counts = new HashMap<>();
		try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
				.setAllowMissingColumnNames(true).get().parse(in)) {
				if (!excluded.contains(String.join(" ", Features.words(row.get("content"))))) {
					count(row.get("content"), spans(row.get("index_spans")), counts);
				}
			}
		}
		Map<String, Integer> news = new HashMap<>();
		for (int a = first; a < args.length; a++) {
			for (String document : documents(Path.of(args[a]), false)) {
				Set<String> seen = new HashSet<>(grams(Features.words(document)));
				seen.forEach(g -> news.merge(g, 1, Integer::sum));
			}
		}
		Set<String> known = new HashSet<>();
		for (Lexicon.Term term : Lexicon.load("/classify/toxic.txt").terms()) {
			if (term.kind().equals("OFFENSIVE") || term.kind().equals("HATE")) {
				known.add(term.phrase());
			}
		}
		Set<String> selected = new HashSet<>();
		counts.forEach((gram, c) -> {
			if (c[1] >= MIN_MARKED && c[1] >= MIN_SHARE * c[0] && news.getOrDefault(gram, 0) <= MAX_NEWS
					&& grams(List.of(gram.split(" "))).stream().noneMatch(known::contains)) {
				selected.add(gram);
			}
		});
		List<String> shown = new ArrayList<>();
		selected.stream()
			.filter(g -> grams(List.of(g.split(" "))).stream().noneMatch(part -> !part.equals(g) && selected.contains(part)))
			.sorted((a, b) -> counts.get(b)[1] - counts.get(a)[1])
			.forEach(g -> shown.add(g + " (" + counts.get(g)[1] + "/" + counts.get(g)[0] + "; " + news.getOrDefault(g, 0) + ")"));
		System.out.println(shown.size() + " candidates");
		System.out.println(String.join(", ", shown));
	}

	/** Occurrences of each n-gram, and how many lie wholly inside the annotators' spans. */
	static void count(String content, Set<Integer> marked, Map<String, int[]> counts) {
		List<String> syllables = new ArrayList<>();
		List<Boolean> inside = new ArrayList<>();
		int i = 0;
		while (i < content.length()) {
			if (!Character.isLetterOrDigit(content.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			boolean all = true;
			while (i < content.length() && (Character.isLetterOrDigit(content.charAt(i))
					|| Character.getType(content.charAt(i)) == Character.NON_SPACING_MARK)) {
				all &= marked.contains(i);
				i++;
			}
			for (String word : Features.words(content.substring(start, i))) {
				syllables.add(word);
				inside.add(all);
			}
		}
		for (int n = 1; n <= 3; n++) {
			for (int s = 0; s + n <= syllables.size(); s++) {
				int[] c = counts.computeIfAbsent(String.join(" ", syllables.subList(s, s + n)), k -> new int[2]);
				c[0]++;
				c[1] += inside.subList(s, s + n).contains(false) ? 0 : 1;
			}
		}
	}

	static List<String> grams(List<String> words) {
		List<String> grams = new ArrayList<>();
		for (int n = 1; n <= 3; n++) {
			for (int s = 0; s + n <= words.size(); s++) {
				grams.add(String.join(" ", words.subList(s, s + n)));
			}
		}
		return grams;
	}

	static Set<Integer> spans(String written) {
		Set<Integer> marked = new HashSet<>();
		for (String number : written.replaceAll("[\\[\\]\\s]", "").split(",")) {
			if (!number.isEmpty()) {
				marked.add(Integer.parseInt(number));
			}
		}
		return marked;
	}

	/**
	 * The documents of a corpus: a CoNLL-U file's sentences, a CSV's rows (or only their first column, the text of a
	 * labelled set such as ViHSD's {@code free_text,label_id}), or a text file's lines.
	 */
	static List<String> documents(Path file, boolean firstColumn) throws Exception {
		List<String> documents = new ArrayList<>();
		String name = file.getFileName().toString();
		if (name.endsWith(".csv")) {
			try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				for (CSVRecord row : CSVFormat.DEFAULT.parse(in)) {
					documents.add(firstColumn ? row.get(0) : String.join(" ", row.values()));
				}
			}
			return documents;
		}
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (name.endsWith(".conllu")) {
				if (line.startsWith("# text = ")) {
					documents.add(line.substring(9));
				}
			}
			else {
				documents.add(line.replace('_', ' '));
			}
		}
		return documents;
	}

}
