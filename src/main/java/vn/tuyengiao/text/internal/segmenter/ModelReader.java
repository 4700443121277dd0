package vn.tuyengiao.text.internal.segmenter;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import vn.tuyengiao.text.WordSegmenter;

/**
 * Reads a model in the RDRsegmenter format: {@code Model.RDR}, one rule a line, a line's leading tabs
 * giving its depth in the tree ({@code object.word == "x" and object.prevTag1 == "B" : object.conclusion = "I"});
 * and {@code VnVocab.txt}, one word a line, its syllables separated by spaces.
 */
public final class ModelReader {

	static final String RULES_FILE = "Model.RDR";
	static final String VOCABULARY_FILE = "VnVocab.txt";

	private static final String THEN = " : object.conclusion = ";
	private static final String TEST = "object.";
	private static final String EQUALS = " == \"";
	private static final String AND = "\" and object.";

	private ModelReader() {
	}

	/** The segmenter of the model in the directory; an {@link IllegalArgumentException} says what is wrong with it. */
	public static WordSegmenter load(Path directory) {
		return read(directory);
	}

	static RdrSegmenter read(Path directory) {
		Path rules = directory.resolve(RULES_FILE);
		Path vocabularyFile = directory.resolve(VOCABULARY_FILE);
		if (!Files.isRegularFile(rules) || !Files.isRegularFile(vocabularyFile)) {
			throw new SegmenterModelIncomplete(directory, RULES_FILE, VOCABULARY_FILE);
		}
		Syllables syllables = new Syllables();
		Vocabulary vocabulary = new Vocabulary();
		for (String line : lines(vocabularyFile)) {
			String word = line.strip();
			if (!word.isEmpty()) {
				String[] parts = word.split(" +");
				int[] ids = new int[parts.length];
				for (int i = 0; i < parts.length; i++) {
					ids[i] = syllables.intern(parts[i]);
				}
				vocabulary.add(ids);
			}
		}
		RuleTree.Node root = readRules(lines(rules), syllables, rules);
		return new RdrSegmenter(syllables, vocabulary, new RuleTree(root, syllables.size()));
	}

	private static RuleTree.Node readRules(List<String> lines, Syllables syllables, Path file) {
		List<RuleTree.Node> path = new ArrayList<>();
		RuleTree.Node root = null;
		for (int number = 1; number <= lines.size(); number++) {
			String line = lines.get(number - 1);
			if (line.isBlank()) {
				continue;
			}
			int depth = 0;
			while (depth < line.length() && line.charAt(depth) == '\t') {
				depth++;
			}
			RuleTree.Node node;
			try {
				node = parseRule(line.substring(depth).strip(), syllables);
			}
			catch (RuntimeException e) {
				throw malformed(file, number, line);
			}
			if (depth == 0 && root == null) {
				root = node;
			}
			else if (depth == 0 || depth > path.size()) {
				throw malformed(file, number, line);
			}
			else {
				path.get(depth - 1).children.add(node);
			}
			while (path.size() > depth) {
				path.remove(path.size() - 1);
			}
			path.add(node);
		}
		if (root == null) {
			throw malformed(file, 0, "");
		}
		return root;
	}

	/** One line without its indentation: {@code CONDITION : object.conclusion = "X"}. */
	private static RuleTree.Node parseRule(String rule, Syllables syllables) {
		int then = rule.lastIndexOf(THEN);
		String condition = rule.substring(0, then).strip();
		String conclusion = unquote(rule.substring(then + THEN.length()).strip());
		int tag = switch (conclusion) {
			case "B" -> RuleTree.B;
			case "I" -> RuleTree.I;
			default -> RuleTree.KEEP;
		};
		List<Integer> features = new ArrayList<>();
		List<Integer> values = new ArrayList<>();
		if (!condition.equals("True")) {
			// Values may hold quotes ("''") but never the separator, so each test ends where the next begins.
			int at = 0;
			while (at < condition.length()) {
				if (!condition.startsWith(TEST, at)) {
					throw new SegmenterRuleMalformed(condition);
				}
				int equals = condition.indexOf(EQUALS, at);
				String name = condition.substring(at + TEST.length(), equals);
				int next = condition.indexOf(AND, equals + EQUALS.length() - 1);
				int close = next < 0 ? condition.length() - 1 : next;
				if (condition.charAt(close) != '"') {
					throw new SegmenterRuleMalformed(condition);
				}
				String value = condition.substring(equals + EQUALS.length(), close);
				int feature = RuleTree.FEATURE_NAMES.indexOf(name);
				if (feature < 0) {
					throw new SegmenterRuleMalformed(name);
				}
				features.add(feature);
				values.add(feature >= RuleTree.TAG ? tagCode(value) : value.isEmpty() ? Syllables.ABSENT : syllables.intern(value));
				at = next < 0 ? condition.length() : next + AND.length() - TEST.length();
			}
		}
		return new RuleTree.Node(features.stream().mapToInt(Integer::intValue).toArray(),
				values.stream().mapToInt(Integer::intValue).toArray(), tag);
	}

	private static int tagCode(String value) {
		return switch (value) {
			case "" -> Syllables.ABSENT;
			case "B" -> RuleTree.B;
			case "I" -> RuleTree.I;
			default -> throw new SegmenterRuleMalformed(value);
		};
	}

	private static String unquote(String quoted) {
		if (quoted.length() < 2 || quoted.charAt(0) != '"' || quoted.charAt(quoted.length() - 1) != '"') {
			throw new SegmenterRuleMalformed(quoted);
		}
		return quoted.substring(1, quoted.length() - 1);
	}

	private static List<String> lines(Path file) {
		try (BufferedReader reader = new BufferedReader(new java.io.InputStreamReader(Files.newInputStream(file),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPLACE)
					.onUnmappableCharacter(CodingErrorAction.REPLACE)))) {
			return reader.lines().toList();
		}
		catch (IOException e) {
			throw new SegmenterModelUnreadable(file, e);
		}
	}

	private static SegmenterRuleMalformed malformed(Path file, int line, String text) {
		return new SegmenterRuleMalformed(file, line, text);
	}

}
