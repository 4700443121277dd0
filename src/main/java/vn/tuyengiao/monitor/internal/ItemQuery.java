package vn.tuyengiao.monitor.internal;

import static vn.tuyengiao.text.SyllableQueries.phrase;
import static vn.tuyengiao.text.SyllableQueries.words;

import vn.tuyengiao.text.SyllableQueries.Token;
import vn.tuyengiao.text.SyllableQueries.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * What an analyst types in the search box, read into Lucene queries over the item index.
 * <p>
 * The syntax is the one search engines taught everyone: words ({@code tham nhũng tiêu cực}: each word must
 * be there, see {@link #words}), phrases in quotes ({@code "dư luận xã hội"}),
 * {@code |} between two alternatives ({@code tham nhũng | tiêu cực}), and {@code -} before what must not be
 * there ({@code công an -giao thông}, {@code ma túy -"công an"}). Words typed together are one unit, so
 * {@code -giao thông} leaves out the word {@code giao thông}, not only its first syllable.
 * <p>
 * Why it is built here and not by a generic query parser: the index holds, beside every syllable, the pair
 * of neighbouring syllables as one term ({@code nguoi_dan}). A phrase is therefore matched through those
 * pairs: {@code "người dân"} is a single term lookup and {@code "tai nạn giao thông"} a phrase of three rare
 * terms, where a generic parser would read the positions of every common syllable. On a million items that
 * is the difference between milliseconds and a scan.
 */
final class ItemQuery {

	/** One unit of the query: a run of words or a phrase, perhaps negated. */
	record Clause(String text, boolean phrase, boolean negated) {
	}

	/** Clauses joined by {@code |}: any of them will do. All groups must match. */
	record Group(List<Clause> alternatives) {
	}

	/** How much a match in the title weighs against one in the text. */
	static final float TITLE_BOOST = 2f;

	private final List<Group> groups;

	private final List<Clause> excluded;

	private ItemQuery(List<Group> groups, List<Clause> excluded) {
		this.groups = groups;
		this.excluded = excluded;
	}

	/** Reads the query text; blank text is a query for everything. */
	static ItemQuery parse(String text) {
		List<Group> groups = new ArrayList<>();
		List<Clause> excluded = new ArrayList<>();
		if (text == null) {
			return new ItemQuery(groups, excluded);
		}
		List<Clause> current = new ArrayList<>();
		boolean orNext = false;
		StringBuilder words = new StringBuilder();
		boolean negatedWords = false;
		int i = 0;
		int n = text.length();
		while (i <= n) {
			char c = i < n ? text.charAt(i) : ' ';
			boolean boundary = i == n || c == '"' || c == '|' || (c == '-' && (i == 0 || isSpace(text.charAt(i - 1))));
			if (boundary && !words.isEmpty()) {
				orNext = add(new Clause(words.toString().strip(), false, negatedWords), groups, excluded, current, orNext);
				words.setLength(0);
				negatedWords = false;
			}
			if (i == n) {
				break;
			}
			if (c == '"') {
				int end = text.indexOf('"', i + 1);
				String phrase = text.substring(i + 1, end < 0 ? n : end).strip();
				boolean negated = negatedWords;
				negatedWords = false;
				if (!phrase.isEmpty()) {
					orNext = add(new Clause(phrase, true, negated), groups, excluded, current, orNext);
				}
				i = end < 0 ? n : end + 1;
				continue;
			}
			if (c == '|') {
				orNext = !current.isEmpty();
			}
			else if (c == '-' && boundary) {
				negatedWords = true;
			}
			else if (c == '(' || c == ')' || c == '+') {
				words.append(' ');
			}
			else if (!(isSpace(c) && words.isEmpty())) {
				words.append(c);
			}
			i++;
		}
		if (!current.isEmpty()) {
			groups.add(new Group(List.copyOf(current)));
		}
		return new ItemQuery(groups, excluded);
	}

	/** Adds a clause to the open group when the previous one said {@code |}, else closes that group first. */
	private static boolean add(Clause clause, List<Group> groups, List<Clause> excluded, List<Clause> current,
			boolean orNext) {
		if (clause.negated()) {
			excluded.add(clause);
			return orNext;
		}
		if (!orNext && !current.isEmpty()) {
			groups.add(new Group(List.copyOf(current)));
			current.clear();
		}
		current.add(clause);
		return false;
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}

	boolean isEmpty() {
		return groups.isEmpty() && excluded.isEmpty();
	}

	/**
	 * The query that decides what matches, on {@code field} analysed by {@code analyzer}, with a bonus for the
	 * same clauses found in {@code titleField} (analysed by {@code titleAnalyzer}, which must split text into
	 * the same positions). {@code docFreq} tells how many items hold a term of {@code field}: it decides
	 * which syllables typed together are a word.
	 */
	Query toLucene(String field, Analyzer analyzer, String titleField, Analyzer titleAnalyzer, ToIntFunction<Term> docFreq) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		BooleanQuery.Builder title = new BooleanQuery.Builder();
		boolean any = false;
		for (Group group : groups) {
			List<Query> alternatives = new ArrayList<>();
			for (Clause clause : group.alternatives()) {
				Tokens tokens = Tokens.of(analyzer, field, clause.text());
				List<List<Integer>> words = clause.phrase() ? null : words(tokens, field, docFreq);
				Query q = clause(clause, tokens, words, field);
				if (q != null) {
					alternatives.add(q);
					Query t = clause(clause, Tokens.of(titleAnalyzer, titleField, clause.text()), words, titleField);
					if (t != null) {
						title.add(t, Occur.SHOULD);
					}
				}
			}
			if (alternatives.size() == 1) {
				query.add(alternatives.get(0), Occur.MUST);
				any = true;
			}
			else if (!alternatives.isEmpty()) {
				BooleanQuery.Builder or = new BooleanQuery.Builder();
				alternatives.forEach(q -> or.add(q, Occur.SHOULD));
				query.add(or.build(), Occur.MUST);
				any = true;
			}
		}
		if (!any) {
			if (!groups.isEmpty()) {
				return new MatchNoDocsQuery("only stopwords"); // the words were all too common to mean anything
			}
			query.add(new MatchAllDocsQuery(), Occur.MUST);
		}
		for (Clause clause : excluded) {
			Tokens tokens = Tokens.of(analyzer, field, clause.text());
			Query q = clause(clause, tokens, clause.phrase() ? null : words(tokens, field, docFreq), field);
			if (q != null) {
				query.add(q, Occur.MUST_NOT);
			}
		}
		BooleanQuery titleBonus = title.build();
		if (!titleBonus.clauses().isEmpty()) {
			query.add(new BoostQuery(titleBonus, TITLE_BOOST), Occur.SHOULD);
		}
		return query.build();
	}

	/**
	 * The terms to mark in a hit's text, as one query of single terms on {@code markField} (analysed by
	 * {@code markAnalyzer}, with the positions of {@code field}'s analyzer): a word as its syllable pairs, a
	 * lone syllable as itself, so a phrase or a word is marked where it stands, not wherever one of its
	 * syllables does. Single terms let the highlighter work from a plain analysis of the text.
	 */
	Query highlightTerms(String field, Analyzer analyzer, ToIntFunction<Term> docFreq, String markField, Analyzer markAnalyzer) {
		Set<String> terms = new LinkedHashSet<>();
		for (Group group : groups) {
			for (Clause clause : group.alternatives()) {
				Tokens marks = Tokens.of(markAnalyzer, markField, clause.text());
				if (clause.phrase()) {
					if (marks.pairsCover()) {
						terms.addAll(marks.pairs());
					}
					else {
						marks.units().forEach(unit -> terms.add(unit.term()));
					}
					continue;
				}
				for (List<Integer> word : words(Tokens.of(analyzer, field, clause.text()), field, docFreq)) {
					Tokens marked = marks.within(word);
					(word.size() == 1 ? marked.units() : marked.pairTokens()).forEach(token -> terms.add(token.term()));
				}
			}
		}
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		terms.forEach(term -> query.add(new TermQuery(new Term(markField, term)), Occur.SHOULD));
		return query.build();
	}

	/**
	 * A clause on one field, or null when the analyzer left nothing of it (only stopwords). Words typed
	 * without quotes ({@code words}: runs of positions) must all be in the item, each as a word.
	 */
	private static Query clause(Clause clause, Tokens tokens, List<List<Integer>> words, String field) {
		return clause.phrase() ? phrase(tokens, field) : words(tokens, words, field);
	}

}
