package vn.tuyengiao.classify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.tuyengiao.platform.UsesSharedData;

/**
 * {@code classify eval} end to end, as an operator runs it: small files written here in each accepted format,
 * bad files refused in Vietnamese with exit code 2, and one run on the ViHSD data set from the shared data.
 */
class ClassifyCommandsTests {

	static final Pattern LAST_LINE = Pattern.compile("accuracy=(\\d{1,3}\\.\\d{2}) macro_f1=(\\d{1,3}\\.\\d{2})");

	@TempDir
	Path dir;

	record Run(int code, String out, String err) {

		String lastLine() {
			String[] lines = out.strip().split("\n");
			return lines[lines.length - 1];
		}

		double macroF1() {
			Matcher m = LAST_LINE.matcher(lastLine());
			assertThat(m.matches()).as(out).isTrue();
			return Double.parseDouble(m.group(2));
		}

	}

	static Run run(String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = ClassifyCommands.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** A generic CSV of toxic-language examples: quoted fields with commas and line breaks, labels by name. */
	Path toxicCsv(String name, int copies) throws IOException {
		StringBuilder csv = new StringBuilder("text,label\n");
		for (int i = 0; i < copies; i++) {
			csv.append("\"Cảm ơn anh, bài viết hay quá\",clean\n");
			csv.append("\"Chúc mừng xã Nam Mẫu,\nđường mới đẹp lắm\",clean\n");
			csv.append("Mọi người nhớ đi bầu cử nhé,clean\n");
			csv.append("\"Đồ ngu, câm mồm đi\",offensive\n");
			csv.append("\"Nói ngu vãi, đọc mà bực\",offensive\n");
			csv.append("Ngu thì đừng nói,offensive\n");
			csv.append("\"Lũ súc vật, cút về nước\",hate\n");
			csv.append("\"Bọn mày là lũ súc vật\",hate\n");
			csv.append("Đồ súc vật đáng chết,hate\n");
		}
		return Files.writeString(dir.resolve(name), csv.toString());
	}

	@Test
	void trainsOnAGenericCsvAndEndsWithAccuracyAndMacroF1() throws IOException {
		Run run = run("eval", "--task", "toxic", "--train", toxicCsv("train.csv", 4).toString(), "--test",
				toxicCsv("test.csv", 1).toString());

		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.lastLine()).matches(LAST_LINE);
		assertThat(run.out()).contains("CLEAN").contains("OFFENSIVE").contains("HATE").contains("precision");
		assertThat(run.macroF1()).isGreaterThan(90);
	}

