package vn.tuyengiao.places.internal;

import java.util.ArrayList;
import java.util.List;

import vn.tuyengiao.places.Place;
import vn.tuyengiao.places.PlaceMention;

/**
 * Finds the places a text names. Every name of the gazetteer sits in one {@link NameTrie}, built once, so
 * reading costs one hash lookup per syllable and name length, whatever the size of the gazetteer.
 * <p>
 * A bare name (without its kind) counts only when every syllable is capitalised, has two syllables or more,
 * is not one of the names that mostly mean something else (Hồ Chí Minh the man, Điện Biên Phủ the battle),
 * and does not sit inside a longer proper name (Nguyễn Thái Bình). Accents are optional, but a syllable
 * written with accents must agree with the name. A name shared by several units is resolved
 * ({@link NameResolution}) from the other places of the same text, then from the home province; a bare
 * commune name needs its district or province in the text.
 */
final class Tagger {

	/** Writes a reason from the message bundle (key, arguments). */
	interface Reasons {

		String say(String key, Object... arguments);

	}

	private final Gazetteer gazetteer;

	private final Reasons reasons;

	private final NameTrie names;

	private final NameResolution resolution;

	Tagger(Gazetteer gazetteer, String homeProvince, Reasons reasons) {
		this.gazetteer = gazetteer;
		this.reasons = reasons;
		this.names = new NameTrie(gazetteer);
		this.resolution = new NameResolution(gazetteer.unit(homeProvince).orElse(null), reasons);
	}

	List<PlaceMention> tag(String title, String text) {
		List<NameMatch> matches = new ArrayList<>();
		names.find("title", title, matches);
		names.find("text", text, matches);
		resolution.resolve(matches);
		List<PlaceMention> mentions = new ArrayList<>();
		for (NameMatch match : matches) {
			if (match.chosen == null) {
				continue;
			}
			Gazetteer.Unit unit = match.chosen;
			List<Place> today = unit.validUntil == null ? List.of() : unit.today.stream().map(u -> u.place).toList();
			StringBuilder reason = new StringBuilder(match.reason);
			if (match.accentFree) {
				reason.append(' ').append(reasons.say("places.reason.no-accents"));
			}
			else if (match.accentsDiffer) {
				reason.append(' ').append(reasons.say("places.reason.accents-differ"));
			}
			if (!today.isEmpty()) {
				reason.append(' ').append(reasons.say("places.reason.today",
						String.join(", ", today.stream().map(Place::name).toList())));
			}
			mentions.add(new PlaceMention(unit.place, match.tokens.text.substring(match.start(), match.end()), match.field,
					match.start(), match.end(), today, reason.toString()));
		}
		return mentions;
	}

	Gazetteer gazetteer() {
		return gazetteer;
	}

}
