package vn.tuyengiao.topics.internal;

import vn.tuyengiao.text.SyllableQueries;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The query language of saved topics (chủ đề theo dõi): Lucene's classic syntax — {@code AND},
 * {@code OR}, {@code NOT}, parentheses, {@code "phrases"}, proximity ({@code "a b"~5}), {@code field:term}
 * with the fields {@code title}, {@code body}, {@code source} and {@code locality}, and {@code *} at the end of
 * a word — read the Vietnamese way: words and phrases are matched as {@link SyllableQueries} matches them in the
 * search box (syllables typed together are one word when the index knows them as one; phrases through
 * syllable pairs), accent-free unless exact accents are asked for. Words side by side must all be there.
 * <p>
 * What the syntax allows but a topic has no use for (ranges, fuzzy and regular-expression terms, a
 * wildcard inside or at the start of a word) is refused with a message in Vietnamese, as is a mistake in
 * the syntax, which names the character where it is.
 */
final class TopicQueryParser extends QueryParser {

	/** The fields a user may name, and the index field each one searches. */
	static final Map<String, String> FIELDS = Map.of("title", "title", "body", "text", "source", "outlet", "locality",
			"places");

	private final Analyzer folded;

	private final boolean exactAccents;

	private final ToIntFunction<Term> docFreq;

	/**
	 * @param folded the analyzer {@code vi_folded}; {@code exact} the analyzer {@code vi}
	 * @param docFreq how many items hold a term: it decides which syllables typed together are a word
	 */
	TopicQueryParser(Analyzer folded, Analyzer exact, boolean exactAccents, ToIntFunction<Term> docFreq) {
		super(exactAccents ? "text_exact" : "text", exactAccents ? exact : folded);
		this.folded = folded;
		this.exactAccents = exactAccents;
		this.docFreq = docFreq;
		setSplitOnWhitespace(false); // words typed side by side reach getFieldQuery together: they may be one word
		setDefaultOperator(AND_OPERATOR);
		setAllowLeadingWildcard(false);
	}

