package vn.tuyengiao.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
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
 * Lucene queries over Vietnamese text indexed as syllables and syllable pairs ({@code nguoi_dan}, see
 * {@link TextAnalysis}): words typed side by side are read as words by how often their syllables stand together
 * in the index, and a phrase is matched through its pairs. Search and saved topics build their queries with it,
 * so a topic finds what search finds.
 */
public final class SyllableQueries {

	private SyllableQueries() {
	}

	/**
	 * The words of syllables typed without quotes, as runs of positions: two neighbouring syllables are one
	 * word when at least {@value #WORD_SHARE} of the items holding the rarer of them hold the pair. So
	 * {@code người dân}, {@code tham nhũng} and {@code Sài Gòn} are words, matched as such, while in
	 * {@code tham nhũng tiêu cực} the pair {@code nhũng tiêu} is not, and both words must be in the item,
	 * anywhere. The index is the dictionary: no word list to ship or to keep up to date.
	 */
	public static List<List<Integer>> words(Tokens tokens, String field, ToIntFunction<Term> docFreq) {
		List<List<Integer>> words = new ArrayList<>();
		List<Integer> word = new ArrayList<>();
		Token previous = null;
		for (Token unit : tokens.units()) {
			if (previous != null && !oneWord(previous, unit, tokens.pairAt(previous.position()), field, docFreq)) {
				words.add(word);
				word = new ArrayList<>();
			}
			word.add(unit.position());
			previous = unit;
		}
		if (!word.isEmpty()) {
			words.add(word);
		}
		return words;
	}

	/** Whether two neighbouring syllables, and the pair they make, are one word (see {@link #words}). */
	private static boolean oneWord(Token previous, Token unit, Token pair, String field, ToIntFunction<Term> docFreq) {
		return pair != null && previous.position() == unit.position() - 1
				&& docFreq.applyAsInt(new Term(field, pair.term())) >= WORD_SHARE * Math.min(
						docFreq.applyAsInt(new Term(field, previous.term())), docFreq.applyAsInt(new Term(field, unit.term())));
	}

	/** The share of co-occurrence above which two syllables typed together are taken for one word. */
	public static final double WORD_SHARE = 0.01;

	/**
	 * Words typed without quotes ({@code words}: runs of positions, see {@link #words(Tokens, String, ToIntFunction)}),
	 * each to be in the item as a word; null when the analyzer left nothing (only stopwords).
	 */
	public static Query words(Tokens tokens, List<List<Integer>> words, String field) {
		if (tokens.units().isEmpty()) {
			return null;
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		Set<Query> added = new HashSet<>();
		for (List<Integer> word : words) {
			Query q = phrase(tokens.within(word), field);
			if (q != null && added.add(q)) {
				all.add(q, Occur.MUST);
			}
		}
		BooleanQuery built = all.build();
		return built.clauses().size() == 1 ? built.clauses().get(0).getQuery() : built.clauses().isEmpty() ? null : built;
	}

	/**
	 * A phrase through its syllable pairs when the index has them all (also a phrase of stopwords such as
	 * {@code "đã từng"}, whose syllables are not indexed alone), else through its syllables' positions.
	 */
	public static Query phrase(Tokens tokens, String field) {
		if (tokens.pairsCover()) {
			List<Token> pairs = tokens.pairTokens();
			if (pairs.size() == 1) {
				return new TermQuery(new Term(field, pairs.get(0).term()));
			}
			int first = pairs.get(0).position();
			PhraseQuery.Builder phrase = new PhraseQuery.Builder();
			pairs.forEach(pair -> phrase.add(new Term(field, pair.term()), pair.position() - first));
			return phrase.build();
		}
		List<Token> units = tokens.units();
		if (units.isEmpty()) {
			return null;
		}
		if (units.size() == 1) {
			return new TermQuery(new Term(field, units.get(0).term()));
		}
		int first = units.get(0).position();
		PhraseQuery.Builder phrase = new PhraseQuery.Builder();
		units.forEach(unit -> phrase.add(new Term(field, unit.term()), unit.position() - first));
		return phrase.build();
	}

	/** A term as the analyzer made it, at its position, spanning {@code length} positions. */
	public record Token(String term, int position, int length) {
	}

	/** The analysed clause: its single-position tokens (syllables, numbers…) and its pairs (words of two). */
	public record Tokens(List<Token> units, List<Token> pairTokens) {

		public static Tokens of(Analyzer analyzer, String field, String text) {
			List<Token> units = new ArrayList<>();
			List<Token> pairs = new ArrayList<>();
			try (TokenStream stream = analyzer.tokenStream(field, text)) {
				CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
				PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
				PositionLengthAttribute length = stream.addAttribute(PositionLengthAttribute.class);
				stream.reset();
				int position = -1;
				while (stream.incrementToken()) {
					position += increment.getPositionIncrement();
					Token token = new Token(term.toString(), position, length.getPositionLength());
					if (token.length() == 1) {
						units.add(token);
					}
					else if (token.length() == 2) {
						pairs.add(token);
					}
				}
				stream.end();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			return new Tokens(units, pairs);
		}

		public List<String> pairs() {
			return pairTokens.stream().map(Token::term).toList();
		}

		/** The pair starting at a position, or null. */
		public Token pairAt(int position) {
			return pairTokens.stream().filter(pair -> pair.position() == position).findFirst().orElse(null);
		}

		/** The part that makes one word (its positions): its units and the pairs inside it. */
		public Tokens within(List<Integer> word) {
			return new Tokens(units.stream().filter(unit -> word.contains(unit.position())).toList(),
					pairTokens.stream()
						.filter(pair -> word.contains(pair.position()) && word.contains(pair.position() + 1))
						.toList());
		}

		/**
		 * Whether the pairs alone say the phrase: a pair starts at every position from the phrase's first to
		 * the one before its last. Stopwords leave holes among the units but still make pairs.
		 */
		public boolean pairsCover() {
			if (pairTokens.isEmpty()) {
				return false;
			}
			int first = Integer.MAX_VALUE;
			int last = Integer.MIN_VALUE;
			Set<Integer> starts = new HashSet<>();
			for (Token pair : pairTokens) {
				starts.add(pair.position());
				first = Math.min(first, pair.position());
				last = Math.max(last, pair.position() + 1);
			}
			for (Token unit : units) {
				first = Math.min(first, unit.position());
				last = Math.max(last, unit.position());
			}
			for (int p = first; p < last; p++) {
				if (!starts.contains(p)) {
					return false;
				}
			}
			return true;
		}

	}

}
