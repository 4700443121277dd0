package vn.tuyengiao.text.internal.analysis;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

import vn.tuyengiao.text.WordSegmenter;

/**
 * The tokenizer behind the analyzers {@code vi} and {@code vi_folded}. It emits, sentence by sentence, every
 * syllable, number, date, link, tag and emoji (lower-cased, or folded; a syllable in the form of
 * {@code VietnameseText.matchKey}, so {@code quý} and {@code quí} are one term), and on top of the syllables the words
 * they make: a word of several syllables ({@code dư_luận}) sits at the position of its first syllable with a
 * position length of its syllable count, so phrase queries work over both. With a segmenter the words are
 * the segmenter's; without one every pair of neighbouring syllables is a candidate word (a bigram), which
 * finds the same documents at the cost of a larger index.
 * <p>
 * Stopwords are dropped as single syllables only, and leave their position empty, so {@code "đã từng"}
 * still matches as a phrase through its bigram. The stopword test runs on the accented form, also in
 * {@code vi_folded}: {@code với} is dropped, {@code voi} is not.
 * <p>
 * It is the indexing hot path: a sentence's tokens live in reused arrays, nothing is allocated per token.
 */
final class VietnameseLuceneTokenizer extends Tokenizer {

	/** A sentence longer than this is cut: the segmenter and the bigrams only look at close neighbours. */
	private static final int MAX_SENTENCE = 256;

	private static final SyllableScanner.Kind SYLLABLE = SyllableScanner.Kind.SYLLABLE;

	private static final String[] TYPES = Arrays.stream(SyllableScanner.Kind.values())
		.map(kind -> kind.name().toLowerCase(java.util.Locale.ROOT))
		.toArray(String[]::new);

	private final boolean folded;

	private final WordSegmenter segmenter;

	private final boolean words;

	/** Stopwords of one syllable, lower-cased with accents: tested before folding. */
	private final Stopwords stopSyllables;

	/** Stopwords of several syllables, in the form the terms take here (folded for vi_folded), joined by spaces. */
	private final Stopwords stopPhrases;

	private final CharTermAttribute termAttribute = addAttribute(CharTermAttribute.class);

	private final OffsetAttribute offsetAttribute = addAttribute(OffsetAttribute.class);

	private final PositionIncrementAttribute positionAttribute = addAttribute(PositionIncrementAttribute.class);

	private final PositionLengthAttribute lengthAttribute = addAttribute(PositionLengthAttribute.class);

	private final TypeAttribute typeAttribute = addAttribute(TypeAttribute.class);

	private final SyllableScanner scanner = new SyllableScanner();

	private char[] buffer = new char[4096];

	private int bufferLength;

	// The current sentence: each token's kind, offsets, absolute position (-1 for punctuation), its
	// term (normalised, lower-cased, folded for vi_folded) at pool[formStart, formStart + formLength), whether
	// it is a stopword, and the syllable count of the word it starts (0 or 1 when none); with a segmenter
	// also the form as written, case kept.
	private final SyllableScanner.Kind[] kinds = new SyllableScanner.Kind[MAX_SENTENCE];

	private final int[] starts = new int[MAX_SENTENCE];

	private final int[] ends = new int[MAX_SENTENCE];

	private final int[] positions = new int[MAX_SENTENCE];

	private final int[] formStarts = new int[MAX_SENTENCE];

	private final int[] formLengths = new int[MAX_SENTENCE];

	private final int[] wordLengths = new int[MAX_SENTENCE];

	private final String[] written = new String[MAX_SENTENCE];

	private final boolean[] stop = new boolean[MAX_SENTENCE];

	private final char[] lower = new char[SyllableScanner.MAX_TOKEN + 1];

	private char[] pool = new char[MAX_SENTENCE * 16];

	private int poolLength;

	private int sentenceLength;

	/** Where emission stands in the sentence: the token, and whether its word has been emitted yet. */
	private int cursor;

	private boolean wordPending;

	/** A token already read that opens the next sentence. */
	private boolean pending;

	private boolean exhausted;

	private int nextPosition;

	private int lastEmitted;

	private final char[] scratch = new char[2 * SyllableScanner.MAX_TOKEN + 2];

	VietnameseLuceneTokenizer(boolean folded, WordSegmenter segmenter, boolean words, Stopwords stopSyllables,
			Stopwords stopPhrases) {
		this.folded = folded;
		this.segmenter = segmenter;
		this.words = words;
		this.stopSyllables = stopSyllables;
		this.stopPhrases = stopPhrases;
	}

	@Override
	public void reset() throws IOException {
		super.reset();
		bufferLength = 0;
		int read;
		while ((read = input.read(buffer, bufferLength, buffer.length - bufferLength)) != -1) {
			bufferLength += read;
			if (bufferLength == buffer.length) {
				buffer = Arrays.copyOf(buffer, buffer.length * 2);
			}
		}
		scanner.reset(buffer, bufferLength);
		pending = false;
		exhausted = false;
		sentenceLength = 0;
		cursor = 0;
		wordPending = false;
		nextPosition = 0;
		lastEmitted = -1;
	}

