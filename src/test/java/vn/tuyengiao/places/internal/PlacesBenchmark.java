package vn.tuyengiao.places.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import vn.tuyengiao.places.PlaceMention;

/**
 * Tagging throughput on one thread: items of about 2,000 characters cut from the real news articles of
 * {@code ../shared/data/vfnd} (title: the article's first line), three warm-up rounds then five measured ones, tagged against the whole country's
 * gazetteer before and after 1/7/2025 (dvhcvn). Not a test; run it as a main (see docs/PERFORMANCE.md):
 * {@code java -cp target/classes:target/test-classes:CLASSPATH vn.tuyengiao.places.internal.PlacesBenchmark [seconds]}.
 */
public final class PlacesBenchmark {

	private PlacesBenchmark() {
	}

	record Item(String title, String text) {
	}

	public static void main(String[] args) throws Exception {
		double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 5;
		long built = System.nanoTime();
		Gazetteer gazetteer = Gazetteers.of(Gazetteers.WHOLE_COUNTRY);
		Tagger tagger = Gazetteers.tagger(gazetteer, "06");
		System.out.printf("gazetteer: %,d units, built with its tagger in %,d ms (cold JVM)%n", gazetteer.units().size(),
				(System.nanoTime() - built) / 1_000_000);
		List<Item> items = items(Gazetteers.DATA.resolve("vfnd").resolve("vn_news_226_tlfr.csv"));
		long chars = items.stream().mapToLong(i -> i.title().length() + i.text().length()).sum();
		System.out.printf("items: %,d, %,d characters (%.0f per item)%n", items.size(), chars, (double) chars / items.size());
		int mentions = 0;
		for (Item item : items) {
			mentions += tagger.tag(item.title(), item.text()).size();
		}
		System.out.printf("mentions: %,d (%.2f per item)%n", mentions, (double) mentions / items.size());
		for (int w = 0; w < 3; w++) {
			System.out.printf("warm-up %d: %,.0f items/s%n", w + 1, run(tagger, items, seconds));
		}
		double[] rounds = new double[5];
		for (int r = 0; r < rounds.length; r++) {
			rounds[r] = run(tagger, items, seconds);
			System.out.printf("round %d: %,.0f items/s%n", r + 1, rounds[r]);
		}
		Arrays.sort(rounds);
		System.out.printf("median: %,.0f items/s = %,.1f M characters/s, one thread%n", rounds[2],
				rounds[2] * chars / items.size() / 1e6);
		for (Item item : items.subList(0, 5)) {
			for (PlaceMention mention : tagger.tag(item.title(), item.text())) {
				System.out.printf("  %-30s -> %s %s | %s%n", mention.written(), mention.place().code(), mention.place().name(),
						mention.reason());
			}
		}
	}

	private static double run(Tagger tagger, List<Item> items, double seconds) {
		long start = System.nanoTime();
		long deadline = start + (long) (seconds * 1e9);
		long done = 0;
		int sink = 0;
		while (System.nanoTime() < deadline) {
			for (Item item : items) {
				sink += tagger.tag(item.title(), item.text()).size();
			}
			done += items.size();
		}
		if (sink == 42) {
			System.out.print("");
		}
		return done / ((System.nanoTime() - start) / 1e9);
	}

	/** Articles of the CSV cut into items of about 2,000 characters at a space; the title is the first line. */
	static List<Item> items(Path csv) throws Exception {
		List<Item> items = new ArrayList<>();
		for (String article : texts(Files.readString(csv, StandardCharsets.UTF_8))) {
			int newline = article.indexOf('\n');
			String title = newline > 0 ? article.substring(0, newline) : "";
			String body = article.substring(Math.max(newline, 0));
			for (int from = 0; from < body.length();) {
				int to = Math.min(body.length(), from + 2000);
				int space = body.lastIndexOf(' ', to);
				to = to < body.length() && space > from + 1000 ? space : to;
				if (to - from > 500) {
					items.add(new Item(title, body.substring(from, to)));
				}
				from = to;
			}
		}
		return items;
	}

	/** The first column of a CSV with quoted fields over several lines. */
	private static List<String> texts(String csv) {
		List<String> texts = new ArrayList<>();
		int i = csv.indexOf('\n') + 1;
		while (i < csv.length()) {
			StringBuilder field = new StringBuilder();
			if (csv.charAt(i) == '"') {
				i++;
				while (i < csv.length()) {
					char c = csv.charAt(i++);
					if (c == '"' && i < csv.length() && csv.charAt(i) == '"') {
						field.append('"');
						i++;
					}
					else if (c == '"') {
						break;
					}
					else {
						field.append(c);
					}
				}
			}
			else {
				while (i < csv.length() && csv.charAt(i) != ',' && csv.charAt(i) != '\n') {
					field.append(csv.charAt(i++));
				}
			}
			texts.add(field.toString());
			int end = csv.indexOf('\n', i);
			i = end < 0 ? csv.length() : end + 1;
		}
		return texts;
	}

}
