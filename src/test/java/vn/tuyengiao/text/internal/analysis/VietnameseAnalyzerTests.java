package vn.tuyengiao.text.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tuyengiao.text.AnalyzedToken;
import vn.tuyengiao.text.TextAnalysis;
import vn.tuyengiao.text.WordSegmenters;

class VietnameseAnalyzerTests {

	private final TextAnalysis analysis = new LuceneTextAnalysis((vn.tuyengiao.text.WordSegmenter) null);

	@ParameterizedTest(name = "vi: {0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Tỉnh uỷ Bắc Kạn                  | tỉnh tỉnh_ủy ủy ủy_bắc bắc bắc_kạn kạn
			hoà bình                          | hòa hòa_bình bình
			HOÀ BÌNH                          | hòa hòa_bình bình
			Thuỷ lợi                          | thủy thủy_lợi lợi
			khoẻ mạnh                         | khỏe khỏe_mạnh mạnh
			Bă\u0301c Ka\u0323n               | bắc bắc_kạn kạn
			quí vị                            | quí quí_vị vị
			của tỉnh                          | của_tỉnh tỉnh
			đã từng                           | đã_từng từng
			tuy nhiên                         | tuy nhiên
			tăng 1.234,5 tỷ đồng              | tăng tỉ tỉ_đồng đồng 1.234,5
			đạt 97,55%                         | đạt 97,55%
			đạt 97,55 %                        | đạt 97,55%
			ngày 12/4/2023                     | ngày 12/4/2023
			COVID-19 lan rộng                  | covid-19 lan lan_rộng rộng
			Bà Rịa-Vũng Tàu                    | bà bà_rịa rịa vũng vũng_tàu tàu
			#BắcKạn @ban.tuyengiao             | #bắckạn @ban.tuyengiao
			Bắc\u200BKạn\u00ADmới              | bắckạnmới
			""")
	void viKeepsAccentsInTodaysToneplacementAndAddsBigrams(String text, String expected) {
		assertThat(terms(TextAnalysis.VI, text)).containsExactlyInAnyOrder(expected.split(" "));
	}

	@ParameterizedTest(name = "vi_folded: {0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Bắc Kạn                           | bac bac_kan kan
			Đảng bộ                           | dang dang_bo bo
			dư luận xã hội                    | du du_luan luan luan_xa xa xa_hoi hoi
			Nghị quyết số 12-NQ/TU            | nghi nghi_quyet quyet quyet_so so 12 nq tu
			#BắcKạn                           | #backan
			với                               | ''
			voi rừng                          | voi voi_rung rung
			Việt Nam 🇻🇳 👍🏽                 | viet viet_nam nam 🇻🇳 👍🏽
			Liên hệ: bantuyengiao@backan.gov.vn | lien lien_he he bantuyengiao@backan.gov.vn
			""")
	void viFoldedDropsAccentsAndKeepsFunctionWordsApartFromContentWords(String text, String expected) {
		List<String> wanted = expected.isBlank() ? List.of() : List.of(expected.split(" "));
		assertThat(terms(TextAnalysis.VI_FOLDED, text)).containsExactlyInAnyOrderElementsOf(wanted);
	}

	@Test
	void withASegmenterTheWordsAreTheSegmentersNotEveryPair() {
		TextAnalysis segmented = new LuceneTextAnalysis(WordSegmenters.load(Path.of("src", "test", "resources", "segmenter")));

		List<AnalyzedToken> tokens = segmented.analyze("Nắm bắt dư luận xã hội ở Bắc Kạn", TextAnalysis.VI_FOLDED);

		assertThat(tokens).filteredOn(t -> t.type().equals("word")).extracting(AnalyzedToken::token)
			.containsExactly("nam_bat", "du_luan", "xa_hoi", "bac_kan");
		assertThat(tokens).extracting(AnalyzedToken::token).doesNotContain("luan_xa", "hoi_o");
		assertThat(segmented.segmenting()).isTrue();
	}

	@Test
	void tokensCarryOffsetsOfTheTextGivenAndTheirTypes() {
		List<AnalyzedToken> tokens = analysis.analyze("Xem https://backan.gov.vn/tin-tuc, ngày 12/4/2023.", TextAnalysis.VI);
		assertThat(tokens).contains(new AnalyzedToken("xem", 0, 3, "syllable"),
				new AnalyzedToken("https://backan.gov.vn/tin-tuc", 4, 33, "url"),
				new AnalyzedToken("12/4/2023", 40, 49, "date"));
	}

	@Test
	void bigramsDoNotCrossSentencesOrPunctuation() {
		assertThat(terms(TextAnalysis.VI_FOLDED, "Bắc Kạn. Ba Bể, Pác Nặm"))
			.doesNotContain("kan_ba", "be_pac")
			.contains("bac_kan", "ba_be", "pac_nam");
	}

	@Test
	void bigramsDoNotCrossLineBreaks() {
		assertThat(terms(TextAnalysis.VI_FOLDED, "Chợ Đồn\nNa Rì")).doesNotContain("don_na").contains("cho_don", "na_ri");
	}

	@Test
	void garbageAndHugeInputGiveTokensNotExceptions() {
		String huge = "a".repeat(10_000_000) + " \u0000\u0007\uFFFF\uD800 ổ̉ " + "1.".repeat(100_000);
		assertThat(analysis.analyze(huge, TextAnalysis.VI)).isNotEmpty()
			.allSatisfy(t -> assertThat(t.token().length()).isLessThanOrEqualTo(2 * SyllableScanner.MAX_TOKEN + 1));
	}

	@Test
	void accentFreeSearchFindsAccentedTextAndPhrasesFollowWordOrder() throws Exception {
		Analyzer folded = analysis.analyzer(TextAnalysis.VI_FOLDED);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
			try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(folded))) {
				for (String body : List.of("Hội nghị giao ban công tác tuyên giáo tỉnh Bắc Kạn",
						"Nắm bắt dư luận xã hội ở huyện Ba Bể", "Xã hội hoá công tác dư luận", "Đàn voi rừng về bản",
						"Làm việc với Ban Tuyên giáo")) {
					Document document = new Document();
					document.add(new TextField("body", body, Field.Store.YES));
					writer.addDocument(document);
				}
			}
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				IndexSearcher searcher = new IndexSearcher(reader);
				QueryParser parser = new QueryParser("body", folded);
				assertThat(search(searcher, parser, "\"bac kan\"")).containsExactly("Hội nghị giao ban công tác tuyên giáo tỉnh Bắc Kạn");
				assertThat(search(searcher, parser, "\"dư luận xã hội\"")).containsExactly("Nắm bắt dư luận xã hội ở huyện Ba Bể");
				assertThat(search(searcher, parser, "voi")).containsExactly("Đàn voi rừng về bản");
				assertThat(search(searcher, parser, "tuyen*")).hasSize(2);
			}
		}
	}

	private static List<String> search(IndexSearcher searcher, QueryParser parser, String query) throws Exception {
		ScoreDoc[] hits = searcher.search(parser.parse(query), 10).scoreDocs;
		List<String> bodies = new java.util.ArrayList<>();
		for (ScoreDoc hit : hits) {
			bodies.add(searcher.storedFields().document(hit.doc).get("body"));
		}
		return bodies;
	}

	private List<String> terms(String analyzer, String text) {
		return analysis.analyze(text, analyzer).stream().map(AnalyzedToken::token).toList();
	}

}
