package vn.tuyengiao.monitor.internal.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What a page declares about its article in JSON-LD ({@code <script type="application/ld+json">}). */
final class LinkedData {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private LinkedData() {
	}

	/**
	 * Headline, author, dates and body of the first Article-like object in the page's JSON-LD (also inside
	 * {@code @graph} and arrays). Broken JSON is skipped: many pages ship it.
	 */
	static Map<String, String> of(Document doc) {
		Map<String, String> found = new HashMap<>();
		for (Element script : doc.select(Css.of("script[type=application/ld+json]"))) {
			try {
				JsonNode article = findArticle(JSON.readTree(script.data()));
				if (article == null) {
					continue;
				}
				put(found, "headline", textOf(article.get("headline")));
				put(found, "datePublished", textOf(article.get("datePublished")));
				put(found, "articleBody", textOf(article.get("articleBody")));
				put(found, "author", authorOf(article.get("author")));
			}
			catch (JacksonException ex) {
				// malformed JSON-LD says nothing
			}
		}
		return found;
	}

	private static JsonNode findArticle(JsonNode node) {
		if (node == null) {
			return null;
		}
		if (node.isArray()) {
			for (JsonNode item : node) {
				JsonNode found = findArticle(item);
				if (found != null) {
					return found;
				}
			}
			return null;
		}
		if (!node.isObject()) {
			return null;
		}
		JsonNode type = node.get("@type");
		String types = type == null ? "" : type.toString();
		if (types.contains("Article") || types.contains("BlogPosting") || types.contains("ReportageNews")
				|| types.contains("DiscussionForumPosting")) {
			return node;
		}
		return findArticle(node.get("@graph"));
	}

	private static String authorOf(JsonNode author) {
		if (author == null) {
			return null;
		}
		if (author.isArray()) {
			List<String> names = new ArrayList<>();
			for (JsonNode one : author) {
				String name = authorOf(one);
				if (name != null) {
					names.add(name);
				}
			}
			return names.isEmpty() ? null : String.join(", ", names);
		}
		return person(author.isObject() ? textOf(author.get("name")) : textOf(author));
	}

	private static String textOf(JsonNode node) {
		return node == null || !node.isValueNode() ? null : node.asString();
	}

	private static void put(Map<String, String> map, String key, String value) {
		if (value != null && !value.isBlank()) {
			map.putIfAbsent(key, value);
		}
	}

	/** A name, not a profile link that some templates put in {@code article:author}. */
	static String person(String value) {
		if (value == null || value.isBlank() || value.startsWith("http://") || value.startsWith("https://")) {
			return null;
		}
		return value.strip();
	}

}
