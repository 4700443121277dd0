package vn.tuyengiao.monitor.internal.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * CSS selectors parsed once. jsoup parses a selector given as text on every call, and extracting one
 * article runs some forty of them: parsed anew for every page, they cost more than the matching.
 */
final class Css {

	private static final Map<String, Evaluator> PARSED = new ConcurrentHashMap<>();

	private Css() {
	}

	/** The selector, parsed on first use; the selectors are the code's own, so the map stays small. */
	static Evaluator of(String selector) {
		return PARSED.computeIfAbsent(selector, QueryParser::parse);
	}

}
