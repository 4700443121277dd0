package vn.tuyengiao.text.internal.analysis;

import static vn.tuyengiao.text.internal.analysis.TokenEnds.isCombining;
import static vn.tuyengiao.text.internal.analysis.TokenEnds.isDigit;
import static vn.tuyengiao.text.internal.analysis.TokenEnds.isEmailChar;
import static vn.tuyengiao.text.internal.analysis.TokenEnds.isInvisible;
import static vn.tuyengiao.text.internal.analysis.TokenEnds.isLetterOrDigit;

/**
 * Splits Vietnamese text into tokens in one pass over a character array, cleaning and normalising each
 * token as it goes: combining marks composed (text typed as {@code a} + U+0301 reads as {@code á}),
 * invisible characters dropped, each syllable's tone put where today's usage puts it ({@code hoà} reads as
 * {@code hòa}). It is the analyzers' hot path, so it works on arrays and allocates nothing per token; the
 * regular-expression {@code VietnameseTokenizer} states the same rules more readably for callers that want
 * a list.
 * <p>
 * Offsets are those of the text given; the term is the token's normalised form with its case kept.
 */
final class SyllableScanner {

	enum Kind {
		SYLLABLE, ALPHANUM, NUMBER, PERCENT, DATE, URL, EMAIL, HASHTAG, MENTION, EMOJI, PUNCTUATION
	}

	/** Longest token kept whole; a longer run of letters (garbage, a 10 MB line) is cut into pieces. */
	static final int MAX_TOKEN = 255;

	private char[] text = new char[0];

	private int length;

	private int pos;

	private boolean newlineSeen;

	Kind kind;

	int start;

	int end;

	/** The token's normalised form, case kept, in the first {@code termLength} characters of {@code term}. */
	char[] term = new char[TokenEnds.MAX_URL + 2];

	int termLength;

	/** A line break came between the previous token and this one: a sentence ends there too. */
	boolean newlineBefore;

	private final char[] lowerBases = new char[MAX_TOKEN + 1];

	// While a word is scanned: whether it holds digits or a joining hyphen, how many tone marks it has, where.
	private boolean codeLike;

	private int tones;

	private int toned;

	void reset(char[] text, int length) {
		this.text = text;
		this.length = length;
		this.pos = 0;
		this.newlineSeen = false;
	}

	/** Moves to the next token; false at the end of the text. */
	boolean next() {
		while (pos < length) {
			char c = text[pos];
			byte type = Letters.classOf(c);
			if (type == Letters.LETTER || type == Letters.DIGIT) {
				begin();
				scanAlphanumeric(c);
				return true;
			}
			if (type == Letters.NEWLINE) {
				newlineSeen = true;
				pos++;
				continue;
			}
			if (type != Letters.OTHER) {
				pos++; // spaces, stray combining marks, invisible characters
				continue;
			}
			begin();
			if ((c == '#' || c == '@') && pos + 1 < length && isLetterOrDigit(text[pos + 1])) {
				scanTag(c == '#' ? Kind.HASHTAG : Kind.MENTION);
			}
			else if (Character.isHighSurrogate(c) || (c >= 0x2600 && c <= 0x27BF)) {
				scanSymbol();
			}
			else {
				take(TokenEnds.punctuation(text, pos, length), Kind.PUNCTUATION);
			}
			return true;
		}
		return false;
	}

	private void begin() {
		newlineBefore = newlineSeen;
		newlineSeen = false;
		start = pos;
	}

	/** A sentence ends after this punctuation token. */
	boolean endsSentence() {
		if (kind != Kind.PUNCTUATION) {
			return false;
		}
		char c = term[0];
		return c == '.' || c == '!' || c == '?' || c == ';' || c == '\u2026';
	}

	private void scanAlphanumeric(char first) {
		if ((first == 'h' || first == 'w' || first == 'H' || first == 'W') && TokenEnds.startsUrl(text, pos, length)) {
			scanUrl();
			return;
		}
		if (isDigit(first) && scanNumber()) {
			return;
		}
		int stop = scanWord(pos);
		if (stop < length && isEmailChar(text[stop]) && scanEmail()) {
			return;
		}
		finishWord(stop);
	}

	/**
	 * Reads letters and digits from {@code from} into the term, composing combining marks and skipping
	 * invisible characters; joins a hyphen when a digit is next to it ({@code COVID-19}, {@code F-16}) but
	 * not between words ({@code Rịa-Vũng Tàu} is two syllables). Returns where the word stops.
	 */
	private int scanWord(int from) {
		char[] text = this.text;
		char[] term = this.term;
		int length = this.length;
		int size = 0;
		int i = from;
		codeLike = false;
		tones = 0;
		while (i < length && size < MAX_TOKEN) {
			char c = text[i];
			byte type = Letters.classOf(c);
			if (type == Letters.LETTER) {
				if (c >= 0x80 && Letters.tone(c) != 0) {
					tones++;
					toned = size;
				}
				term[size++] = c;
				i++;
			}
			else if (type == Letters.DIGIT) {
				codeLike = true;
				term[size++] = c;
				i++;
			}
			else if (type == Letters.COMBINING) {
				termLength = size;
				composeMark(c);
				i++;
			}
			else if (type == Letters.INVISIBLE) {
				i++;
			}
			else if (c == '-' && size > 0 && i + 1 < length && isLetterOrDigit(text[i + 1])
					&& (codeLike || isDigit(text[i + 1]))) {
				codeLike = true;
				term[size++] = c;
				i++;
			}
			else {
				break;
			}
		}
		termLength = size;
		return i;
	}