	/** A topic's query, or {@link InvalidTopicQuery} saying what is wrong and where. */
	static Query read(String text, Analyzer folded, Analyzer exact, boolean exactAccents, ToIntFunction<Term> docFreq) {
		if (text == null || text.isBlank()) {
			throw new InvalidTopicQuery(0, "Truy vấn đang trống: hãy gõ các từ cần theo dõi.");
		}
		try {
			return new TopicQueryParser(folded, exact, exactAccents, docFreq).parse(joinWords(text));
		}
		catch (ParseException ex) {
			// the parser wraps what went wrong; the cause says what and where
			for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
				if (cause instanceof InvalidTopicQuery invalid) {
					throw invalid;
				}
				if (cause instanceof ParseException syntax && syntax.currentToken != null && syntax.currentToken.next != null) {
					int column = syntax.currentToken.next.beginColumn;
					throw new InvalidTopicQuery(column, "Không hiểu truy vấn ở ký tự thứ " + column
							+ ": kiểm tra ngoặc đơn, dấu ngoặc kép và các toán tử AND, OR, NOT.");
				}
				if (cause instanceof TokenMgrError) {
					throw new InvalidTopicQuery(0, "Truy vấn có ký tự không đọc được: kiểm tra dấu ngoặc kép và dấu \\.");
				}
			}
			throw new InvalidTopicQuery(0, "Không hiểu truy vấn: kiểm tra ngoặc đơn, dấu ngoặc kép và các toán tử AND, OR, NOT.");
		}
	}

	/**
	 * Joins the syllables typed side by side into one term for the parser, so an operator binds words:
	 * {@code tin đồn OR nghe nói} is {@code (tin đồn) OR (nghe nói)}, as a Vietnamese reader means it, where
	 * Lucene's classic parser would bind {@code OR} to the syllables {@code đồn} and {@code nghe} alone. The
	 * spaces inside such a run become no-break spaces: one character each, so a mistake's position stays
	 * where the user typed it, and the analyzer still splits the syllables there.
	 */
	static String joinWords(String text) {
		char[] chars = text.toCharArray();
		List<int[]> tokens = new ArrayList<>();
		int i = 0;
		while (i < chars.length) {
			if (Character.isWhitespace(chars[i])) {
				i++;
				continue;
			}
			int start = i;
			boolean quoted = false;
			while (i < chars.length && (quoted || !Character.isWhitespace(chars[i]))) {
				if (chars[i] == '\\') {
					i++;
				}
				else if (chars[i] == '"') {
					quoted = !quoted;
				}
				i++;
			}
			tokens.add(new int[] { start, Math.min(i, chars.length) });
		}
		for (int t = 1; t < tokens.size(); t++) {
			int[] before = tokens.get(t - 1);
			int[] after = tokens.get(t);
			// a parenthesis may open the run or close it, never sit inside it
			if (text.charAt(before[1] - 1) != ')' && text.charAt(after[0]) != '(' && bare(text, before)
					&& bare(text, after)) {
				for (int c = before[1]; c < after[0]; c++) {
					chars[c] = NO_BREAK_SPACE;
				}
			}
		}
		return new String(chars);
	}

	private static final char NO_BREAK_SPACE = '\u00A0';

	private static final Set<String> OPERATORS = Set.of("AND", "OR", "NOT", "&&", "||");

	/** A plain word: letters and digits (with inner dots, dashes or apostrophes), not an operator. */
	private static boolean bare(String text, int[] token) {
		int start = token[0];
		int end = token[1];
		while (start < end && text.charAt(start) == '(') {
			start++;
		}
		while (end > start && text.charAt(end - 1) == ')') {
			end--;
		}
		if (start == end) {
			return false;
		}
		String word = text.substring(start, end);
		if (OPERATORS.contains(word) || !Character.isLetterOrDigit(word.charAt(0))) {
			return false;
		}
		for (int c = 1; c < word.length(); c++) {
			char ch = word.charAt(c);
			if (!Character.isLetterOrDigit(ch) && Character.getType(ch) != Character.NON_SPACING_MARK && ch != '.'
					&& ch != '-' && ch != '\'' && ch != '_') {
				return false;
			}
		}
		return true;
	}

	private String target(String field) throws ParseException {
		if (field == null || field.equals(getField())) {
			return getField();
		}
		String target = FIELDS.get(field);
		if (target == null) {
			throw refused(new InvalidTopicQuery(0, "Trường \"" + field + "\" không có: chỉ dùng được title, body, source và locality."));
		}
		return target.equals("text") && exactAccents ? "text_exact" : target;
	}

	private Analyzer analyzerFor(String field) {
		return field.equals(getField()) ? getAnalyzer() : folded;
	}

	@Override
	protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
		String target = target(field);
		if (target.equals("outlet")) {
			return new TermQuery(new Term(target, text.strip())); // an outlet's name, as written in its sources
		}
		SyllableQueries.Tokens tokens = SyllableQueries.Tokens.of(analyzerFor(target), target, text);
		Query query = quoted ? SyllableQueries.phrase(tokens, target)
				: SyllableQueries.words(tokens, SyllableQueries.words(tokens, target, docFreq), target);
		if (query == null) {
			throw refused(onlyStopwords(text));
		}
		return query;
	}

	/** {@code "a b"~5}: the syllables within that many positions of each other, in any order. */
	@Override
	protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
		if (slop == 0) {
			return getFieldQuery(field, text, true);
		}
		String target = target(field);
		SyllableQueries.Tokens tokens = SyllableQueries.Tokens.of(analyzerFor(target), target, text);
		if (tokens.units().isEmpty()) {
			throw refused(onlyStopwords(text));
		}
		PhraseQuery.Builder near = new PhraseQuery.Builder().setSlop(slop);
		int first = tokens.units().get(0).position();
		tokens.units().forEach(unit -> near.add(new Term(target, unit.term()), unit.position() - first));
		return near.build();
	}

	@Override
	protected Query getPrefixQuery(String field, String termStr) throws ParseException {
		return super.getPrefixQuery(target(field), termStr);
	}

	@Override
	protected Query getWildcardQuery(String field, String termStr) throws ParseException {
		throw refused(new InvalidTopicQuery(0, "Dấu * chỉ dùng ở cuối một từ (tuyên*); dấu ? và * ở giữa từ không được hỗ trợ: \""
				+ termStr + "\"."));
	}

	@Override
	protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
		throw refused(new InvalidTopicQuery(0, "Dấu ~ sau một từ (tìm gần đúng) không được hỗ trợ: \"" + termStr
				+ "\". Dùng ~ sau cụm từ trong ngoặc kép để tìm các từ gần nhau: \"a b\"~5."));
	}

	@Override
	protected Query getRegexpQuery(String field, String termStr) throws ParseException {
		throw refused(new InvalidTopicQuery(0, "Biểu thức /…/ không được hỗ trợ: \"" + termStr + "\"."));
	}

	@Override
	protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
			throws ParseException {
		throw refused(new InvalidTopicQuery(0, "Khoảng [… TO …] không dùng trong chủ đề: lọc theo thời gian ở trang kết quả."));
	}

	private static InvalidTopicQuery onlyStopwords(String text) {
		return new InvalidTopicQuery(0, "\"" + text + "\" chỉ gồm hư từ (và, của, là…): hãy thêm từ có nghĩa.");
	}

	/** Carries our own message through the parser, which only lets a ParseException out. */
	private static ParseException refused(InvalidTopicQuery reason) {
		ParseException ex = new ParseException(reason.getMessage());
		ex.initCause(reason);
		return ex;
	}

	/** A topic's query that cannot be used, with a message for the user and where it is wrong (0: unknown). */
	static final class InvalidTopicQuery extends RuntimeException {

		private final int position;

		InvalidTopicQuery(int position, String message) {
			super(message);
			this.position = position;
		}

		int position() {
			return position;
		}

	}

}
