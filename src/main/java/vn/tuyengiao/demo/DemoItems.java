package vn.tuyengiao.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.ClassPathResource;

import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo's invented items, read once from {@value #RESOURCE}, newest first. The fields {@code area},
 * {@code sentiment}, {@code flags} and {@code story} are the demo's own answers for later checks, never served.
 */
final class DemoItems {

	static final String RESOURCE = "demo/monitor/items.jsonl";

	record Item(String outlet, String section, String slug, String title, String author, OffsetDateTime published,
			String summary, List<String> paragraphs, List<String> tags, String area, String sentiment,
			List<String> flags, String story, String platform) {

		/** The body as plain text, paragraphs separated by a blank line. */
		public String text() {
			return String.join("\n\n", paragraphs);
		}

		/** The publication time as ISO-8601 with seconds and the +07:00 offset, as feeds and meta tags carry it. */
		public String publishedIso() {
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published);
		}

	}

	private static final List<Item> ALL = load();

	private DemoItems() {
	}

	static List<Item> all() {
		return ALL;
	}

	static List<Item> of(String outlet) {
		return ALL.stream().filter(i -> i.outlet().equals(outlet)).toList();
	}

	private static List<Item> load() {
		// Keep the +07:00 of the file rather than moving every time to UTC.
		JsonMapper json = JsonMapper.builder().disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE).build();
		List<Item> items = new ArrayList<>();
		try (BufferedReader lines = new BufferedReader(
				new InputStreamReader(new ClassPathResource(RESOURCE).getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (!line.isBlank()) {
					items.add(json.readValue(line, Item.class));
				}
			}
		}
		catch (IOException e) {
			throw new DemoItemsUnreadable(e);
		}
		items.sort(Comparator.comparing(Item::published).reversed().thenComparing(Item::slug));
		return List.copyOf(items);
	}

}
