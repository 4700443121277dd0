package vn.tuyengiao.text;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import vn.tuyengiao.text.internal.GoldFileMissing;
import vn.tuyengiao.text.internal.segmenter.SegmenterEvaluation;

/**
 * The {@code text} command line, for operators checking a segmentation model without starting the
 * platform: {@code text segment --model DIR} and {@code text eval-segmenter --model DIR --gold FILE.conllu}.
 */
public final class TextCommands {

	static final String USAGE = """
			Usage / Cách dùng:
			  java -jar tuyengiao.jar text segment --model DIR
			      UTF-8 text on standard input, one sentence a line; each line comes out segmented, words
			      separated by spaces, the syllables of a word joined by _.
			      (Tách từ văn bản UTF-8 từ đầu vào chuẩn, mỗi dòng một câu.)
			  java -jar tuyengiao.jar text eval-segmenter --model DIR --gold FILE.conllu
			      Word precision, recall, F1 and speed against a CoNLL-U gold standard: from each
			      sentence's text as `segment` reads it, and on the gold tokens.
			      (Đánh giá mô hình tách từ so với dữ liệu chuẩn CoNLL-U.)
			DIR holds Model.RDR and VnVocab.txt (see the README). / DIR chứa Model.RDR và VnVocab.txt.
			""";

	/** Text is cut into pieces of about this many characters, so that a line of megabytes costs no more per character. */
	private static final int PIECE = 8192;

	/** Seconds of timed segmentation in the evaluation, after as many of warm-up. */
	private static final double TIMED_SECONDS = 2;

	private TextCommands() {
	}

