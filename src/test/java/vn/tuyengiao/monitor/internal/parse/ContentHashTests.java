package vn.tuyengiao.monitor.internal.parse;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentHashTests {

	private static final String TEXT = "Sáng 12/4, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.\n\nHội nghị đánh giá công tác năm 2023 và "
			+ "triển khai nhiệm vụ năm 2024, đảm bảo hòa hợp.";

	@Test
	void isSha256InLowerCaseHex() {
		assertThat(ContentHash.of("Tiêu đề", TEXT)).matches("[0-9a-f]{64}");
	}

	@Test
	void whitespaceCapitalsAndTonePlacementAreNotEdits() {
		String reflowed = "  SÁNG 12/4, Ban Tuyên giáo Tỉnh uỷ tổ chức hội nghị. Hội nghị đánh giá công tác năm 2023 và\n"
				+ "triển khai nhiệm vụ   năm 2024, đảm bảo hoà hợp. ";
		assertThat(ContentHash.of("Tiêu đề", reflowed)).isEqualTo(ContentHash.of("Tiêu đề", TEXT));
	}

	@Test
	void aChangedWordIsAnEdit() {
		assertThat(ContentHash.of("Tiêu đề", TEXT.replace("2024", "2025"))).isNotEqualTo(ContentHash.of("Tiêu đề", TEXT));
	}

	@Test
	void aRetitledReprintHasTheSameHash() {
		assertThat(ContentHash.of("Tổng kết công tác tuyên giáo", TEXT)).isEqualTo(ContentHash.of("Hội nghị tuyên giáo", TEXT));
	}

	@Test
	void aBareLinkIsFingerprintedByItsTitle() {
		assertThat(ContentHash.of("Hội nghị tuyên giáo", null)).isNotEqualTo(ContentHash.of("Tin khác", " "))
			.isEqualTo(ContentHash.of("HỘI NGHỊ TUYÊN GIÁO", ""));
	}

}
