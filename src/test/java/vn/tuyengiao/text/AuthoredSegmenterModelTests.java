package vn.tuyengiao.text;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tuyengiao.text.internal.segmenter.SegmenterEvaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An operator's model directory read and applied, on a tiny model written for the tests
 * ({@code src/test/resources/segmenter}): the vocabulary's longest words, old and new tone placement and
 * capitals alike, a rule that overrides the vocabulary ("thứ hai", second) and its exception ("thứ hai tuần sau",
 * Monday); whatever the tokens, each belongs to one word; a model directory that is missing or malformed is
 * refused, naming the file and line.
 */
class AuthoredSegmenterModelTests {

	static final Path MODEL = Path.of("src", "test", "resources", "segmenter");

	private static final WordSegmenter segmenter = WordSegmenters.load(MODEL);

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Ban Tuyên giáo Tỉnh ủy Bắc Kạn tổ chức hội nghị giao ban|Ban Tuyên_giáo Tỉnh_ủy Bắc_Kạn tổ_chức hội_nghị giao_ban
			nắm bắt dư luận xã hội|nắm_bắt dư_luận xã_hội
			hoà bình và thuỷ lợi|hoà_bình và thuỷ_lợi
			hòa bình và thủy lợi|hòa_bình và thủy_lợi
			DƯ LUẬN XÃ HỘI|DƯ_LUẬN XÃ_HỘI
			về thứ hai trong cuộc thi|về thứ hai trong cuộc thi
			họp vào thứ hai tuần sau|họp vào thứ_hai tuần sau
			""")
	void segmentsWithTheVocabularysLongestWords(String sentence, String expected) {
		assertThat(segmented(sentence)).isEqualTo(expected);
	}

	@Test
	void aRunOfPunctuationInRunningTextIsOneWordAndTheScoreCountsCharacters() {
		assertThat(TextCommands.words(segmenter, "nắm bắt dư luận xã hội... tổ chức hội nghị?!"))
			.extracting(word -> String.join("_", word))
			.containsExactly("nắm_bắt", "dư_luận", "xã_hội", "...", "tổ_chức", "hội_nghị", "?!");
		SegmenterEvaluation.GoldSentence gold = new SegmenterEvaluation.GoldSentence(List.of("dư", "luận", "...", "xã", "hội"),
				new int[] { 2, 1, 2 }, "dư luận... xã hội");
		SegmenterEvaluation.GoldSentence splitByTheTokenizer = new SegmenterEvaluation.GoldSentence(
				List.of("dư", "luận", ".", ".", ".", "xã", "hội"), new int[] { 2, 1, 1, 1, 2 }, "dư luận... xã hội");
		assertThat(SegmenterEvaluation.fromText(List.of(gold), text -> TextCommands.words(segmenter, text)).f1()).isEqualTo(100.0);
		assertThat(SegmenterEvaluation.fromText(List.of(splitByTheTokenizer), text -> TextCommands.words(segmenter, text))
			.correctWords()).isEqualTo(2);
	}

	@Test
	void givesEveryTokenToExactlyOneWord() {
		List<String> tokens = List.of("Ngày", "12/4/2023", ",", "https://backan.gov.vn", "😀", "", "\uFFFD", "x".repeat(1000));
		int[] lengths = segmenter.wordLengths(tokens);
		assertThat(Arrays.stream(lengths).sum()).isEqualTo(tokens.size());
		assertThat(Arrays.stream(lengths).allMatch(length -> length > 0)).isTrue();
		assertThat(segmenter.wordLengths(List.of())).isEmpty();
	}

	@Test
	void segmentsAVeryLongSentence() {
		List<String> tokens = new ArrayList<>(Collections.nCopies(200_000, "xã"));
		assertThat(Arrays.stream(segmenter.wordLengths(tokens)).sum()).isEqualTo(200_000);
	}

	@Test
	void refusesADirectoryWithoutAModelInBothLanguages(@TempDir Path empty) {
		assertThatThrownBy(() -> WordSegmenters.load(empty)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("Model.RDR")
			.hasMessageContaining("phải chứa")
			.hasMessageContaining("must hold");
	}

	@Test
	void refusesAMalformedRulesFileNamingTheLine(@TempDir Path model) throws Exception {
		Files.writeString(model.resolve("VnVocab.txt"), "xã hội\n");
		Files.writeString(model.resolve("Model.RDR"), "True : object.conclusion = \"NN\"\n\tobject.word = x\n");
		assertThatThrownBy(() -> WordSegmenters.load(model)).isInstanceOf(IllegalArgumentException.class)
			.hasMessageContaining("line 2");
	}

	static String segmented(String sentence) {
		List<String> tokens = List.of(sentence.split(" "));
		return String.join(" ", segmenter.words(tokens).stream().map(word -> word.replace(' ', '_')).toList());
	}

}
