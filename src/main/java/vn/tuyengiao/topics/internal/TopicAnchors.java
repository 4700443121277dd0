package vn.tuyengiao.topics.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The anchors of a topic's query: terms of which every matching item holds at least one, chosen to be as rare as
 * Vietnamese words, so that an item is checked only against the few topics one of its terms anchors (the
 * presearch). A conjunction is anchored by its most selective required clause, a disjunction by all of its
 * branches, a phrase by its most selective term; a query whose anchors cannot be told (a prefix alone, a form
 * the check leaves to Lucene) is checked against every item.
 * <p>
 * Why not Lucene Monitor's presearcher: it runs the item's terms as one query over an index of the topics, and
 * with the thousand-odd distinct terms of an article that query was half of the matching time; a hash look-up of
 * each term costs a fraction of a microsecond.
 */
final class TopicAnchors {

	/**
	 * Anchors of a query: {@code always} when it must be checked against every item. A conjunction of several
	 * anchored requirements also names its second most selective one ({@code also}): an item is checked only when
	 * it holds a term of each, which on 100,000 topics made the checks a third as many. {@code requirements} are the
	 * anchored requirements of a conjunction to choose from: the matcher may prefer two whose terms anchor fewer
	 * topics already (see {@code TopicMatcher#register}).
	 */
	record Anchors(List<Term> terms, boolean always, List<Term> also, List<List<Term>> requirements) {

		static final Anchors ALWAYS = new Anchors(List.of(), true, List.of(), List.of());

		static final Anchors NEVER = new Anchors(List.of(), false, List.of(), List.of());

		Anchors(List<Term> terms, boolean always) {
			this(terms, always, List.of(), List.of());
		}

		/** The same requirements with another two chosen as anchors and second anchors. */
		Anchors choose(List<Term> first, List<Term> second) {
			return new Anchors(first, false, second, requirements);
		}

		/** How selective the anchors are: those of the least selective term, for a set matches when any term does. */
		double weight() {
			if (always) {
				return 0;
			}
			double min = Double.MAX_VALUE;
			for (Term term : terms) {
				min = Math.min(min, TopicAnchors.weight(term));
			}
			return terms.isEmpty() ? Double.MAX_VALUE : min;
		}

	}

	private TopicAnchors() {
	}

	/**
	 * How selective a term is, the rarer the heavier: a syllable pair (a word of two, or two words side by side)
	 * is far rarer than a syllable; a longer syllable is rarer than a short one; the outlet and the places are
	 * rarer still.
	 */
	static double weight(Term term) {
		String text = term.text();
		return switch (term.field()) {
			case "outlet", "places" -> 8;
			default -> text.indexOf('_') > 0 ? 5 + Math.min(text.length(), 20) / 10.0 : Math.min(text.length(), 8) / 4.0;
		};
	}

	static Anchors of(Query query) {
		if (query instanceof TermQuery term) {
			return new Anchors(List.of(term.getTerm()), false);
		}
		if (query instanceof PhraseQuery phrase) {
			Term best = null;
			for (Term term : phrase.getTerms()) {
				best = best == null || weight(term) > weight(best) ? term : best;
			}
			return best == null ? Anchors.NEVER : new Anchors(List.of(best), false);
		}
		if (query instanceof BooleanQuery bool) {
			return of(bool);
		}
		if (query instanceof BoostQuery boost) {
			return of(boost.getQuery());
		}
		if (query instanceof ConstantScoreQuery constant) {
			return of(constant.getQuery());
		}
		if (query instanceof MatchNoDocsQuery) {
			return Anchors.NEVER;
		}
		return Anchors.ALWAYS;
	}

	private static Anchors of(BooleanQuery bool) {
		Anchors best = null;
		Anchors second = null;
		List<List<Term>> requirements = new ArrayList<>();
		List<Anchors> optional = new ArrayList<>();
		boolean required = false;
		for (BooleanClause clause : bool.clauses()) {
			switch (clause.getOccur()) {
				case MUST, FILTER -> {
					required = true;
					Anchors anchors = of(clause.getQuery());
					if (anchors.always()) {
						continue;
					}
					requirements.add(anchors.terms());
					if (best == null || anchors.weight() > best.weight()) {
						second = best;
						best = anchors;
					}
					else if (second == null || anchors.weight() > second.weight()) {
						second = anchors;
					}
				}
				case SHOULD -> optional.add(of(clause.getQuery()));
				default -> {
				}
			}
		}
		if (best != null) {
			return second == null || second.terms().isEmpty() ? new Anchors(best.terms(), false)
					: new Anchors(best.terms(), false, second.terms(), List.copyOf(requirements));
		}
		if (required && bool.getMinimumNumberShouldMatch() == 0) {
			return Anchors.ALWAYS; // every requirement unanchored and the optional clauses not needed
		}
		if (optional.isEmpty()) {
			return required ? Anchors.ALWAYS : Anchors.NEVER; // only exclusions: Lucene matches nothing
		}
		// at least one optional clause must match: any of their anchors
		List<Term> terms = new ArrayList<>();
		for (Anchors anchors : optional) {
			if (anchors.always()) {
				return Anchors.ALWAYS;
			}
			terms.addAll(anchors.terms());
		}
		return new Anchors(List.copyOf(terms), false);
	}

}
