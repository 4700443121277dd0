package vn.tuyengiao.monitor.internal;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.data.Range;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.monitor.ItemSearch;
import vn.tuyengiao.monitor.SourceKind;

/**
 * Search over the Lucene index that Hibernate Search keeps in step with {@code monitor_item}. Exact totals
 * (a user counts on them), facets by outlet, kind, language and month, and highlighted passages.
 */
@Component
class LuceneItemSearch implements ItemSearch {

	static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	private static final AggregationKey<Map<String, Long>> OUTLETS = AggregationKey.of("outlet");

	private static final AggregationKey<Map<SourceKind, Long>> KINDS = AggregationKey.of("kind");

	private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("language");

	private static final AggregationKey<Map<Range<Instant>, Long>> MONTHS = AggregationKey.of("month");

	/** The months shown as a facet, counted back from the newest item found. */
	private static final int MONTHS_SHOWN = 24;

	private final EntityManager entityManager;

	private volatile YearMonth newestMonth;

	private volatile long newestCheckedAt;

	LuceneItemSearch(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	@Override
	@Transactional(readOnly = true)
	public Result search(Query query) {
		SearchSession session = Search.session(entityManager);
		int size = Math.max(1, Math.min(query.size() <= 0 ? 20 : query.size(), 100));
		int page = Math.max(0, query.page());
		List<Range<Instant>> months = months(session);
		SearchResult<Hit> result = session.search(ItemEntity.class)
			// every field of a hit comes from the index: no database round trip per page of results
			.select(f -> f.composite()
				.from(f.id(Long.class), f.field("title", String.class), f.field("url", String.class),
						f.field("publishedAt", Instant.class), f.field("outlet", String.class),
						f.field("sourceId", Long.class), f.field("kind", SourceKind.class),
						f.field("language", String.class), f.highlight("title"), f.highlight("body"))
				.asList(LuceneItemSearch::hit))
			.where(f -> where(f, query))
			.highlighter(h -> h.unified().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
				.numberOfFragments(2))
			.aggregation(OUTLETS, f -> f.terms().field("outlet", String.class).maxTermCount(20))
			.aggregation(KINDS, f -> f.terms().field("kind", SourceKind.class))
			.aggregation(LANGUAGES, f -> f.terms().field("language", String.class))
			.aggregation(MONTHS, f -> f.range().field("publishedAt", Instant.class).ranges(months))
			.sort(f -> query.byDate() ? f.field("publishedAt").desc().missing().last().then().field("firstSeenAt").desc()
					: f.score().then().field("publishedAt").desc().missing().last())
			.totalHitCountThreshold(Integer.MAX_VALUE)
			.fetch(page * size, size);
		Facets facets = new Facets(counts(result.aggregation(OUTLETS)), counts(result.aggregation(KINDS)),
				counts(result.aggregation(LANGUAGES)), monthCounts(result.aggregation(MONTHS)));
		return new Result(result.total().hitCount(), page, size, result.hits(), facets);
	}

	private static org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep where(SearchPredicateFactory f,
			Query query) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (query.text() == null || query.text().isBlank()) {
			bool.must(f.matchAll());
		}
		else {
			String title = query.exactAccents() ? "title_exact" : "title";
			String body = query.exactAccents() ? "body_exact" : "body";
			bool.must(f.simpleQueryString().field(title).boost(2f).field(body).matching(query.text())
				.defaultOperator(BooleanOperator.AND));
		}
		if (query.outlet() != null && !query.outlet().isBlank()) {
			bool.filter(f.match().field("outlet").matching(query.outlet()));
		}
		if (query.kind() != null) {
			bool.filter(f.match().field("kind").matching(query.kind()));
		}
		if (query.language() != null && !query.language().isBlank()) {
			bool.filter(f.match().field("language").matching(query.language()));
		}
		if (query.from() != null || query.to() != null) {
			bool.filter(f.range().field("publishedAt").between(query.from(), query.to()));
		}
		return bool;
	}

	@SuppressWarnings("unchecked")
	private static Hit hit(List<?> v) {
		return new Hit((Long) v.get(0), (String) v.get(1), (String) v.get(2), (Instant) v.get(3), (String) v.get(4),
				(Long) v.get(5), (SourceKind) v.get(6), (String) v.get(7), (List<String>) v.get(8), (List<String>) v.get(9));
	}

	/**
	 * Month ranges ending with the month of the newest item in the index (demo data from 2023 seen in a later
	 * year still gets its own months). The newest month is looked up at most once a minute: a query pays for
	 * one search, not two.
	 */
	private List<Range<Instant>> months(SearchSession session) {
		YearMonth last = newestMonth;
		if (last == null || System.nanoTime() - newestCheckedAt > 60_000_000_000L) {
			List<Instant> newest = session.search(ItemEntity.class)
				.select(f -> f.field("publishedAt", Instant.class))
				.where(f -> f.exists().field("publishedAt"))
				.sort(f -> f.field("publishedAt").desc())
				.fetchHits(1);
			last = newest.isEmpty() ? YearMonth.now(VIETNAM) : YearMonth.from(newest.get(0).atZone(VIETNAM));
			newestMonth = last;
			newestCheckedAt = System.nanoTime();
		}
		List<Range<Instant>> ranges = new ArrayList<>();
		for (int i = MONTHS_SHOWN - 1; i >= 0; i--) {
			YearMonth month = last.minusMonths(i);
			ranges.add(Range.canonical(month.atDay(1).atStartOfDay(VIETNAM).toInstant(),
					month.plusMonths(1).atDay(1).atStartOfDay(VIETNAM).toInstant()));
		}
		return ranges;
	}

	private static <K> List<Count> counts(Map<K, Long> counts) {
		List<Count> list = new ArrayList<>();
		counts.forEach((key, count) -> {
			if (count > 0) {
				list.add(new Count(key.toString(), count));
			}
		});
		return list;
	}

	private static List<Count> monthCounts(Map<Range<Instant>, Long> counts) {
		Map<String, Long> byMonth = new LinkedHashMap<>();
		counts.forEach((range, count) -> {
			if (count > 0) {
				byMonth.put(YearMonth.from(range.lowerBoundValue().orElseThrow().atZone(VIETNAM)).toString(), count);
			}
		});
		return counts(byMonth);
	}

}
