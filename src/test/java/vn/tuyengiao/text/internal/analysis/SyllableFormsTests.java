package vn.tuyengiao.text.internal.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.tuyengiao.text.AnalyzedToken;
import vn.tuyengiao.text.TextAnalysis;
import vn.tuyengiao.text.VietnameseText;

/**
 * Every Vietnamese syllable shape, generated: each vowel cluster with and without initial and final consonants,
 * under each of the six tones, in lower, upper and title case, written with the tone where today's usage puts
 * it and where the older usage did ({@code hòa} / {@code hoà}, {@code thủy} / {@code thuỷ}). Both analyzers must
 * give the term {@link VietnameseText#matchKey} gives (folded for {@code vi_folded}), and the same term for both
 * placements; and the spellings readers take as one word ({@code quý} / {@code quí}) are one term.
 */
class SyllableFormsTests {

	/** Grave, acute, hook above, tilde, dot below; the level tone has no mark. */
	private static final String[] TONES = { "", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323" };

	private static final List<String> SINGLE_VOWELS = List.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y");

	/** Clusters that end a syllable or take a final consonant. */
	private static final List<String> CLUSTERS = List.of("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê",
			"iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua", "uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ",
			"ưu", "yê", "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyê", "uyu", "ươi", "ươu");

	/** Clusters ending in a glide (or open diphthongs): no final consonant after them. */
	private static final Set<String> OPEN_ONLY = Set.of("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iu",
			"oi", "ôi", "ơi", "ui", "ưi", "ưu", "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "uya", "uyu", "ươi",
			"ươu", "ua", "ưa");

	/** Clusters that never end a syllable. */
	private static final Set<String> CLOSED_ONLY = Set.of("ă", "â", "iê", "yê", "uô", "ươ", "uyê", "oă", "uâ", "oo");

	private static final List<String> INITIALS = List.of("", "b", "h", "kh", "ng", "ngh", "th", "tr", "qu", "gi", "đ");

	private static final List<String> FINALS = List.of("c", "ch", "m", "n", "ng", "nh", "p", "t");

	private final TextAnalysis analysis = new LuceneTextAnalysis((vn.tuyengiao.text.WordSegmenter) null);

	/** The tokenizer of both analyzers without stopwords, so that every syllable gives its term. */
	private final Analyzer viAll = bare(false);

	private final Analyzer viFoldedAll = bare(true);

	@Test
	void bothAnalyzersAgreeWithTheNormaliserOnEverySyllableInEitherTonePlacement() {
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (Syllable syllable : syllables()) {
			for (int tone = 0; tone < TONES.length; tone++) {
				String today = syllable.written(tone, false);
				String older = syllable.written(tone, true);
				for (String cased : List.of(today, older, today.toUpperCase(Locale.ROOT), older.toUpperCase(Locale.ROOT),
						title(today), title(older))) {
					checked++;
					String key = VietnameseText.matchKey(cased);
					String expected = syllable.iOrY() ? key : today; // today's placement, lower case
					check(failures, cased, "normalize", VietnameseText.normalize(cased).toLowerCase(Locale.ROOT), today);
					check(failures, cased, "matchKey", key, expected);
					check(failures, cased, "vi", terms(viAll, cased), List.of(expected));
					check(failures, cased, "vi_folded", terms(viFoldedAll, cased), List.of(VietnameseText.fold(expected)));
					// the analyzers as configured, stopwords and all: the same for either placement
					check(failures, cased, "vi (stopwords)", terms(TextAnalysis.VI, cased), terms(TextAnalysis.VI, today));
					check(failures, cased, "vi_folded (stopwords)", terms(TextAnalysis.VI_FOLDED, cased),
							terms(TextAnalysis.VI_FOLDED, today));
				}
			}
		}
		assertThat(checked).isGreaterThan(20_000);
		assertThat(failures).isEmpty();
	}

	@Test
	void theAccentExactTermIsTheSameForOldAndNewPlacementOfTheAcuteOnOaOeUy() {
		assertThat(terms(viAll, "Khoá hoá thuý khoẻ HOÁ Thuỷ")).containsExactly("khóa", "hóa", "thúy", "khỏe", "hóa",
				"thủy");
		assertThat(terms(viAll, "Khoá")).isEqualTo(terms(viAll, "Khóa")).doesNotContain("khṍa");
	}

	@Test
	void iAndYAfterAnInitialConsonantAreOneTermForEveryConsonantAndTone() {
		List<String> failures = new ArrayList<>();
		for (String initial : List.of("b", "ch", "d", "đ", "h", "k", "kh", "l", "m", "n", "nh", "p", "ph", "qu", "s", "t",
				"th", "tr", "v", "x")) {
			for (String tone : TONES) {
				String withY = Normalizer.normalize(initial + "y" + tone, Normalizer.Form.NFC);
				String withI = Normalizer.normalize(initial + "i" + tone, Normalizer.Form.NFC);
				check(failures, withY, "vi", terms(viAll, withY), terms(viAll, withI));
				check(failures, withY, "vi_folded", terms(viFoldedAll, withY), terms(viFoldedAll, withI));
				check(failures, withY, "matchKey", VietnameseText.matchKey(withY), VietnameseText.matchKey(withI));
			}
		}
		assertThat(failures).isEmpty();
	}

	@ParameterizedTest(name = "{0} = {1}")
	@CsvSource(delimiter = '|', textBlock = """
			quí vị        | quý vị
			kĩ thuật      | kỹ thuật
			lí luận       | lý luận
			Mĩ            | Mỹ
			hi sinh       | hy sinh
			tỉ lệ         | tỷ lệ
			QUÍ           | Quý
			""")
	void spellingVariantsAreEqualInBothAnalyzers(String one, String other) {
		assertThat(analysis.analyze(one, TextAnalysis.VI)).isEqualTo(analysis.analyze(other, TextAnalysis.VI));
		assertThat(analysis.analyze(one, TextAnalysis.VI_FOLDED)).isEqualTo(analysis.analyze(other, TextAnalysis.VI_FOLDED));
		assertThat(VietnameseText.matchKey(one)).isEqualTo(VietnameseText.matchKey(other));
	}

	@ParameterizedTest(name = "{0} ≠ {1}")
	@CsvSource(delimiter = '|', textBlock = """
			lý    | lỹ
			quý   | quy
			quí   | quy
			tay   | tai
			tày   | tài
			may   | mai
			tuy   | tui
			huy   | hui
			thủy  | thủi
			y tế  | i tế
			ý     | í
			gì    | gỳ
			""")
	void neighboursOfTheVariantsStayApartInTheAccentExactField(String one, String other) {
		assertThat(terms(viAll, one)).isNotEqualTo(terms(viAll, other));
		assertThat(VietnameseText.matchKey(one)).isNotEqualTo(VietnameseText.matchKey(other));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@CsvSource(delimiter = '|', textBlock = """
			y tế       | y tế
			ý kiến     | ý kiến
			Ý          | ý
			tuy        | tuy
			Huy        | huy
			khuya      | khuya
			tay        | tay
			này        | này
			gì         | gì
			giỏi       | giỏi
			quy        | qui
			quýt       | quýt
			quyết      | quyết
			kỹ sư      | kĩ sư
			Sky        | sky
			""")
	void theVariantRuleTouchesOnlyAYThatIsTheWholeVowelAfterAConsonant(String text, String expected) {
		assertThat(String.join(" ", terms(viAll, text))).isEqualTo(expected);
		assertThat(VietnameseText.matchKey(text)).isEqualTo(expected);
	}

	private static void check(List<String> failures, String input, String what, Object actual, Object expected) {
		if (!actual.equals(expected) && failures.size() < 50) {
			failures.add(what + "(" + input + ") = " + actual + ", expected " + expected);
		}
	}

	/** A syllable without its tone: initial consonant, vowel cluster, final consonant. */
	private record Syllable(String initial, String cluster, String coda) {

		/** Whether the y of this syllable is the one the i/y variant rule rewrites. */
		boolean iOrY() {
			return cluster.equals("y") && !Set.of("", "g", "gh", "gi", "ng", "ngh").contains(initial) && coda.isEmpty();
		}

		/**
		 * Written with the tone on the vowel that takes it, told by the rules of the orthography (not by the code
		 * under test): the last vowel with a shape mark; else the last vowel before a final consonant; else the
		 * only vowel, the middle of three, or the first of two; the older usage puts it on the second of oa, oe,
		 * uy at the end of a syllable.
		 */
		String written(int tone, boolean olderUsage) {
			int at = -1;
			for (int i = 0; i < cluster.length(); i++) {
				if ("ăâêôơư".indexOf(cluster.charAt(i)) >= 0) {
					at = i;
				}
			}
			if (at < 0) {
				boolean older = olderUsage && coda.isEmpty() && Set.of("oa", "oe", "uy").contains(cluster);
				at = !coda.isEmpty() || older ? cluster.length() - 1 : cluster.length() == 3 ? 1 : 0;
			}
			String toned = cluster.substring(0, at + 1) + TONES[tone] + cluster.substring(at + 1);
			return Normalizer.normalize(initial + toned + coda, Normalizer.Form.NFC);
		}

	}

	private static List<Syllable> syllables() {
		List<String> clusters = new ArrayList<>(SINGLE_VOWELS);
		clusters.addAll(CLUSTERS);
		List<Syllable> syllables = new ArrayList<>();
		for (String initial : INITIALS) {
			for (String cluster : clusters) {
				if (!fits(initial, cluster)) {
					continue;
				}
				if (!CLOSED_ONLY.contains(cluster)) {
					syllables.add(new Syllable(initial, cluster, ""));
				}
				if (!OPEN_ONLY.contains(cluster)) {
					FINALS.forEach(coda -> syllables.add(new Syllable(initial, cluster, coda)));
				}
			}
		}
		return syllables;
	}

	/** qu takes no further u or o; gi no further i; ngh only before e, ê, i. */
	private static boolean fits(String initial, String cluster) {
		char first = cluster.charAt(0);
		return switch (initial) {
			case "qu" -> "uưo".indexOf(first) < 0;
			case "gi" -> "iy".indexOf(first) < 0;
			case "ngh" -> "eêi".indexOf(first) >= 0;
			default -> true;
		};
	}

	private static String title(String word) {
		return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
	}

	private List<String> terms(String analyzer, String text) {
		return analysis.analyze(text, analyzer).stream().map(AnalyzedToken::token).toList();
	}

	private static List<String> terms(Analyzer analyzer, String text) {
		List<String> terms = new ArrayList<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	private static Analyzer bare(boolean folded) {
		Stopwords none = new Stopwords(List.of());
		return new Analyzer() {

			@Override
			protected TokenStreamComponents createComponents(String fieldName) {
				return new TokenStreamComponents(new VietnameseLuceneTokenizer(folded, null, false, none, none));
			}
		};
	}

}
