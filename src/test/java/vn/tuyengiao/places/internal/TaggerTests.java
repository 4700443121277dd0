package vn.tuyengiao.places.internal;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import vn.tuyengiao.places.Place;
import vn.tuyengiao.places.PlaceMention;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the tagger reads in texts, over the authored gazetteer's units before and after 1/7/2025 (its neighbours
 * of the same names included); {@link TaggerOnTheWholeCountryTests} reads the same texts over the whole country.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaggerTests {

	Tagger tagger;

	Gazetteers.Files3 gazetteer() {
		return Gazetteers.AUTHORED;
	}

	@BeforeAll
	void build() throws Exception {
		tagger = Gazetteers.tagger(Gazetteers.of(gazetteer()), "06");
	}

	static List<String> codes(List<PlaceMention> mentions) {
		return mentions.stream().map(m -> m.place().code()).toList();
	}

	static PlaceMention mention(List<PlaceMention> mentions, String written) {
		return mentions.stream().filter(m -> m.written().equals(written)).findFirst()
			.orElseThrow(() -> new AssertionError("no mention of " + written + " in " + mentions));
	}

	@Test
	void choMoiNextToBacKanIsTheDistrictOfBacKanAndMapsToThaiNguyenToday() {
		List<PlaceMention> mentions = tagger.tag("Hội nghị tại huyện Chợ Mới, tỉnh Bắc Kạn",
				"Đoàn công tác đã làm việc với huyện Chợ Mới.");

		assertThat(codes(mentions)).containsExactly("065", "06", "065");
		PlaceMention district = mention(mentions, "huyện Chợ Mới");
		assertThat(district.field()).isEqualTo("title");
		assertThat(district.start()).isEqualTo("Hội nghị tại ".length());
		assertThat(district.reason()).contains("chọn theo ngữ cảnh", "Tỉnh Bắc Kạn");
		assertThat(district.today()).extracting(Place::code).containsExactly("19");
		assertThat(mention(mentions, "tỉnh Bắc Kạn").today()).extracting(Place::name).containsExactly("Tỉnh Thái Nguyên");
		assertThat(mention(mentions, "tỉnh Bắc Kạn").reason()).contains("Từ 1/7/2025 thuộc Tỉnh Thái Nguyên");
	}

	@Test
	void choMoiNextToAnGiangIsTheDistrictOfAnGiang() {
		List<PlaceMention> mentions = tagger.tag("", "Nông dân huyện Chợ Mới (An Giang) thu hoạch lúa sớm.");

		PlaceMention district = mention(mentions, "huyện Chợ Mới");
		assertThat(district.place().code()).isEqualTo("893");
		assertThat(district.place().parentCode()).isEqualTo("89");
		assertThat(mention(mentions, "An Giang").today()).extracting(Place::name).containsExactly("Tỉnh An Giang");
	}

	@Test
	void choMoiWithoutContextIsTheHomeProvincesAndSaysItWasAmbiguous() {
		PlaceMention alone = mention(tagger.tag("", "Mưa lớn ở Chợ Mới."), "Chợ Mới");

		assertThat(alone.place().code()).isEqualTo("065");
		assertThat(alone.reason()).contains("ngữ cảnh không phân định", "tỉnh nhà");
		assertThat(Gazetteers.tagger(tagger.gazetteer(), "01").tag("", "Mưa lớn ở Chợ Mới.")).isEmpty();
	}

	@Test
	void aPre2025CommuneIsMappedToTheCommuneOfToday() {
		PlaceMention commune = mention(tagger.tag("", "Người dân phường Trúc Bạch, quận Ba Đình, Hà Nội"),
				"phường Trúc Bạch");

		assertThat(commune.place().validUntil()).isNotNull();
		assertThat(commune.today()).extracting(Place::name).containsExactly("Phường Ba Đình");
	}

	@Test
	void accentFreeTextIsReadAndSaysSo() {
		List<PlaceMention> mentions = tagger.tag("", "Dan huyen Cho Moi, tinh Bac Kan don Tet");

		assertThat(codes(mentions)).containsExactly("065", "06");
		assertThat(mention(mentions, "huyen Cho Moi").reason()).contains("không dấu");
	}

	@Test
	void commonWordsAndBareCommuneNamesDoNotTag() {
		assertThat(tagger.tag("Xã hội", "Xây dựng xã hội học tập; giữ gìn hòa bình, thống nhất đất nước."))
			.isEmpty();
		assertThat(tagger.tag("", "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.")).isEmpty();
		assertThat(tagger.tag("", "Đồng chí Nguyễn Thái Bình phát biểu.")).isEmpty();
		assertThat(tagger.tag("", "Tân Thành phát triển mạnh.")).as("a bare commune name without context").isEmpty();
	}

	@Test
	void aBareCommuneNameTagsWhenItsDistrictIsNamed() {
		List<PlaceMention> mentions = tagger.tag("", "Huyện Ngân Sơn có nhiều đổi mới. Bằng Vân là xã vùng cao.");

		PlaceMention commune = mention(mentions, "Bằng Vân");
		assertThat(commune.place().name()).isEqualTo("Xã Bằng Vân");
		assertThat(commune.place().current()).as("kept its code and name in 2025").isTrue();
		assertThat(commune.place().parentCode()).as("under the province of today").isEqualTo("19");
		assertThat(commune.reason()).contains("Huyện Ngân Sơn");
	}

	@Test
	void aBareNameSharedByADistrictAndACommuneIsTheCommuneWhenTheTextNamesItsDistrict() {
		List<PlaceMention> mentions = tagger.tag("Chợ Mới (An Giang) đang mùa xoài",
				"Cù lao Giêng với Kiến An giờ trái cây nhiều lắm.");

		assertThat(mention(mentions, "Kiến An").place().name()).isEqualTo("Xã Kiến An");
		assertThat(mention(mentions, "Kiến An").reason()).contains("Huyện Chợ Mới");
		assertThat(mention(tagger.tag("", "Giao thông ở Kiến An, Hải Phòng"), "Kiến An").place().name())
			.isEqualTo("Quận Kiến An");
	}

	@Test
	void aBareProvinceNameMeansTheProvinceRatherThanItsCity() {
		assertThat(codes(tagger.tag("Bắc Kạn vào mùa lúa", ""))).containsExactly("06");
		assertThat(codes(tagger.tag("", "Thành phố Bắc Kạn và TP. Hồ Chí Minh"))).containsExactly("058", "79");
	}

	@Test
	void wrongAccentsOnABareNameDoNotTag() {
		assertThat(tagger.tag("", "Bà Bể là tên khác")).isEmpty();
		assertThat(codes(tagger.tag("", "Hồ Ba Bể đẹp"))).containsExactly("061");
		assertThat(codes(tagger.tag("", "Lúa ở Thanh Hóa"))).as("not Thạnh Hóa of Long An").containsExactly("38");
	}

}
