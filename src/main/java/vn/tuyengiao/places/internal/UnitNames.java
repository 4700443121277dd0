package vn.tuyengiao.places.internal;

import java.util.List;

import vn.tuyengiao.places.PlaceLevel;
import vn.tuyengiao.text.VietnameseText;

/** The kinds of unit a name starts with (Huyện, Thành phố…), written one canonical way. */
final class UnitNames {

	/** Longest first, so that Thị xã wins over Xã. */
	static final List<String> KINDS = List.of("Thành phố", "Thị trấn", "Thị xã", "Đặc khu", "Phường", "Huyện", "Quận",
			"Tỉnh", "Xã");

	private static final List<String> FOLDED_KINDS = KINDS.stream().map(VietnameseText::fold).toList();

	private UnitNames() {
	}

	/** The kind and the short name: {@code Thành Phố Bắc Kạn} gives Thành phố and Bắc Kạn. */
	static String[] split(String name, PlaceLevel level) {
		String clean = VietnameseText.normalize(name).trim();
		if (clean.contains("  ")) {
			clean = clean.replaceAll("\\s+", " ");
		}
		String folded = VietnameseText.fold(clean.substring(0, Math.min(clean.length(), 12)));
		for (int i = 0; i < KINDS.size(); i++) {
			String kind = FOLDED_KINDS.get(i);
			if (folded.startsWith(kind + " ") && clean.length() > kind.length() + 1) {
				return new String[] { KINDS.get(i), clean.substring(kind.length() + 1) };
			}
		}
		return new String[] { defaultKind(level), clean };
	}

	/** The official name, the kind written canonically. */
	static String full(String kind, String shortName) {
		return kind + " " + shortName;
	}

	private static String defaultKind(PlaceLevel level) {
		return switch (level) {
			case PROVINCE -> "Tỉnh";
			case DISTRICT -> "Huyện";
			case COMMUNE -> "Xã";
		};
	}

}