	/** Runs the command; the exit code is 0 on success, 1 when the model or a file cannot be read, 2 on bad arguments. */
	public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
		if (args.length == 0) {
			return usage(err, "");
		}
		Map<String, String> options = options(args);
		if (options == null) {
			return usage(err, "");
		}
		String command = args[0];
		if (!command.equals("segment") && !command.equals("eval-segmenter")) {
			return usage(err, "Unknown command / Lệnh không có: " + command);
		}
		String model = options.get("--model");
		if (model == null) {
			return usage(err, "Missing --model DIR / Thiếu --model DIR");
		}
		if (command.equals("eval-segmenter") && options.get("--gold") == null) {
			return usage(err, "Missing --gold FILE.conllu / Thiếu --gold FILE.conllu");
		}
		try {
			WordSegmenter segmenter = WordSegmenters.load(Path.of(model));
			return command.equals("segment") ? segment(segmenter, in, out)
					: evaluate(segmenter, Path.of(options.get("--gold")), out);
		}
		catch (IllegalArgumentException e) {
			err.println(e.getMessage());
			return 1;
		}
		catch (IOException e) {
			err.println("Lỗi đọc/ghi. I/O error: " + e.getMessage());
			return 1;
		}
	}

	/** {@code --name value} or {@code --name=value} after the command; null when something else is there. */
	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (int i = 1; i < args.length; i++) {
			String arg = args[i];
			int equals = arg.indexOf('=');
			if (arg.startsWith("--") && equals > 0) {
				options.put(arg.substring(0, equals), arg.substring(equals + 1));
			}
			else if ((arg.equals("--model") || arg.equals("--gold")) && i + 1 < args.length) {
				options.put(arg, args[++i]);
			}
			else {
				return null;
			}
		}
		return options;
	}

	private static int usage(PrintStream err, String problem) {
		if (!problem.isEmpty()) {
			err.println(problem);
		}
		err.print(USAGE);
		err.flush();
		return 2;
	}

	private static int segment(WordSegmenter segmenter, InputStream in, PrintStream out) throws IOException {
		BufferedReader reader = utf8(in);
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
		String line;
		while ((line = reader.readLine()) != null) {
			writeSegmented(segmenter, line, writer);
			writer.write('\n');
		}
		writer.flush();
		return 0;
	}

	/** The line's words separated by spaces, a word's syllables joined by {@code _}; best effort on any text. */
	static void writeSegmented(WordSegmenter segmenter, String line, Writer writer) throws IOException {
		boolean first = true;
		for (List<String> word : words(segmenter, line)) {
			if (!first) {
				writer.write(' ');
			}
			first = false;
			for (int k = 0; k < word.size(); k++) {
				if (k > 0) {
					writer.write('_');
				}
				// A date or a percentage with a space inside is one token, so one word.
				writer.write(word.get(k).replace(' ', '_'));
			}
		}
	}

	/** The line's words, each as its tokens: what {@code text segment} writes, and what the evaluation scores. */
	static List<List<String>> words(WordSegmenter segmenter, String line) {
		String clean = withoutControls(line);
		List<List<String>> words = new ArrayList<>();
		int start = 0;
		while (start < clean.length()) {
			int end = pieceEnd(clean, start);
			List<String> tokens = tokens(clean.substring(start, end));
			int at = 0;
			for (int length : segmenter.wordLengths(tokens)) {
				words.add(tokens.subList(at, at + length));
				at += length;
			}
			start = end;
		}
		return words;
	}

	/** Control characters and line separators would break the one-line-out-per-line-in promise: spaces. */
	private static String withoutControls(String line) {
		StringBuilder clean = null;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
				if (clean == null) {
					clean = new StringBuilder(line);
				}
				clean.setCharAt(i, ' ');
			}
		}
		return clean == null ? line : clean.toString();
	}

	/** Where the piece from {@code start} ends: at a space near {@link #PIECE} characters on, never inside a surrogate pair. */
	private static int pieceEnd(String text, int start) {
		if (text.length() - start <= PIECE) {
			return text.length();
		}
		int limit = start + PIECE;
		for (int i = limit; i > start + PIECE / 2; i--) {
			if (text.charAt(i) == ' ') {
				return i + 1;
			}
		}
		return Character.isLowSurrogate(text.charAt(limit)) ? limit + 1 : limit;
	}

	private static List<String> tokens(String piece) {
		List<String> tokens = new ArrayList<>();
		try {
			for (Token token : VietnameseTokenizer.tokenize(piece)) {
				tokens.add(token.text());
			}
		}
		catch (RuntimeException | StackOverflowError e) {
			// The tokenizer's patterns recurse on some pathological shapes; whitespace still gives the syllables.
			tokens.clear();
			for (String part : VietnameseText.normalize(piece).split("\\s+")) {
				if (!part.isEmpty()) {
					tokens.add(part);
				}
			}
		}
		return tokens;
	}

	private static int evaluate(WordSegmenter segmenter, Path gold, PrintStream out) throws IOException {
		if (!Files.isRegularFile(gold)) {
			throw new GoldFileMissing(gold);
		}
		List<SegmenterEvaluation.GoldSentence> sentences;
		try (BufferedReader reader = utf8(Files.newInputStream(gold))) {
			sentences = SegmenterEvaluation.read(reader);
		}
		SegmenterEvaluation.Result fromText = SegmenterEvaluation.fromText(sentences, text -> words(segmenter, text));
		SegmenterEvaluation.Result result = SegmenterEvaluation.evaluate(segmenter, sentences, TIMED_SECONDS);
		out.printf(Locale.ROOT, "gold: %s, %d sentences, %d words%n", gold, sentences.size(), result.goldWords());
		out.printf(Locale.ROOT, "from the sentences' text, tokenized as text segment does (words compared by character offsets): "
				+ "f1=%.2f precision=%.2f recall=%.2f%n", fromText.f1(), fromText.precision(), fromText.recall());
		out.printf(Locale.ROOT, "on the gold tokens (below):%n");
		out.printf(Locale.ROOT, "predicted words: %d, correct: %d; speed: median pass of %.0f s of passes on one thread, after as long a warm-up%n",
				result.predictedWords(), result.correctWords(), TIMED_SECONDS);
		out.printf(Locale.ROOT, "f1=%.2f precision=%.2f recall=%.2f words_per_second=%d%n", result.f1(), result.precision(),
				result.recall(), Math.round(result.wordsPerSecond()));
		out.flush();
		return 0;
	}

	/** Invalid bytes become U+FFFD instead of failing the read. */
	private static BufferedReader utf8(InputStream in) {
		return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
	}

}
