package vn.tuyengiao.places.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import vn.tuyengiao.places.PlaceLevel;

/**
 * Chooses among the units that share a name: a bare name shared by a province and a unit under it means the
 * province, a name with one strong candidate is that one, the others are chosen from the places already found in
 * the same text (how close each candidate is to them), and what is left from the home province. A bare commune
 * name needs its district or province in the text.
 */
final class NameResolution {

	private final Gazetteer.Unit home;

	private final Tagger.Reasons reasons;

	NameResolution(Gazetteer.Unit home, Tagger.Reasons reasons) {
		this.home = home;
		this.reasons = reasons;
	}

	/** Sets the chosen unit and its reason on every match that can be resolved. */
	void resolve(List<NameMatch> matches) {
		for (NameMatch match : matches) {
			narrow(match);
			List<Gazetteer.Unit> strong = strong(match);
			if (strong.size() == 1 && strong.size() == match.candidates.size()) {
				chooseAlone(match, strong.get(0));
			}
		}
		byContext(matches);
		// a bare district name that is also a commune's keeps its district unless the text spoke for the commune
		// (Kiến An beside Chợ Mới of An Giang is the commune, not the district of Hải Phòng)
		boolean chosen = false;
		for (NameMatch match : matches) {
			List<Gazetteer.Unit> strong = strong(match);
			if (match.chosen == null && strong.size() == 1) {
				chooseAlone(match, strong.get(0));
				chosen = true;
			}
		}
		if (chosen) {
			byContext(matches);
		}
		for (NameMatch match : matches) {
			if (match.chosen == null) {
				byHome(match);
			}
		}
	}

	private void chooseAlone(NameMatch match, Gazetteer.Unit unit) {
		match.chosen = unit;
		match.reason = match.above ? reasons.say("places.reason.above", unit.name)
				: reasons.say(match.bare ? "places.reason.unique" : "places.reason.named");
	}

	private void byContext(List<NameMatch> matches) {
		boolean changed = true;
		for (int pass = 0; pass < 3 && changed; pass++) {
			changed = false;
			for (NameMatch match : matches) {
				if (match.chosen == null && byContext(match, matches)) {
					changed = true;
				}
			}
		}
	}

	/** A bare name shared by a province and a unit under it means the province; a former unit hides its namesake successor. */
	private static void narrow(NameMatch match) {
		List<Gazetteer.Unit> kept = new ArrayList<>();
		for (Gazetteer.Unit unit : match.candidates) {
			boolean hidden = false;
			for (Gazetteer.Unit other : match.candidates) {
				if (other == unit) {
					continue;
				}
				if (match.bare && unit.ancestors.contains(other)) {
					hidden = true;
					match.above = true;
				}
				hidden |= !other.current && other.level == unit.level && other.today.contains(unit)
						&& other.foldedShortName.equals(unit.foldedShortName);
			}
			if (!hidden) {
				kept.add(unit);
			}
		}
		match.candidates = kept;
	}

	/** Candidates that may be chosen without context: not bare commune names. */
	private static List<Gazetteer.Unit> strong(NameMatch match) {
		return match.bare
				? match.candidates.stream().filter(u -> u.level != PlaceLevel.COMMUNE).toList()
				: match.candidates;
	}

	private boolean byContext(NameMatch match, List<NameMatch> matches) {
		Gazetteer.Unit best = null;
		Gazetteer.Unit cue = null;
		int bestScore = 0;
		boolean tie = false;
		for (Gazetteer.Unit candidate : match.candidates) {
			int score = 0;
			int strongest = 0;
			Gazetteer.Unit strongestCue = null;
			for (NameMatch other : matches) {
				if (other == match || other.chosen == null) {
					continue;
				}
				int s = relation(candidate, other.chosen);
				score += s;
				if (s > strongest) {
					strongest = s;
					strongestCue = other.chosen;
				}
			}
			boolean enough = match.bare && candidate.level == PlaceLevel.COMMUNE ? strongest >= 3 : score > 0;
			if (!enough) {
				continue;
			}
			if (score > bestScore) {
				best = candidate;
				cue = strongestCue;
				bestScore = score;
				tie = false;
			}
			else if (score == bestScore) {
				tie = true;
			}
		}
		if (best == null || tie) {
			return false;
		}
		match.chosen = best;
		match.reason = match.bare && best.level == PlaceLevel.COMMUNE
				? reasons.say("places.reason.commune", cue.name)
				: reasons.say("places.reason.context", match.named, cue.name);
		return true;
	}

	/** How strongly a place already found speaks for a candidate. */
	private static int relation(Gazetteer.Unit candidate, Gazetteer.Unit found) {
		if (found == candidate || candidate.ancestors.contains(found) || found.ancestors.contains(candidate)) {
			return 3;
		}
		if ((candidate.parent != null && candidate.parent == found.parent)
				|| (candidate.formerParent != null && candidate.formerParent == found.formerParent)) {
			return 2;
		}
		for (Gazetteer.Unit province : candidate.provinces) {
			if (found.provinces.contains(province)) {
				return 1;
			}
		}
		return 0;
	}

	private void byHome(NameMatch match) {
		if (home == null) {
			return;
		}
		List<Gazetteer.Unit> inHome = strong(match).stream()
			.filter(u -> u.provinces.stream().anyMatch(home.provinces::contains) || u == home)
			.sorted(Comparator.comparingInt(u -> u.index))
			.toList();
		if (inHome.size() == 1) {
			match.chosen = inHome.get(0);
			match.reason = reasons.say("places.reason.home", match.named, home.name);
		}
	}

}
