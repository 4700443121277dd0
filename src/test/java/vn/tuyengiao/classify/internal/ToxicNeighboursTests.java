package vn.tuyengiao.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.tuyengiao.classify.Toxicity;
import vn.tuyengiao.classify.Verdict;
import vn.tuyengiao.platform.UsesSharedData;
import vn.tuyengiao.text.VietnameseText;
import vn.tuyengiao.text.WordSegmenter;
import vn.tuyengiao.text.WordSegmenters;

/**
 * Every toxic term against its innocent neighbours, so a list analysts read is not filled with greetings: the
 * authored table {@code classify/toxic-neighbours.txt} (a sentence where each ambiguous term is meant, sentences
 * where only an innocent word sharing its syllables is), and a table generated from the shipped lexicons (each
 * offensive or hate term in a sentence of its own is flagged and named; each innocent word in a sentence of
 * its own is clean). With an operator's word segmenter, terms must also be whole segmented words.
 */
class ToxicNeighboursTests {

	static final KeywordRules RULES = new KeywordRules();

	static final Lexicon SHIPPED = Lexicon.load("/classify/toxic.txt", "/classify/toxic-vihos.txt");

	record Row(String term, boolean meant, String sentence) {
	}

	@Test
	void aNewYearGreetingToEveryoneIsCleanAndNamesNoTerm() {
		Verdict<Toxicity> greeting = RULES
			.toxicity(KeywordRules.Reading.of("Chúc mọi người năm mới mạnh khỏe, mọi việc hanh thông."));

		assertThat(greeting.label()).isEqualTo(Toxicity.CLEAN);
		assertThat(greeting.reasons()).isEmpty();
	}

	@Test
	void aFlagNamesTheTermAndTheWordsAroundIt() {
		Verdict<Toxicity> slur = RULES.toxicity(KeywordRules.Reading.of("Nói thật, bọn mọi trên núi thì biết gì."));

		assertThat(slur.label()).isEqualTo(Toxicity.HATE);
		assertThat(slur.reasons()).singleElement().asString()
			.isEqualTo("từ ngữ miệt thị, kích động thù ghét: \"bọn mọi\" (nói thật bọn mọi trên núi thì …)");
	}

	@Test
	void accentsAreReadAsWrittenAndOnlyTextsWithoutAccentsAreReadWithout() {
		assertThat(RULES.toxicity(KeywordRules.Reading.of("Tối nay đi ngủ sớm, cảm ơn anh đỡ cho")).label())
			.isEqualTo(Toxicity.CLEAN);
		assertThat(RULES.toxicity(KeywordRules.Reading.of("do cho nay")).reasons()).singleElement().asString()
			.contains("\"do cho\"");
	}

	@Test
	void withAWordSegmenterATermMustAlsoBeWholeSegmentedWords() {
		// a herb the lexicon lists no innocent word for: only a segmenter knows dâm is part of a longer word here
		String herb = "Bài thuốc dâm dương hoắc ngâm rượu";
		WordSegmenter herbalist = tokens -> {
			List<Integer> lengths = new ArrayList<>();
			for (int i = 0; i < tokens.size(); i++) {
				boolean word = i + 2 < tokens.size() && String.join(" ", tokens.subList(i, i + 3)).equals("dâm dương hoắc");
				lengths.add(word ? 3 : 1);
				i += word ? 2 : 0;
			}
			return lengths.stream().mapToInt(Integer::intValue).toArray();
		};

		assertThat(RULES.toxicity(KeywordRules.Reading.of(herb)).label()).isEqualTo(Toxicity.OFFENSIVE);
		assertThat(RULES.toxicity(KeywordRules.Reading.of(herb, herbalist)).label()).isEqualTo(Toxicity.CLEAN);
	}

