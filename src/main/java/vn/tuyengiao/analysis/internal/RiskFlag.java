package vn.tuyengiao.analysis.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import vn.tuyengiao.monitor.ItemFindings;
import vn.tuyengiao.monitor.SourceKind;
import vn.tuyengiao.text.VietnameseText;

/**
 * The risk flag (cờ rủi ro) of an item: how likely it is false or toxic information that staff should look
 * at, as a score from 0 to 100 with every reason that raised it — the toxic classifier's verdict and its
 * words, rumour cues in the text, the kind of source and how often its items were flagged before, and how far
 * the item's story has spread. Never a bare number: a reader sees why, and can disagree.
 * <p>
 * The weights are rules of thumb, stated here so they can be argued with: no single cue flags an item
 * ({@link #FLAGGED} needs two), a rumour cue on a social page copied across many pages does.
 */
final class RiskFlag {

	/** From this score on an item is flagged for the response work. */
	static final int FLAGGED = vn.tuyengiao.analysis.ItemAnalyses.FLAGGED;

	/**
	 * Rumour cues (dấu hiệu tin đồn), accent-free: phrases that hearsay and calls to spread use and news
	 * reports rarely do.
	 */
	static final List<String> RUMOUR_CUES = List.of("nghe noi", "tin don", "chia se gap", "chia se ngay", "lan truyen",
			"nong:", "khan cap", "truoc khi bi xoa", "se bi xoa", "su that bi che giau", "bao chi khong dam dua",
			"nguon tin rieng", "tin noi bo", "canh bao khan", "ai cung phai biet", "khong ai noi");

	/** What the other stages found, read by the flag. */
	record Inputs(String title, String text, String toxicity, List<String> toxicityReasons, String sentiment,
			SourceKind kind, double sourceFlaggedShare, int sourceItems, int storyOutlets, int storyItems) {
	}

	private RiskFlag() {
	}

	static ItemFindings.Risk of(Inputs in) {
		int score = 0;
		List<String> reasons = new ArrayList<>();
		if ("HATE".equals(in.toxicity())) {
			score += 40;
			reasons.add("Ngôn từ thù ghét (+40)" + because(in.toxicityReasons()));
		}
		else if ("OFFENSIVE".equals(in.toxicity())) {
			score += 25;
			reasons.add("Ngôn từ xúc phạm (+25)" + because(in.toxicityReasons()));
		}
		Set<String> cues = cues(in.title() + "\n" + in.text());
		if (!cues.isEmpty()) {
			int points = Math.min(30, 15 * cues.size());
			score += points;
			reasons.add("Dấu hiệu tin đồn (+" + points + "): " + String.join(", ", cues.stream().map(c -> "\"" + c + "\"").toList()));
		}
		if (in.kind() == SourceKind.SOCIAL || in.kind() == SourceKind.FORUM) {
			score += 10;
			reasons.add("Nguồn là mạng xã hội hoặc diễn đàn, không phải cơ quan báo chí (+10)");
		}
		else if (in.kind() == SourceKind.PRESS || in.kind() == SourceKind.GOVERNMENT) {
			score -= 10;
			reasons.add("Nguồn là cơ quan báo chí hoặc cơ quan nhà nước (−10)");
		}
		if (in.sourceItems() >= 5 && in.sourceFlaggedShare() >= 0.2) {
			score += 15;
			reasons.add("Nguồn này từng có " + Math.round(in.sourceFlaggedShare() * 100) + "% tin bị gắn cờ (+15)");
		}
		if (in.storyOutlets() >= 5) {
			score += 20;
			reasons.add("Câu chuyện lan trên " + in.storyOutlets() + " trang, " + in.storyItems() + " tin (+20)");
		}
		else if (in.storyOutlets() >= 3) {
			score += 10;
			reasons.add("Câu chuyện lan trên " + in.storyOutlets() + " trang (+10)");
		}
		if ("NEGATIVE".equals(in.sentiment()) && score > 0) {
			score += 5;
			reasons.add("Sắc thái tiêu cực (+5)");
		}
		score = Math.max(0, Math.min(100, score));
		if (score == 0 || reasons.stream().noneMatch(r -> r.contains("(+"))) {
			return new ItemFindings.Risk(0, List.of());
		}
		return new ItemFindings.Risk(score, reasons);
	}

	/** The rumour cues in a text, as the list writes them. */
	static Set<String> cues(String text) {
		String folded = " " + VietnameseText.fold(text).replaceAll("\\s+", " ") + " ";
		Set<String> found = new LinkedHashSet<>();
		for (String cue : RUMOUR_CUES) {
			int at = folded.indexOf(cue);
			// whole words only: "tin don" is a cue, "tin dong" is not
			while (at >= 0) {
				char before = folded.charAt(at - 1);
				char after = at + cue.length() < folded.length() ? folded.charAt(at + cue.length()) : ' ';
				if (!Character.isLetterOrDigit(before) && !Character.isLetterOrDigit(after)) {
					found.add(cue);
					break;
				}
				at = folded.indexOf(cue, at + 1);
			}
		}
		return found;
	}

	private static String because(List<String> reasons) {
		return reasons == null || reasons.isEmpty() ? "" : ": " + String.join("; ", reasons);
	}

}
