package vn.tuyengiao.text;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code text} command line, called as {@code main} calls it, with byte streams, on the tiny model and gold
 * file written for the tests ({@code src/test/resources/segmenter}).
 */
class TextCommandsTests {

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	@Test
	void segmentsEachLineJoiningSyllablesWithUnderscores() {
		int code = run("Ban Tuyên giáo Tỉnh ủy Bắc Kạn tổ chức hội nghị giao ban.\n\ndư luận xã hội\n",
				"segment", "--model", model());
		assertThat(code).isZero();
		assertThat(output()).isEqualTo("Ban Tuyên_giáo Tỉnh_ủy Bắc_Kạn tổ_chức hội_nghị giao_ban .\n\ndư_luận xã_hội\n");
		assertThat(errors()).isEmpty();
	}

	@Test
	void acceptsTheModelAsAnEqualsOption() {
		assertThat(run("xã hội", "segment", "--model=" + model())).isZero();
		assertThat(output()).isEqualTo("xã_hội\n");
	}

	@Test
	void givesABestEffortLineForInvalidBytesAndControlCharacters() {
		byte[] valid = "xã hội ".getBytes(StandardCharsets.UTF_8);
		byte[] junk = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x00, 0x07, 0x1B, (byte) 0xE1, (byte) 0xBB, 'a', ' ',
				(byte) 0xE0, (byte) 0xA4, (byte) 0xA4, ' ', '\r', '\n', 'B', (byte) 0xB8, 'c', '\n' };
		byte[] input = new byte[valid.length + junk.length];
		System.arraycopy(valid, 0, input, 0, valid.length);
		System.arraycopy(junk, 0, input, valid.length, junk.length);
		int code = run(input, "segment", "--model", model());
		assertThat(code).isZero();
		String[] lines = output().split("\n", -1);
		assertThat(lines).hasSize(3); // two lines in, two out, and the final newline
		assertThat(lines[0]).startsWith("xã_hội");
		assertThat(output()).doesNotContain("\u0000", "\u0007", "\u001B");
	}

	@Test
	void segmentsALineOfSeveralMegabytes() {
		String line = "Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị , ".repeat(120_000); // ≈ 5 MB of UTF-8
		int code = run(line + "\nxã hội\n", "segment", "--model", model());
		assertThat(code).isZero();
		String[] lines = output().split("\n");
		assertThat(lines).hasSize(2);
		assertThat(lines[0]).startsWith("Ban Tuyên_giáo Tỉnh_ủy tổ_chức hội_nghị , Ban").endsWith("hội_nghị ,");
		assertThat(lines[0].split(" ")).hasSize(6 * 120_000);
		assertThat(lines[1]).isEqualTo("xã_hội");
	}

	@Test
	void evaluatesAgainstAConlluFileEndingWithTheScores() {
		int code = run("", "eval-segmenter", "--model", model(), "--gold", AuthoredSegmenterModelTests.MODEL.resolve("gold.conllu").toString());
		assertThat(code).isZero();
		String[] lines = output().strip().split("\n");
		assertThat(lines[lines.length - 1])
			.matches("f1=\\d+\\.\\d\\d precision=\\d+\\.\\d\\d recall=\\d+\\.\\d\\d words_per_second=\\d+");
	}

	@Test
	void showsUsageAndExitsWithTwoOnBadArguments() {
		assertThat(run("", "segment")).isEqualTo(2);
		assertThat(errors()).contains("--model").contains("Usage");
		assertThat(run("", "translate", "--model", model())).isEqualTo(2);
		assertThat(run("", "eval-segmenter", "--model", model())).isEqualTo(2);
		assertThat(run("")).isEqualTo(2);
		assertThat(run("", "segment", "--model")).isEqualTo(2);
		assertThat(errors()).doesNotContain("Exception", "\tat ");
		assertThat(output()).isEmpty();
	}

	@Test
	void saysWhatIsWrongWithAMissingModelWithoutAStackTrace() {
		assertThat(run("", "segment", "--model", "/no/such/dir")).isEqualTo(1);
		assertThat(errors()).contains("Model.RDR").doesNotContain("Exception", "\tat ");
	}

	private int run(String input, String... args) {
		return run(input.getBytes(StandardCharsets.UTF_8), args);
	}

	private int run(byte[] input, String... args) {
		return TextCommands.run(args, new ByteArrayInputStream(input), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
	}

	private static String model() {
		return AuthoredSegmenterModelTests.MODEL.toString();
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8);
	}

}
