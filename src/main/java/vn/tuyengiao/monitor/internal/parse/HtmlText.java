package vn.tuyengiao.monitor.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML made plain text the way a reader sees it: each block (paragraph, heading, list item, table cell,
 * division) its own paragraph, paragraphs separated by one blank line, a {@code <br>} a line break, runs of
 * spaces one space. Scripts and styles say nothing.
 */
final class HtmlText {

	private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
			"aside", "nav", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "blockquote", "pre",
			"table", "thead", "tbody", "tr", "td", "th", "figure", "figcaption", "hr", "address", "form", "fieldset",
			"center", "details", "summary");

	private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "svg", "head");

	private static final char BREAK = '\u0001';

	// compiled once: splitting and collapsing every text with patterns compiled anew showed in profiles
	private static final Pattern PARAGRAPHS = Pattern.compile("(" + BREAK + "|\n[ \t\u00A0]*\n)+");

	private static final Pattern SPACES = Pattern.compile("[ \\t\\r\\f\\u2000-\\u200A\\u202F\\u3000]+");

	private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n\\s*");

	private static final Pattern LAYOUT = Pattern.compile("[\\r\\n\\t]");

	private HtmlText() {
	}

	/** The text of an HTML fragment, such as a feed's description; null gives null, markup-free text stays. */
	static String ofFragment(String html) {
		if (html == null) {
			return null;
		}
		if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
			return tidy(BLANK_LINE.matcher(html).replaceAll(String.valueOf(BREAK)));
		}
		return of(Jsoup.parseBodyFragment(html).body());
	}

	/** The text of an element, in paragraphs. */
	static String of(Element root) {
		StringBuilder raw = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text && !silent(text)) {
					// line breaks in the source are layout, not text, except in preformatted blocks
					raw.append(preformatted(text) ? text.getWholeText() : LAYOUT.matcher(text.getWholeText()).replaceAll(" "));
				}
				else if (node instanceof Element element) {
					if (element.nameIs("br")) {
						raw.append('\n');
					}
					else if (BLOCKS.contains(element.normalName())) {
						raw.append(BREAK);
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					raw.append(BREAK);
				}
			}
		}, root);
		return tidy(raw.toString());
	}

	private static boolean preformatted(TextNode text) {
		for (Node parent = text.parentNode(); parent instanceof Element element; parent = parent.parentNode()) {
			if (element.nameIs("pre") || element.nameIs("textarea")) {
				return true;
			}
		}
		return false;
	}

	private static boolean silent(TextNode text) {
		for (Node parent = text.parentNode(); parent instanceof Element element; parent = parent.parentNode()) {
			if (SILENT.contains(element.normalName())) {
				return true;
			}
		}
		return false;
	}

	/** Paragraphs split at block edges, lines trimmed and spaces collapsed, empty ones dropped. */
	private static String tidy(String raw) {
		List<String> paragraphs = new ArrayList<>();
		// two line breaks in a row, as in <br><br>, end a paragraph too
		for (String block : PARAGRAPHS.split(raw)) {
			List<String> lines = new ArrayList<>();
			for (String line : block.split("\n")) {
				String clean = SPACES.matcher(line.replace('\u00A0', ' ')).replaceAll(" ").strip();
				if (!clean.isEmpty()) {
					lines.add(clean);
				}
			}
			if (!lines.isEmpty()) {
				paragraphs.add(String.join("\n", lines));
			}
		}
		return String.join("\n\n", paragraphs);
	}

}
