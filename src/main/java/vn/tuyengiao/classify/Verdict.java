package vn.tuyengiao.classify;

import java.util.List;

/**
 * A classifier's decision about one text, with its explanation.
 *
 * @param label the decision; for work areas a code such as {@code DU_LUAN}, or null when no area fits
 * @param confidence between 0 and 1
 * @param reasons short Vietnamese explanations naming the words and features behind the decision, never
 *        empty for a label other than neutral or clean
 * @param model what decided: {@code rules-2} (the keyword rules) or {@code labels-N} (model version N trained
 *        from the users' labels)
 */
public record Verdict<L>(L label, double confidence, List<String> reasons, String model) {

	public Verdict {
		reasons = List.copyOf(reasons);
	}

}