	@Test
	@UsesSharedData
	void withTheRdrSegmenterTheGreetingIsCleanAndTheSlurIsNamedAsTheWordItIs() throws IOException {
		WordSegmenter rdr = WordSegmenters.load(Path.of("../shared/data/rdrsegmenter"));

		Verdict<Toxicity> greeting = RULES
			.toxicity(KeywordRules.Reading.of("Chúc mọi người năm mới mạnh khỏe, mọi việc hanh thông.", rdr));
		Verdict<Toxicity> slur = RULES.toxicity(KeywordRules.Reading.of("Bọn mọi rợ ở bản đó cút hết về rừng đi", rdr));

		assertThat(greeting.label()).isEqualTo(Toxicity.CLEAN);
		assertThat(slur.label()).isEqualTo(Toxicity.HATE);
		// the segmenter reads mọi_rợ as one word, so the reason names it rather than "bọn mọi"
		assertThat(slur.reasons()).first().asString().contains("\"mọi rợ\" (bọn mọi rợ ở bản đó …)");
	}

	@TestFactory
	Stream<DynamicTest> eachAmbiguousTermIsFlaggedWhereMeantAndNotBesideItsInnocentNeighbours() throws IOException {
		return authored().stream().map(row -> DynamicTest.dynamicTest(
				(row.meant() ? "meant " : "innocent ") + row.term() + ": " + row.sentence(), () -> check(row)));
	}

	@TestFactory
	Stream<DynamicTest> everyShippedTermIsFlaggedAloneAndEveryInnocentWordIsClean() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Lexicon.Term term : SHIPPED.terms()) {
			switch (term.kind()) {
				case "OFFENSIVE", "HATE" -> tests.add(DynamicTest.dynamicTest(term.kind() + " " + term.phrase(),
						() -> check(new Row(term.phrase(), true, "Nói thật là " + term.phrase() + " quá."))));
				case Lexicon.INNOCENT -> tests.add(DynamicTest.dynamicTest("INNOCENT " + term.phrase(),
						() -> check(new Row(term.phrase(), false, "Hôm nay bàn chuyện " + term.phrase() + " ở xã."))));
				default -> {
				}
			}
		}
		return tests.stream();
	}

	@Test
	void everyTermSharingASyllableWithAnInnocentWordHasAnAuthoredMeantSentenceOrItsInnocentWordsListed()
			throws IOException {
		Set<String> innocentSyllables = new HashSet<>();
		for (Lexicon.Term term : SHIPPED.terms()) {
			if (term.kind().equals(Lexicon.INNOCENT)) {
				innocentSyllables.addAll(Arrays.asList(term.phrase().split(" ")));
			}
		}
		Set<String> authored = new HashSet<>();
		authored().forEach(row -> authored.add(row.term()));
		List<String> single = SHIPPED.terms()
			.stream()
			.filter(t -> (t.kind().equals("HATE") || t.kind().equals("OFFENSIVE")) && !t.phrase().contains(" ")
					&& innocentSyllables.contains(t.phrase()))
			.map(Lexicon.Term::phrase)
			.toList();
		// a one-syllable term that innocent words were written for is tested against them in the authored table
		assertThat(authored).containsAll(single);
	}

	private static void check(Row row) {
		Verdict<Toxicity> verdict = RULES.toxicity(KeywordRules.Reading.of(row.sentence()));
		String named = VietnameseText.fold(String.join("\n", verdict.reasons()));
		String term = VietnameseText.fold(row.term());
		if (row.meant()) {
			assertThat(verdict.label()).as(row.sentence()).isNotEqualTo(Toxicity.CLEAN);
			assertThat(named).as(row.sentence()).contains(term);
		}
		else {
			assertThat(verdict.label()).as(row.sentence() + " " + verdict.reasons()).isEqualTo(Toxicity.CLEAN);
			assertThat(named).as(row.sentence()).doesNotContain(term);
		}
	}

	static List<Row> authored() throws IOException {
		List<Row> rows = new ArrayList<>();
		try (InputStream in = ToxicNeighboursTests.class.getResourceAsStream("/classify/toxic-neighbours.txt")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] cells = line.split("\\|", 3);
				rows.add(new Row(cells[0], cells[1].equals("meant"), cells[2]));
			}
		}
		return rows;
	}

}
