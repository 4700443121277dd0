package vn.tuyengiao.classify.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.classify.Sentiment;
import vn.tuyengiao.classify.Toxicity;
import vn.tuyengiao.classify.Verdict;

/** The classifiers of a fresh installation decide by the platform's own lexicons and always say which words. */
class KeywordRulesTests {

	final KeywordRules rules = new KeywordRules();

	static KeywordRules.Reading read(String text) {
		return KeywordRules.Reading.of(text);
	}

	@Test
	void sentimentNamesTheWordsAndTurnsRoundANegatedOne() {
		Verdict<Sentiment> praise = rules.sentiment(read("Thầy giảng rất nhiệt tình, dễ hiểu."));
		Verdict<Sentiment> negated = rules.sentiment(read("Bài giảng không hay lắm"));
		Verdict<Sentiment> plain = rules.sentiment(read("Lớp học vào sáng thứ hai."));

		assertThat(praise.label()).isEqualTo(Sentiment.POSITIVE);
		assertThat(praise.reasons()).singleElement().asString().contains("\"nhiệt tình\"").contains("\"dễ hiểu\"");
		assertThat(praise.model()).isEqualTo("rules-2");
		assertThat(negated.label()).isEqualTo(Sentiment.NEGATIVE);
		assertThat(negated.reasons()).singleElement().asString().contains("không … hay");
		assertThat(plain.label()).isEqualTo(Sentiment.NEUTRAL);
	}

	@Test
	void toxicityIsOffensiveForCoarseWordsAndHateWhenAimedAtSomeone() {
		Verdict<Toxicity> coarse = rules.toxicity(read("Nói ngu vãi"));
		Verdict<Toxicity> aimed = rules.toxicity(read("Mày ngu quá"));
		Verdict<Toxicity> contempt = rules.toxicity(read("Lũ súc vật"));
		Verdict<Toxicity> unaccented = rules.toxicity(read("oc cho that su"));
		Verdict<Toxicity> clean = rules.toxicity(read("Cảm ơn các bác sĩ"));

		assertThat(coarse.label()).isEqualTo(Toxicity.OFFENSIVE);
		assertThat(coarse.reasons()).singleElement().asString().startsWith("từ ngữ xúc phạm:").contains("\"ngu\"")
			.contains("\"vãi\"");
		assertThat(aimed.label()).isEqualTo(Toxicity.HATE);
		assertThat(aimed.reasons()).anySatisfy(r -> assertThat(r).contains("nhắm vào").contains("\"mày\""));
		assertThat(contempt.label()).isEqualTo(Toxicity.HATE);
		assertThat(contempt.reasons()).first().asString().contains("\"súc vật\"");
		assertThat(unaccented.label()).isEqualTo(Toxicity.HATE);
		assertThat(unaccented.reasons()).first().asString().contains("\"oc cho\"");
		assertThat(clean.label()).isEqualTo(Toxicity.CLEAN);
		assertThat(clean.reasons()).isEmpty();
	}

	@Test
	void workAreaIsTheAreaWhoseKeywordsWeighMostOrNoneWhenTooFaint() {
		Verdict<String> culture = rules.workArea(read("Huyện Ba Bể tổ chức lễ hội Lồng tồng, giữ gìn di sản văn hóa"));
		Verdict<String> speakers = rules.workArea(read("Hội nghị báo cáo viên quý II năm 2023 của Ban Tuyên giáo"));
		Verdict<String> none = rules.workArea(read("Trời hôm nay nắng đẹp."));

		assertThat(culture.label()).isEqualTo("VAN_HOA");
		assertThat(culture.reasons()).singleElement().asString().contains("\"lễ hội\"").contains("\"di sản\"");
		assertThat(speakers.label()).isEqualTo("XAY_DUNG_NGANH");
		assertThat(none.label()).isNull();
	}

}
