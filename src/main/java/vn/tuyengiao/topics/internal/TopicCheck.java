package vn.tuyengiao.topics.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * Checks whether one item matches a topic's query the short way: term look-ups and position comparisons
 * straight on the item's one-document index, where a Lucene search would rewrite the query, build weights and
 * scorers and consult a query cache for every candidate topic. Topics are made of few query forms (terms,
 * phrases, booleans, prefixes); anything else, and sloppy phrases, are left to Lucene, so the answer is
 * always Lucene's (TopicMatchingBenchmark compares every match with a plain Lucene search).
 */
final class TopicCheck {

	private final IndexSearcher searcher;

	private final LeafReader item;

	private final Map<String, TermsEnum> terms = new HashMap<>();

	/**
	 * Where the item holds a phrase's terms, once read: topics share their phrases' words, so among many topics
	 * most are asked before. (Whether it holds a term is not kept: the look-up costs less than the map.)
	 */
	private final Map<Term, int[]> positions = new HashMap<>();

	private static final int[] ABSENT = new int[0];

	/** A check of topics against the one item of this searcher (a {@code MemoryIndex}'s). */
	TopicCheck(IndexSearcher searcher) {
		this.searcher = searcher;
		searcher.setQueryCache(null); // every candidate is asked once: caching only costs here
		this.item = searcher.getIndexReader().leaves().get(0).reader();
	}

	/** Whether the item holds the term. */
	boolean holds(Term term) throws IOException {
		return seek(term.field(), term.bytes());
	}

	/** Whether the item matches the query, as a Lucene search would answer. */
	boolean matches(Query query) throws IOException {
		if (query instanceof TermQuery term) {
			return holds(term.getTerm());
		}
		if (query instanceof BooleanQuery bool) {
			return matches(bool);
		}
		if (query instanceof PhraseQuery phrase && phrase.getSlop() == 0) {
			return matches(phrase);
		}
		if (query instanceof PrefixQuery prefix) {
			TermsEnum field = field(prefix.getPrefix().field());
			BytesRef start = prefix.getPrefix().bytes();
			return field != null && field.seekCeil(start) != TermsEnum.SeekStatus.END && startsWith(field.term(), start);
		}
		if (query instanceof BoostQuery boost) {
			return matches(boost.getQuery());
		}
		if (query instanceof ConstantScoreQuery constant) {
			return matches(constant.getQuery());
		}
		if (query instanceof MatchAllDocsQuery) {
			return true;
		}
		if (query instanceof MatchNoDocsQuery) {
			return false;
		}
		return searcher.count(query) > 0;
	}

	private boolean matches(BooleanQuery bool) throws IOException {
		int required = 0;
		int optional = 0;
		for (BooleanClause clause : bool.clauses()) {
			switch (clause.getOccur()) {
				case MUST, FILTER -> required++;
				case SHOULD -> optional++;
				default -> {
				}
			}
		}
		if (required == 0 && optional == 0) {
			return false; // only exclusions: Lucene matches nothing
		}
		// exclusions and requirements first: each can settle the answer alone
		for (BooleanClause clause : bool.clauses()) {
			BooleanClause.Occur occur = clause.getOccur();
			if (occur == BooleanClause.Occur.MUST_NOT && matches(clause.getQuery())) {
				return false;
			}
			if ((occur == BooleanClause.Occur.MUST || occur == BooleanClause.Occur.FILTER) && !matches(clause.getQuery())) {
				return false;
			}
		}
		int needed = bool.getMinimumNumberShouldMatch() > 0 ? bool.getMinimumNumberShouldMatch() : required == 0 ? 1 : 0;
		if (needed == 0) {
			return true;
		}
		int found = 0;
		for (BooleanClause clause : bool.clauses()) {
			if (clause.getOccur() == BooleanClause.Occur.SHOULD && matches(clause.getQuery()) && ++found >= needed) {
				return true;
			}
		}
		return false;
	}

	/** An exact phrase: some position of the first term with every other term at its offset from it. */
	private boolean matches(PhraseQuery phrase) throws IOException {
		Term[] phraseTerms = phrase.getTerms();
		int[] offsets = phrase.getPositions();
		if (phraseTerms.length == 0) {
			return false;
		}
		int[][] positions = new int[phraseTerms.length][];
		for (int i = 0; i < phraseTerms.length; i++) {
			positions[i] = positions(phraseTerms[i]);
			if (positions[i] == null) {
				return false;
			}
		}
		for (int start : positions[0]) {
			int base = start - offsets[0];
			boolean all = true;
			for (int i = 1; i < phraseTerms.length && all; i++) {
				all = contains(positions[i], base + offsets[i]);
			}
			if (all) {
				return true;
			}
		}
		return false;
	}

	private int[] positions(Term term) throws IOException {
		int[] known = positions.get(term);
		if (known == null) {
			known = readPositions(term);
			positions.put(term, known == null ? ABSENT : known);
		}
		return known == ABSENT ? null : known;
	}

	private int[] readPositions(Term term) throws IOException {
		if (!seek(term.field(), term.bytes())) {
			return null;
		}
		PostingsEnum postings = terms.get(term.field()).postings(null, PostingsEnum.POSITIONS);
		if (postings.nextDoc() == DocIdSetIterator.NO_MORE_DOCS) {
			return null;
		}
		int[] positions = new int[postings.freq()];
		for (int i = 0; i < positions.length; i++) {
			positions[i] = postings.nextPosition();
		}
		return positions;
	}

	private static boolean contains(int[] sorted, int value) {
		return java.util.Arrays.binarySearch(sorted, value) >= 0;
	}

	private boolean seek(String field, BytesRef term) throws IOException {
		TermsEnum terms = field(field);
		return terms != null && terms.seekExact(term);
	}

	private TermsEnum field(String field) throws IOException {
		TermsEnum found = terms.get(field);
		if (found == null && !terms.containsKey(field)) {
			Terms fieldTerms = item.terms(field);
			found = fieldTerms == null ? null : fieldTerms.iterator();
			terms.put(field, found);
		}
		return found;
	}

	private static boolean startsWith(BytesRef term, BytesRef prefix) {
		if (term.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (term.bytes[term.offset + i] != prefix.bytes[prefix.offset + i]) {
				return false;
			}
		}
		return true;
	}

}
