package vn.tuyengiao.demo;

import java.text.Normalizer;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import vn.tuyengiao.demo.DemoItems.Item;
import vn.tuyengiao.demo.DemoOutlets.Outlet;

import static org.assertj.core.api.Assertions.assertThat;

/** A sanity check of the invented items in {@code demo/monitor/items.jsonl}. */
class DemoItemsTests {

	static final Set<String> AREAS = Set.of("THAM_MUU", "NGHI_QUYET", "DU_LUAN", "BAO_VE_NEN_TANG", "DINH_HUONG",
			"VAN_HOA", "LY_LUAN", "KHOA_GIAO", "HOC_TAP_LAM_THEO", "PHOI_HOP", "XAY_DUNG_NGANH");

	/** Letters that only Vietnamese text has (đ, and vowels with a tone mark or a breve, horn or circumflex). */
	static final String VIETNAMESE = ".*[đĐăâêôơưạảãáàặẳẵắằậẩẫấầẹẻẽéèệểễếềịỉĩíìọỏõóòộổỗốồợởỡớờụủũúùựửữứừỵỷỹýỳ].*";

	final List<Item> items = DemoItems.all();

	@Test
	void holdsAboutTwoHundredItemsWithUniqueAsciiSlugs() {
		assertThat(items).hasSizeBetween(180, 220);
		assertThat(items.stream().map(Item::slug).distinct()).hasSize(items.size());
		assertThat(items).allSatisfy(i -> assertThat(i.slug()).matches("[a-z0-9-]+"));
	}

	@Test
	void everyItemIsPublishedIn2023InVietnamTime() {
		assertThat(items).allSatisfy(i -> {
			assertThat(i.published().getYear()).isEqualTo(2023);
			assertThat(i.published().getOffset()).isEqualTo(ZoneOffset.ofHours(7));
		});
		long firstHalf = items.stream().filter(i -> i.published().getMonthValue() <= 6).count();
		assertThat(firstHalf).isGreaterThan(items.size() / 2);
	}

	@Test
	void everyItemBelongsToAKnownOutletAndSection() {
		assertThat(items).allSatisfy(i -> {
			Outlet outlet = DemoOutlets.find(i.outlet()).orElseThrow();
			assertThat(outlet.sections()).anyMatch(s -> s.key().equals(i.section()));
			assertThat(AREAS).contains(i.area());
			assertThat(i.sentiment()).isIn("positive", "neutral", "negative");
			assertThat(i.title()).isNotBlank();
			assertThat(i.summary()).isNotBlank();
			assertThat(i.paragraphs()).isNotEmpty();
			assertThat(i.author()).isNotBlank();
		});
		assertThat(items.stream().map(Item::outlet).distinct()).hasSize(DemoOutlets.ALL.size());
	}

	@Test
	void textIsNfcAndVietnameseOutletsWriteVietnamese() {
		assertThat(items).allSatisfy(i -> {
			String text = i.title() + "\n" + i.summary() + "\n" + i.text();
			assertThat(Normalizer.isNormalized(text, Normalizer.Form.NFC)).as(i.slug()).isTrue();
			String language = DemoOutlets.find(i.outlet()).orElseThrow().language();
			if (language.equals("vi")) {
				assertThat(text).as(i.slug()).matches("(?s)" + VIETNAMESE);
			}
			else {
				assertThat(text).as(i.slug()).doesNotMatch("(?s)" + VIETNAMESE);
			}
		});
	}

	@Test
	void everyRumourIsCopiedSeveralTimesAndRebuttedByPressOrGovernment() {
		Map<String, List<Item>> rumours = items.stream()
			.filter(i -> i.flags().contains("rumour"))
			.collect(Collectors.groupingBy(Item::story));
		assertThat(rumours).hasSizeGreaterThanOrEqualTo(3);
		rumours.forEach((story, copies) -> {
			assertThat(copies).as(story).hasSizeBetween(3, 5);
			assertThat(copies).allSatisfy(c -> assertThat(kind(c)).isIn(DemoOutlets.Kind.FORUM, DemoOutlets.Kind.SOCIAL));
			List<Item> rebuttals = items.stream()
				.filter(i -> story.equals(i.story()) && !i.flags().contains("rumour"))
				.filter(i -> kind(i) == DemoOutlets.Kind.PRESS || kind(i) == DemoOutlets.Kind.GOVERNMENT)
				.toList();
			assertThat(rebuttals).as(story).hasSizeBetween(2, 3);
		});
		assertThat(items.stream().filter(i -> i.flags().contains("offensive"))).hasSizeBetween(4, 8);
	}

	@Test
	void socialPostsNameTheirPlatform() {
		assertThat(DemoItems.of("mang-xa-hoi")).isNotEmpty()
			.allSatisfy(i -> assertThat(i.platform()).isIn("Facebook", "Zalo", "TikTok"));
	}

	private static DemoOutlets.Kind kind(Item item) {
		return DemoOutlets.find(item.outlet()).orElseThrow().kind();
	}

}