	@Override
	public boolean incrementToken() {
		while (true) {
			if (wordPending) {
				wordPending = false;
				if (emitWord(cursor - 1)) {
					return true;
				}
			}
			if (cursor == sentenceLength) {
				if (exhausted) {
					return false;
				}
				readSentence();
				continue;
			}
			int i = cursor++;
			wordPending = wordLengths[i] > 1;
			if (positions[i] >= 0 && !stop[i]) {
				clearAttributes();
				appendTerm(i);
				emit(TYPES[kinds[i].ordinal()], starts[i], ends[i], positions[i], 1);
				return true;
			}
		}
	}

	private boolean emitWord(int first) {
		int count = wordLengths[first];
		int length = 0;
		for (int i = first; i < first + count; i++) {
			if (i > first) {
				scratch[length++] = ' ';
			}
			System.arraycopy(pool, formStarts[i], scratch, length, formLengths[i]);
			length += formLengths[i];
		}
		if (stopPhrases.contains(scratch, 0, length)) {
			return false; // tuy nhiên, bởi vì: a function word of two syllables
		}
		clearAttributes();
		for (int i = first; i < first + count; i++) {
			if (i > first) {
				termAttribute.append('_');
			}
			appendTerm(i);
		}
		emit(segmenter != null ? "word" : "bigram", starts[first], ends[first + count - 1], positions[first], count);
		return true;
	}

	private void appendTerm(int token) {
		int from = formStarts[token];
		int length = formLengths[token];
		int at = termAttribute.length();
		char[] term = termAttribute.resizeBuffer(at + length);
		System.arraycopy(pool, from, term, at, length);
		termAttribute.setLength(at + length);
	}

	private void emit(String type, int start, int end, int position, int positionLength) {
		typeAttribute.setType(type);
		offsetAttribute.setOffset(correctOffset(start), correctOffset(end));
		positionAttribute.setPositionIncrement(position - lastEmitted);
		lengthAttribute.setPositionLength(positionLength);
		lastEmitted = position;
	}

	@Override
	public void end() throws IOException {
		super.end();
		int finalOffset = correctOffset(bufferLength);
		offsetAttribute.setOffset(finalOffset, finalOffset);
	}

	private void readSentence() {
		sentenceLength = 0;
		poolLength = 0;
		cursor = 0;
		if (pending) {
			take();
			pending = false;
		}
		while (sentenceLength < MAX_SENTENCE) {
			if (sentenceLength > 0 && scanner.endsSentence()) {
				break;
			}
			if (!scanner.next()) {
				exhausted = true;
				break;
			}
			if (scanner.newlineBefore && sentenceLength > 0) {
				pending = true;
				break;
			}
			take();
		}
		findWords();
	}

	private void take() {
		int i = sentenceLength++;
		kinds[i] = scanner.kind;
		starts[i] = scanner.start;
		ends[i] = scanner.end;
		positions[i] = scanner.kind == SyllableScanner.Kind.PUNCTUATION ? -1 : nextPosition++;
		if (poolLength + scanner.termLength > pool.length) {
			pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolLength + scanner.termLength));
		}
		int length = scanner.termLength;
		char[] term = scanner.term;
		if (scanner.kind == SYLLABLE) {
			for (int c = 0; c < length; c++) {
				lower[c] = Letters.lower(term[c]);
			}
			Letters.iForY(lower, length); // quý and quí, kỹ and kĩ: one term, as VietnameseText.matchKey has it
			stop[i] = stopSyllables.contains(lower, 0, length);
			if (folded) {
				for (int c = 0; c < length; c++) {
					pool[poolLength + c] = Letters.fold(lower[c]);
				}
			}
			else {
				System.arraycopy(lower, 0, pool, poolLength, length);
			}
		}
		else {
			stop[i] = false;
			for (int c = 0; c < length; c++) {
				pool[poolLength + c] = folded ? Letters.fold(term[c]) : Letters.lower(term[c]);
			}
		}
		if (segmenter != null) {
			written[i] = new String(scanner.term, 0, scanner.termLength);
		}
		formStarts[i] = poolLength;
		formLengths[i] = scanner.termLength;
		poolLength += scanner.termLength;
		wordLengths[i] = 0;
	}

	/** Marks the words of several syllables: the segmenter's, or every pair of neighbouring syllables. */
	private void findWords() {
		if (!words) {
			return;
		}
		if (segmenter == null) {
			for (int i = 0; i + 1 < sentenceLength; i++) {
				if (kinds[i] == SYLLABLE && kinds[i + 1] == SYLLABLE) {
					wordLengths[i] = 2;
				}
			}
			return;
		}
		int at = 0;
		for (int word : segmenter.wordLengths(Arrays.asList(written).subList(0, sentenceLength))) {
			if (word > 1 && at + word <= sentenceLength && allSyllables(at, word)) {
				wordLengths[at] = word;
			}
			at += word;
		}
	}

	private boolean allSyllables(int from, int count) {
		for (int i = from; i < from + count; i++) {
			if (kinds[i] != SYLLABLE) {
				return false;
			}
		}
		return true;
	}

}
