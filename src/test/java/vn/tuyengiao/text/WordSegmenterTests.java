package vn.tuyengiao.text;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tuyengiao.platform.UsesSharedData;
import vn.tuyengiao.text.internal.segmenter.SegmenterEvaluation;

import static org.assertj.core.api.Assertions.assertThat;

/** The ripple-down-rules segmenter with the Apache-2.0 RDRsegmenter model from ../shared/data. */
@UsesSharedData
class WordSegmenterTests {

	private final WordSegmenter segmenter = SharedData.segmenter();

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			dư luận xã hội|dư_luận xã_hội
			Ban Tuyên giáo Tỉnh ủy Bắc Kạn tổ chức hội nghị giao ban|Ban Tuyên_giáo Tỉnh_ủy Bắc_Kạn tổ_chức hội_nghị giao_ban
			Chủ tịch nước Nguyễn Xuân Phúc thăm Hà Nội|Chủ_tịch nước Nguyễn_Xuân_Phúc thăm Hà_Nội
			chủ nghĩa xã hội|chủ_nghĩa_xã_hội
			công tác tuyên truyền , giáo dục chính trị tư tưởng|công_tác tuyên_truyền , giáo_dục chính_trị tư_tưởng
			""")
	void segmentsKnownSentencesAsTheModelWasTrained(String sentence, String expected) {
		assertThat(segmented(sentence)).isEqualTo(expected);
	}

	@Test
	void segmentsTheVocabularysLongestWords() {
		assertThat(segmented("cách mạng khoa học - công nghệ")).isEqualTo("cách_mạng_khoa_học_-_công_nghệ");
	}

	@Test
	void segmentsOldAndNewTonePlacementAlike() {
		// The vocabulary writes hoà and uỷ; today's spelling hòa and ủy must find the same words.
		assertThat(segmented("hòa bình và thủy lợi")).isEqualTo("hòa_bình và thủy_lợi");
		assertThat(segmented("hoà bình và thuỷ lợi")).isEqualTo("hoà_bình và thuỷ_lợi");
		assertThat(segmented("Tỉnh ủy")).isEqualTo(segmented("Tỉnh uỷ").replace("uỷ", "ủy"));
	}

	@Test
	void segmentsCapitalisedAndUpperCaseWordsLikeLowerCase() {
		assertThat(segmented("Xã hội")).isEqualTo("Xã_hội");
		assertThat(segmented("DƯ LUẬN XÃ HỘI")).isEqualTo("DƯ_LUẬN XÃ_HỘI");
	}

	@Test
	void reproducesTheSegmentationTheModelWasTrainedOn() throws Exception {
		// Train_gold.txt is the model's own training text: the rules learned to correct an initial pass like
		// ours, so agreeing with it shows the initial pass and the rule semantics match the model's.
		List<SegmenterEvaluation.GoldSentence> sentences = new ArrayList<>();
		for (String line : Files.readAllLines(SharedData.existing(SharedData.RDR_MODEL.resolve("Train_gold.txt")))) {
			List<String> syllables = new ArrayList<>();
			List<Integer> lengths = new ArrayList<>();
			for (String word : line.strip().split(" +")) {
				List<String> parts = Arrays.stream(word.split("_")).filter(part -> !part.isEmpty()).toList();
				syllables.addAll(parts);
				lengths.add(parts.size());
			}
			sentences.add(new SegmenterEvaluation.GoldSentence(syllables, lengths.stream().mapToInt(Integer::intValue).toArray()));
		}
		assertThat(SegmenterEvaluation.evaluate(segmenter, sentences, 0).f1()).isGreaterThanOrEqualTo(99.0);
	}

	@Test
	void agreesWithTheTreebanksWordsAsMeasured() throws Exception {
		// The model was trained on VLSP-style segmentation, which the UD treebank departs from in places
		// (người dân and 4 triệu as one word, người ta as two), so some disagreement is convention.
		try (BufferedReader gold = Files.newBufferedReader(SharedData.existing(SharedData.UD_VTB_DEV), StandardCharsets.UTF_8)) {
			SegmenterEvaluation.Result result = SegmenterEvaluation.evaluate(segmenter, SegmenterEvaluation.read(gold), 0);
			assertThat(result.goldWords()).isGreaterThan(25_000);
			assertThat(result.f1()).isGreaterThanOrEqualTo(97.3);
		}
	}

	private String segmented(String sentence) {
		List<String> tokens = List.of(sentence.split(" "));
		return String.join(" ", segmenter.words(tokens).stream().map(word -> word.replace(' ', '_')).toList());
	}

}
