package vn.tuyengiao.monitor.internal;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import org.springframework.web.util.UriComponentsBuilder;

import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.platform.VietnamTime;

/**
 * The parameters of the search page, which are its address: a search is saved by keeping its link. Each
 * facet link, sort link and page link is this search with one parameter changed.
 *
 * @param month a month as {@code yyyy-MM}, the facet of the publication date
 * @param sort {@code relevance} or {@code date}
 */
record SearchLink(String q, boolean exact, String outlet, String kind, String language, String month, String sort,
		int page) {

	static final int PAGE_SIZE = 20;

	SearchLink {
		q = blankToNull(q);
		outlet = blankToNull(outlet);
		kind = blankToNull(kind);
		language = blankToNull(language);
		month = blankToNull(month);
		sort = "date".equals(sort) ? "date" : "relevance";
		page = Math.max(0, page);
	}

	/** The query it stands for; an empty text lists the newest items first (the search sorts it so). */
	ItemSearch.Query query() {
		YearMonth shownMonth = monthFilter();
		return new ItemSearch.Query(q, exact, outlet, kindFilter(), language,
				shownMonth == null ? null : shownMonth.atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant(),
				shownMonth == null ? null : shownMonth.plusMonths(1).atDay(1).atStartOfDay(VietnamTime.ZONE).toInstant(),
				"date".equals(sort), page, PAGE_SIZE);
	}

	/** This search with one filter or the sort set (or cleared with {@code null}), from its first page. */
	public SearchLink with(String parameter, String value) {
		return switch (parameter) {
			case "outlet" -> new SearchLink(q, exact, value, kind, language, month, sort, 0);
			case "kind" -> new SearchLink(q, exact, outlet, value, language, month, sort, 0);
			case "language" -> new SearchLink(q, exact, outlet, kind, value, month, sort, 0);
			case "month" -> new SearchLink(q, exact, outlet, kind, language, value, sort, 0);
			case "sort" -> new SearchLink(q, exact, outlet, kind, language, month, value, 0);
			default -> throw new UnknownSearchFilter(parameter);
		};
	}

	public SearchLink atPage(int number) {
		return new SearchLink(q, exact, outlet, kind, language, month, sort, number);
	}

	public String url() {
		UriComponentsBuilder url = UriComponentsBuilder.fromPath("/monitor/items");
		add(url, "q", q);
		if (exact) {
			url.queryParam("exact", "true");
		}
		add(url, "outlet", outlet);
		add(url, "kind", kind);
		add(url, "language", language);
		add(url, "month", month);
		if ("date".equals(sort)) {
			url.queryParam("sort", sort);
		}
		if (page > 0) {
			url.queryParam("page", page);
		}
		return url.build(true).toUriString();
	}

	private SourceKind kindFilter() {
		try {
			return kind == null ? null : SourceKind.valueOf(kind);
		}
		catch (IllegalArgumentException ex) {
			return null; // an edited link with an unknown kind filters nothing
		}
	}

	private YearMonth monthFilter() {
		try {
			return month == null ? null : YearMonth.parse(month);
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static void add(UriComponentsBuilder url, String name, String value) {
		if (value != null) {
			url.queryParam(name, java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
