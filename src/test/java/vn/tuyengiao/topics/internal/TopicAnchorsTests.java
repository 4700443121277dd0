package vn.tuyengiao.topics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

/** Which terms file a topic for the presearch: those every matching item must hold, as rare as words. */
class TopicAnchorsTests {

	private static TermQuery term(String text) {
		return new TermQuery(new Term("text", text));
	}

	private static Query all(Query... clauses) {
		BooleanQuery.Builder bool = new BooleanQuery.Builder();
		for (Query clause : clauses) {
			bool.add(clause, Occur.MUST);
		}
		return bool.build();
	}

	private static Query any(Query... clauses) {
		BooleanQuery.Builder bool = new BooleanQuery.Builder();
		for (Query clause : clauses) {
			bool.add(clause, Occur.SHOULD);
		}
		return bool.build();
	}

	private static String anchors(Query query) {
		TopicAnchors.Anchors anchors = TopicAnchors.of(query);
		return anchors.always() ? "ALWAYS" : anchors.terms().stream().map(Term::text).toList().toString();
	}

	@Test
	void aConjunctionIsFiledUnderItsRarestRequirementAWordOfTwoSyllablesBeforeASyllable() {
		assertThat(anchors(all(term("dan"), term("du_luan"), term("xa")))).isEqualTo("[du_luan]");
	}

	@Test
	void aConjunctionAlsoNamesItsSecondRequirementSoThatAnItemMustHoldBoth() {
		TopicAnchors.Anchors anchors = TopicAnchors.of(all(term("dan"), term("du_luan"), term("xa_hoi_hoa")));

		assertThat(anchors.terms()).extracting(Term::text).containsExactly("xa_hoi_hoa");
		assertThat(anchors.also()).extracting(Term::text).containsExactly("du_luan");
		assertThat(TopicAnchors.of(term("du_luan")).also()).isEmpty();
	}

	@Test
	void aDisjunctionIsFiledUnderEveryBranch() {
		assertThat(anchors(any(term("lu_quet"), all(term("sat_lo"), term("dat"))))).isEqualTo("[lu_quet, sat_lo]");
	}

	@Test
	void aPhraseIsFiledUnderItsRarestTermAndAnExclusionUnderNothing() {
		Query phrase = new PhraseQuery("text", "tin", "don_den", "den_bu");
		BooleanQuery withNot = new BooleanQuery.Builder().add(phrase, Occur.MUST)
			.add(term("xo_so"), Occur.MUST_NOT)
			.build();

		assertThat(anchors(withNot)).isEqualTo("[don_den]");
	}

	@Test
	void aPrefixAloneIsCheckedAgainstEveryItemButNotBesideARequiredWord() {
		Query prefix = new PrefixQuery(new Term("text", "tuyen"));

		assertThat(anchors(prefix)).isEqualTo("ALWAYS");
		assertThat(anchors(any(prefix, term("giao_duc")))).isEqualTo("ALWAYS");
		assertThat(anchors(all(prefix, term("giao_duc")))).isEqualTo("[giao_duc]");
	}

	@Test
	void aTopicThatCanMatchNothingIsFiledNowhere() {
		assertThat(anchors(all(term("bac_kan"), new MatchNoDocsQuery()))).isEqualTo("[]");
		assertThat(TopicAnchors.of(new BooleanQuery.Builder().add(term("xo_so"), Occur.MUST_NOT).build()).always()).isFalse();
	}

}