	private void finishWord(int stop) {
		end = stop;
		pos = stop;
		if (codeLike) {
			kind = Kind.ALPHANUM; // COVID-19, 4G, H5N1: a code, not a syllable
			return;
		}
		kind = Kind.SYLLABLE;
		if (tones == 1) {
			placeTone();
		}
	}

	/** A combining mark typed after its letter: a tone, or a shape mark that makes ă, â, ê, ô, ơ or ư. */
	private void composeMark(char mark) {
		if (termLength == 0) {
			return;
		}
		char previous = term[termLength - 1];
		int tone = Letters.toneOfMark(mark);
		if (tone > 0) {
			if (Letters.tone(previous) == 0) {
				term[termLength - 1] = Letters.withTone(previous, tone);
				tones++;
				toned = termLength - 1;
			}
			return;
		}
		int previousTone = Letters.tone(previous);
		char shaped = Letters.withShape(Letters.base(previous), mark);
		if (shaped != 0) {
			term[termLength - 1] = Letters.withTone(shaped, previousTone);
		}
	}

	/** Moves a syllable's one tone mark (at {@code toned}) to the vowel where today's usage puts it. */
	private void placeTone() {
		if (Letters.isShaped(Letters.lower(Letters.base(term[toned])))) {
			// on ă, â, ê, ô, ơ or ư already: right unless a later one takes it (ươ: người)
			boolean later = false;
			for (int i = toned + 1; i < termLength; i++) {
				later |= Letters.isShaped(Letters.lower(Letters.base(term[i])));
			}
			if (!later) {
				return;
			}
		}
		for (int i = 0; i < termLength; i++) {
			lowerBases[i] = Letters.lower(Letters.base(term[i]));
		}
		int target = Letters.toneIndex(lowerBases, termLength);
		if (target < 0 || target == toned) {
			return;
		}
		char moved = Letters.withTone(Letters.base(term[target]), Letters.tone(term[toned]));
		if (moved != Letters.base(term[target])) {
			term[target] = moved;
			term[toned] = Letters.base(term[toned]);
		}
	}

	/**
	 * A number in either notation (1.234,5 or 1,234.5), a percentage, or a date (12/4/2023); false when the
	 * digits run into letters ({@code 4G}, {@code 2023Q1}), which makes the token a word.
	 */
	private boolean scanNumber() {
		int i = pos;
		Kind found = Kind.NUMBER;
		i = digits(i);
		while (i + 1 < length && (text[i] == '.' || text[i] == ',') && isDigit(text[i + 1])) {
			i = digits(i + 1);
		}
		if (i + 1 < length && text[i] == '/' && isDigit(text[i + 1])) {
			int month = digits(i + 1);
			if (month - i - 1 <= 2) {
				found = Kind.DATE;
				i = month;
				if (i + 1 < length && text[i] == '/' && isDigit(text[i + 1])) {
					i = digits(i + 1);
				}
			}
		}
		if (i < length && (isLetterOrDigit(text[i]) || isCombining(text[i]))) {
			return false;
		}
		int stop = i;
		if (found == Kind.NUMBER) {
			if (i < length && text[i] == '%') {
				stop = i + 1;
				found = Kind.PERCENT;
			}
			else if (i + 1 < length && text[i] == ' ' && text[i + 1] == '%') {
				stop = i + 2;
				found = Kind.PERCENT;
			}
		}
		copy(pos, Math.min(stop, pos + MAX_TOKEN));
		if (found == Kind.PERCENT && term[termLength - 2] == ' ') {
			term[termLength - 2] = '%';
			termLength--;
		}
		kind = found;
		end = stop;
		pos = stop;
		return true;
	}

	private int digits(int i) {
		while (i < length && isDigit(text[i])) {
			i++;
		}
		return i;
	}

	private void scanUrl() {
		take(TokenEnds.url(text, pos, length), Kind.URL);
	}

	/** local@domain.tld, with at least one dot in the domain; false leaves the scanner where it was. */
	private boolean scanEmail() {
		int stop = TokenEnds.email(text, pos, length);
		if (stop < 0) {
			return false;
		}
		take(stop, Kind.EMAIL);
		return true;
	}

	/** #BắcKạn or @ban.tuyengiao: the sign, then letters, digits and underscores (and dots inside a mention). */
	private void scanTag(Kind tagKind) {
		int i = pos + 1;
		termLength = 0;
		term[termLength++] = text[pos];
		while (i < length && termLength < MAX_TOKEN) {
			char c = text[i];
			if (isLetterOrDigit(c) || c == '_') {
				term[termLength++] = c;
			}
			else if (isCombining(c)) {
				composeMark(c);
			}
			else if (tagKind == Kind.MENTION && c == '.' && i + 1 < length && isLetterOrDigit(text[i + 1])) {
				term[termLength++] = c;
			}
			else if (!isInvisible(c)) {
				break;
			}
			i++;
		}
		kind = tagKind;
		end = i;
		pos = i;
	}

	/** An emoji with its modifiers and joined parts (👍🏽, 👨‍👩‍👧, 🇻🇳); any other symbol outside the letters. */
	private void scanSymbol() {
		int cp = Character.codePointAt(text, pos, length);
		if (TokenEnds.isEmoji(cp)) {
			take(TokenEnds.emoji(text, pos, length, cp), Kind.EMOJI);
		}
		else {
			take(pos + Character.charCount(cp), Kind.PUNCTUATION);
		}
	}

	/** The text from here to {@code stop} as written, one token of the kind given. */
	private void take(int stop, Kind tokenKind) {
		copy(pos, stop);
		kind = tokenKind;
		end = stop;
		pos = stop;
	}

	private void copy(int from, int to) {
		termLength = to - from;
		System.arraycopy(text, from, term, 0, termLength);
	}

}
