package vn.tuyengiao.monitor.internal.parse;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Where an article page keeps its text: the opening post of a forum thread, the body block as the template
 * names it, the {@code <article>}, or else the block whose prose scores most.
 */
final class MainBlock {

	/** Below this, a named body is probably a teaser box and the page is scored instead. */
	private static final int MIN_BODY = 150;

	/** The post body in common forum software (XenForo, vBulletin, phpBB). */
	private static final String FORUM_POST = ".message-body .bbWrapper, .postcontent, .post_message, .messageText, "
			+ ".postbody .content";

	private MainBlock() {
	}

	/** The block that holds the article, as the template names it or else as its prose shows. */
	static Element of(Element body) {
		Element openingPost = body.selectFirst(Css.of(FORUM_POST));
		if (openingPost != null && !openingPost.text().isBlank()) {
			return openingPost; // a thread is about its first post, however long the replies
		}
		for (String selector : Boilerplate.CONTENT.split(",\\s*")) {
			Element best = longest(body.select(Css.of(selector)));
			if (best != null && best.text().length() >= MIN_BODY) {
				return best;
			}
		}
		Element article = longest(body.select(Css.of("article")));
		if (article != null && article.text().length() >= MIN_BODY) {
			return article;
		}
		Element scored = highestScoring(body);
		return scored == null ? body : scored;
	}

	private static Element longest(Elements elements) {
		Element best = null;
		for (Element element : elements) {
			if (best == null || element.text().length() > best.text().length()) {
				best = element;
			}
		}
		return best;
	}

	/**
	 * The element whose paragraphs score most, after the readability heuristic: each paragraph of 25 or more
	 * characters scores one, one more per comma and up to three for its length, for its parent and half as
	 * much for its grandparent; a block mostly of links loses its score in proportion.
	 */
	private static Element highestScoring(Element body) {
		Map<Element, Double> scores = new HashMap<>();
		for (Element paragraph : body.select(Css.of("p, pre, td, blockquote, div, li"))) {
			String own = paragraph.nameIs("div") || paragraph.nameIs("td") || paragraph.nameIs("li")
					? paragraph.ownText() : paragraph.text();
			if (own.length() < 25) {
				continue;
			}
			double score = 1 + own.split("[,،、，]", -1).length - 1 + Math.min(own.length() / 100.0, 3);
			Element parent = paragraph.nameIs("div") || paragraph.nameIs("td") ? paragraph : paragraph.parent();
			if (parent == null) {
				continue;
			}
			scores.merge(parent, score, Double::sum);
			if (parent.parent() != null && parent.parent() != body.parent()) {
				scores.merge(parent.parent(), score / 2, Double::sum);
			}
		}
		Element best = null;
		double bestScore = 0;
		for (Map.Entry<Element, Double> candidate : scores.entrySet()) {
			double score = candidate.getValue() * (1 - Boilerplate.linkDensity(candidate.getKey()));
			if (score > bestScore) {
				best = candidate.getKey();
				bestScore = score;
			}
		}
		return best;
	}

}
