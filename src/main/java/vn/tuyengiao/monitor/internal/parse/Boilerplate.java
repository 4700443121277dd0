package vn.tuyengiao.monitor.internal.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;

/**
 * The parts of a news page that are not the article: menus, headers and footers, sidebars, share buttons,
 * comments, related and other news, breadcrumbs, advertising. Recognised by element (nav, aside, footer)
 * and by the words Vietnamese and international templates put in class names and ids.
 */
final class Boilerplate {

	/** Elements that never hold article text. */
	private static final String NEVER_TEXT = "script, style, noscript, template, iframe, frame, object, embed, canvas, "
			+ "svg, audio, video, button, input, select, textarea, nav, aside, footer, figcaption, link, meta";

	/** Whole words in class names and ids. */
	private static final Set<String> WORDS = Set.of("nav", "navbar", "navigation", "menu", "menus", "mainmenu",
			"submenu", "megamenu", "footer", "sidebar", "breadcrumb", "breadcrumbs", "share", "sharing", "social",
			"comment", "comments", "related", "relate", "advertisement", "advert", "ads", "ad", "qc", "banner",
			"widget", "popup", "modal", "cookie", "newsletter", "subscribe", "tags", "tag", "keywords", "print",
			"pagination", "pager", "copyright", "hotline", "login", "search", "toolbar", "rating", "vote", "sitemap",
			"topbar", "masthead", "logo", "caption", "signature");

	/** Phrases written as one word or with separators: tin-lien-quan, tinlienquan, TinLienQuan. */
	private static final List<String> PHRASES = List.of("lienquan", "tinkhac", "tinmoi", "tinxemnhieu", "xemnhieu",
			"docnhieu", "binhluan", "quangcao", "cungchuyenmuc", "tukhoa", "relatednews", "relatedpost", "othernews",
			"morenews", "mostread", "mostviewed", "socialshare", "breadcrumb", "chiase", "chuky");

	/** Words that mark navigation rather than content, for link discovery on section pages. */
	private static final Set<String> NAVIGATION_WORDS = Set.of("nav", "navbar", "navigation", "menu", "menus",
			"mainmenu", "submenu", "megamenu", "footer", "breadcrumb", "breadcrumbs", "pagination", "pager", "tags",
			"tag", "keywords", "login", "social", "share", "sharing", "topbar", "sitemap");

	private static final List<String> NAVIGATION_PHRASES = List.of("breadcrumb", "tukhoa", "chiase");

	/** Class names and ids of the article body in common Vietnamese and international templates. */
	static final String CONTENT = "[itemprop=articleBody], .detail-content, .detail__content, .content-detail, "
			+ ".article-content, .article__content, .article-body, .article__body, .news-content, .post-content, "
			+ ".entry-content, .fck_detail, .noidungchitiet, .noi-dung, .noidung, .cms-body, .singular-content, "
			+ ".journal-content-article, .ExternalClass, #content-detail, #main-detail, #noidung";

	private Boilerplate() {
	}

	/**
	 * Removes boilerplate from a page in place. A header inside an article stays (it holds the title and the
	 * lead); an element that holds the article body or most of the page's prose stays whatever its class says,
	 * because templates name wrappers things like {@code has-sidebar}.
	 */
	static void strip(Element body) {
		body.select(Css.of(NEVER_TEXT)).remove();
		body.select(Css.of("[hidden], [aria-hidden=true], [style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]"))
			.remove();
		for (Element header : body.select(Css.of("header"))) {
			if (header.closest(Css.of("article, main")) == null) {
				header.remove();
			}
		}
		int prose = prose(body);
		List<Element> marked = new ArrayList<>();
		for (Element element : body.getAllElements()) {
			// ASP.NET pages wrap the whole page in one form: a form goes only when it is not the page
			if (element != body && (isMarked(element) || element.nameIs("form"))) {
				marked.add(element);
			}
		}
		for (Element element : marked) {
			if (element.parent() != null && !holdsArticle(element, prose)) {
				element.remove();
			}
		}
	}

	/** Whether the element's class or id says it is boilerplate. */
	static boolean isMarked(Element element) {
		return isMarked(element, WORDS, PHRASES);
	}

	/** Whether the element's class or id says it is navigation: menus, breadcrumbs, paging, tags. */
	static boolean isNavigation(Element element) {
		return isMarked(element, NAVIGATION_WORDS, NAVIGATION_PHRASES);
	}

	// compiled once: every element of every page with a class or an id goes through them
	private static final Pattern CAMEL = Pattern.compile("([a-z])([A-Z])");

	private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static boolean isMarked(Element element, Set<String> words, List<String> phrases) {
		String names = element.className() + " " + element.id();
		if (names.isBlank()) {
			return false;
		}
		// split camelCase too: TinLienQuan, boxRelated
		String spaced = CAMEL.matcher(names).replaceAll("$1 $2").toLowerCase(Locale.ROOT);
		for (String word : NOT_ALPHANUMERIC.split(spaced)) {
			if (words.contains(word)) {
				return true;
			}
		}
		for (String name : SPACES.split(names.toLowerCase(Locale.ROOT))) {
			String compact = NOT_ALPHANUMERIC.matcher(name).replaceAll("");
			for (String phrase : phrases) {
				if (compact.contains(phrase)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean holdsArticle(Element element, int prose) {
		if (element.nameIs("html") || element.nameIs("body") || element.nameIs("main") || element.nameIs("article")) {
			return true;
		}
		if (!element.select(Css.of(CONTENT)).isEmpty() || element.is(Css.of(CONTENT))) {
			return true;
		}
		return prose > 0 && prose(element) * 2 > prose && linkDensity(element) < 0.25;
	}

	/** Characters in paragraphs long enough to be prose rather than link lists. */
	static int prose(Element element) {
		int total = 0;
		for (Element paragraph : element.select(Css.of("p"))) {
			int length = paragraph.text().length();
			if (length >= 80) {
				total += length;
			}
		}
		return total;
	}

	/** The share of an element's text that is link text. */
	static double linkDensity(Element element) {
		int length = element.text().length();
		if (length == 0) {
			return 0;
		}
		int links = 0;
		for (Element link : element.select(Css.of("a"))) {
			links += link.text().length();
		}
		return Math.min(1, (double) links / length);
	}

}
