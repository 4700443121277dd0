package vn.tuyengiao.classify.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads labelled texts for training and evaluation: a CSV file with a header, whose text column is
 * {@code free_text} or {@code text} and whose label column is {@code label_id} or {@code label} (the ViHSD
 * format and the generic one; fields may be quoted and hold commas and line breaks), or a UIT-VSFC
 * directory with {@code sents.txt} and {@code sentiments.txt}, line by line.
 */
public final class LabelledFiles {

	private static final List<String> TEXT_COLUMNS = List.of("free_text", "text", "content", "sentence");

	private static final List<String> LABEL_COLUMNS = List.of("label_id", "label", "sentiment", "toxicity");

	private LabelledFiles() {
	}

	/** A file that cannot be read as labelled texts; the message is Vietnamese and names the place. */
	public static final class Unreadable extends Exception {

		Unreadable(String message) {
			super(message);
		}

	}

	public static List<Learner.Labelled> read(Path path, Task task) throws Unreadable {
		if (Files.isDirectory(path)) {
			return readDirectory(path, task);
		}
		if (!Files.isRegularFile(path)) {
			throw new Unreadable("Không tìm thấy tệp " + path + ".");
		}
		CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get();
		List<Learner.Labelled> examples = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
				CSVParser csv = CSVParser.parse(reader, format)) {
			List<String> header = csv.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)
				.replace("\uFEFF", "")).toList();
			int text = firstOf(header, TEXT_COLUMNS);
			int label = firstOf(header, LABEL_COLUMNS);
			if (text < 0 || label < 0) {
				throw new Unreadable("Tệp " + path.getFileName() + " cần dòng tiêu đề có cột văn bản (free_text hoặc text) "
						+ "và cột nhãn (label_id hoặc label); dòng đầu của tệp là: " + String.join(",", csv.getHeaderNames()));
			}
			for (CSVRecord record : csv) {
				long line = csv.getCurrentLineNumber();
				if (record.size() == 1 && record.get(0).isBlank()) {
					continue;
				}
				if (record.size() <= Math.max(text, label)) {
					throw new Unreadable("Tệp " + path.getFileName() + ", bản ghi thứ " + record.getRecordNumber()
							+ " (dòng " + line + "): thiếu cột, có " + record.size() + " cột.");
				}
				String canonical = task.canonical(record.get(label));
				if (canonical == null) {
					throw new Unreadable("Tệp " + path.getFileName() + ", bản ghi thứ " + record.getRecordNumber() + " (dòng "
							+ line + "): nhãn \"" + record.get(label) + "\" không hợp lệ cho tác vụ " + task.key() + "; dùng "
							+ allowed(task) + ".");
				}
				examples.add(new Learner.Labelled(record.get(text), canonical));
			}
		}
		catch (CharacterCodingException | java.io.UncheckedIOException e) {
			throw new Unreadable("Tệp " + path.getFileName() + " không đọc được: cần CSV mã hóa UTF-8 (" + e.getMessage() + ").");
		}
		catch (IOException | IllegalStateException | IllegalArgumentException e) {
			throw new Unreadable("Tệp " + path.getFileName() + " không phải CSV hợp lệ: " + e.getMessage());
		}
		if (examples.isEmpty()) {
			throw new Unreadable("Tệp " + path.getFileName() + " không có dòng dữ liệu nào.");
		}
		return examples;
	}

	private static List<Learner.Labelled> readDirectory(Path dir, Task task) throws Unreadable {
		Path sents = dir.resolve("sents.txt");
		Path labels = dir.resolve(task == Task.TOXIC ? "labels.txt" : "sentiments.txt");
		if (!Files.isRegularFile(sents) || !Files.isRegularFile(labels)) {
			throw new Unreadable("Thư mục " + dir + " cần hai tệp sents.txt và " + labels.getFileName()
					+ " (định dạng UIT-VSFC: mỗi dòng một câu và nhãn của nó).");
		}
		try {
			List<String> texts = lines(sents);
			List<String> marks = lines(labels);
			if (texts.size() != marks.size()) {
				throw new Unreadable("Thư mục " + dir + ": sents.txt có " + texts.size() + " dòng nhưng "
						+ labels.getFileName() + " có " + marks.size() + " dòng.");
			}
			List<Learner.Labelled> examples = new ArrayList<>();
			for (int i = 0; i < texts.size(); i++) {
				String canonical = task.canonical(marks.get(i));
				if (canonical == null) {
					throw new Unreadable(labels.getFileName() + ", dòng " + (i + 1) + ": nhãn \"" + marks.get(i)
							+ "\" không hợp lệ; dùng " + allowed(task) + ".");
				}
				examples.add(new Learner.Labelled(texts.get(i), canonical));
			}
			if (examples.isEmpty()) {
				throw new Unreadable("Thư mục " + dir + " không có câu nào.");
			}
			return examples;
		}
		catch (IOException e) {
			throw new Unreadable("Không đọc được thư mục " + dir + ": " + e.getMessage());
		}
	}

	private static List<String> lines(Path file) throws IOException {
		List<String> lines = new ArrayList<>(List.of(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
			.replace("\r\n", "\n").split("\n", -1)));
		if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
			lines.remove(lines.size() - 1);
		}
		return lines;
	}

	private static int firstOf(List<String> header, List<String> names) {
		for (String name : names) {
			int at = header.indexOf(name);
			if (at >= 0) {
				return at;
			}
		}
		return -1;
	}

	private static String allowed(Task task) {
		return switch (task) {
			case TOXIC -> "0/1/2 hoặc clean/offensive/hate";
			case SENTIMENT -> "0/1/2 hoặc negative/neutral/positive";
			case WORK_AREA -> String.join(", ", task.labels());
		};
	}

}