	@Test
	void readsTheViHsdHeaderAndAUitVsfcDirectory() throws IOException {
		Path vihsd = Files.writeString(dir.resolve("vihsd.csv"), """
				free_text,label_id
				"Chào buổi sáng, cả nhà",0
				Đồ ngu,1
				Lũ súc vật,2
				Hôm nay trời đẹp,0
				Ngu vãi,1
				Bọn súc vật,2
				""");
		assertThat(run("eval", "--task=toxic", "--train=" + vihsd, "--test=" + vihsd).code()).isZero();

		Path vsfc = Files.createDirectories(dir.resolve("vsfc"));
		Files.writeString(vsfc.resolve("sents.txt"), "thầy dạy rất hay và nhiệt tình .\nphòng học nóng , máy chiếu hỏng .\n"
				+ "lớp học vào thứ hai .\ncô giảng dễ hiểu .\nwifi yếu quá .\nmôn này có 3 tín chỉ .\n");
		Files.writeString(vsfc.resolve("sentiments.txt"), "2\n0\n1\n2\n0\n1\n");
		Run run = run("eval", "--task", "sentiment", "--train", vsfc.toString(), "--test", vsfc.toString());
		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.out()).contains("POSITIVE").contains("NEGATIVE").contains("NEUTRAL");
		assertThat(run.lastLine()).matches(LAST_LINE);
	}

	@Test
	void badFilesAreRefusedInVietnameseWithExitCodeTwoAndNoStackTrace() throws IOException {
		Path good = toxicCsv("good.csv", 1);
		Path noLabel = Files.writeString(dir.resolve("no-label.csv"), "noi_dung,nhan\nabc,1\n");
		Path badLabel = Files.writeString(dir.resolve("bad-label.csv"), "text,label\nabc,clean\n\"x, y\",rất tệ\n");

		Run missing = run("eval", "--task", "toxic", "--train", dir.resolve("khong-co.csv").toString(), "--test",
				good.toString());
		Run header = run("eval", "--task", "toxic", "--train", noLabel.toString(), "--test", good.toString());
		Run label = run("eval", "--task", "toxic", "--train", badLabel.toString(), "--test", good.toString());
		Run task = run("eval", "--task", "topic", "--train", good.toString(), "--test", good.toString());

		assertThat(List.of(missing, header, label, task)).allSatisfy(run -> {
			assertThat(run.code()).isEqualTo(2);
			assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
		});
		assertThat(missing.err()).contains("Không tìm thấy tệp");
		assertThat(header.err()).contains("cột văn bản").contains("noi_dung,nhan");
		assertThat(label.err()).contains("nhãn \"rất tệ\" không hợp lệ").contains("dòng 3");
		assertThat(task.err()).contains("--task");
	}

	@Test
	void helpDescribesBothFileFormats() {
		Run help = run("eval", "--help");

		assertThat(help.code()).isZero();
		assertThat(help.out()).contains("free_text,label_id").contains("text").contains("sents.txt")
			.contains("0 negative / 1 neutral / 2 positive");
	}

	@Test
	void theDefaultRunScoresWhatAFreshInstallationDecidesWithoutTraining() throws IOException {
		Path file = dir.resolve("authored.csv");
		try (var in = ClassifyCommandsTests.class.getResourceAsStream("/classify/toxic-default-eval.csv")) {
			Files.copy(in, file);
		}

		Run run = run("eval", "--task", "toxic", "--default", "--test", file.toString());

		assertThat(run.code()).as(run.err()).isZero();
		assertThat(run.out()).contains("rules-2").contains("clean_flagged=0.00 (0/6)");
		assertThat(run.lastLine()).isEqualTo("accuracy=100.00 macro_f1=100.00");
		assertThat(run("eval", "--task", "toxic", "--rules", "--test", file.toString()).out()).isEqualTo(run.out());
	}

	@Test
	@UsesSharedData
	void theDefaultOnViHsdDevFlagsFewerCleanCommentsAndFindsNoLessThanTheFormerRules() {
		Run run = run("eval", "--task", "toxic", "--default", "--test", "../shared/data/vihsd/dev.csv");

		assertThat(run.code()).as(run.err()).isZero();
		// the former rules (docs/PERFORMANCE.md): 5.80% of clean comments flagged, recall offensive 34.43, hate 25.19
		assertThat(figure(run.out(), "clean_flagged=(\\d+\\.\\d+)")).as(run.out()).isLessThan(5.0);
		assertThat(figure(run.out(), "OFFENSIVE +[\\d.]+ +([\\d.]+)")).as(run.out()).isGreaterThanOrEqualTo(34.43);
		assertThat(figure(run.out(), "HATE +[\\d.]+ +([\\d.]+)")).as(run.out()).isGreaterThanOrEqualTo(25.19);
	}

	static double figure(String out, String regex) {
		Matcher m = Pattern.compile(regex).matcher(out);
		assertThat(m.find()).as(regex + " in " + out).isTrue();
		return Double.parseDouble(m.group(1));
	}

	@Test
	@UsesSharedData
	void aModelTrainedOnPartOfViHsdFindsToxicLanguageInItsDevSplit() throws IOException {
		Path data = Path.of("../shared/data/vihsd");
		// Every fourth training row keeps the test quick on a shared machine; the full run is in PERFORMANCE.md.
		List<String> lines = Files.readAllLines(data.resolve("train.csv"));
		List<String> part = new ArrayList<>();
		part.add(lines.get(0));
		String row = "";
		int rows = 0;
		for (String line : lines.subList(1, lines.size())) {
			row = row.isEmpty() ? line : row + "\n" + line;
			if (row.chars().filter(c -> c == '"').count() % 2 == 0) {
				if (rows++ % 4 == 0) {
					part.add(row);
				}
				row = "";
			}
		}
		Path train = Files.write(dir.resolve("vihsd-part.csv"), part);

		Run run = run("eval", "--task", "toxic", "--train", train.toString(), "--test", data.resolve("dev.csv").toString());

		assertThat(run.code()).as(run.err()).isZero();
		// The keyword rules alone reach 53 here (docs/PERFORMANCE.md); a quarter of the training data must beat them.
		assertThat(run.macroF1()).as(run.out()).isGreaterThan(55);
	}

}
