package vn.tuyengiao.response.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** When a text repeats a claim: the same facts in other words, not the same few words. */
class ClaimSimilarityTests {

	static final String CLAIM = "Người dân nộp tiền trước sẽ được đền bù đất rừng 1,2 tỷ đồng mỗi héc-ta.";

	private static boolean repeats(String claim, String text) {
		return ClaimSimilarity.repeats(ClaimSimilarity.pairs(claim), ClaimSimilarity.pairs(text));
	}

	@Test
	void aRewordedPostWithTheSameFactsRepeatsTheClaim() {
		assertThat(repeats(CLAIM, "CHIA SẺ GẤP: ai nộp tiền trước thì được đền bù đất rừng 1,2 tỷ đồng mỗi héc-ta, "
				+ "người dân xã mình đăng ký ngay kẻo hết!")).isTrue();
	}

	@Test
	void anArticleOnTheSameSubjectWithOtherFactsDoesNot() {
		assertThat(repeats(CLAIM, "UBND huyện Chợ Đồn công khai phương án đền bù đất rừng cho các hộ dân "
				+ "theo đúng khung giá của tỉnh, không thu bất kỳ khoản tiền nào.")).isFalse();
	}

	@Test
	void aClaimOfAFewWordsMatchesNothing() {
		assertThat(repeats("Đền bù đất rừng", "Đền bù đất rừng 1,2 tỷ")).isFalse();
	}

	@Test
	void accentsAndCaseAreReadAsTyped() {
		assertThat(ClaimSimilarity.pairs("ĐỀN BÙ Đất rừng")).containsExactly("đền bù", "bù đất", "đất rừng");
	}

}
