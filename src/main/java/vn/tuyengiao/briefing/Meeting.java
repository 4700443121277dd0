package vn.tuyengiao.briefing;

import java.time.LocalDate;
import java.util.List;

/**
 * A briefing meeting (hội nghị giao ban) as readers see it.
 *
 * @param period the period the meeting reviewed, e.g. {@code 2023Q1}
 */
public record Meeting(long id, long unitId, String period, LocalDate heldOn, String place, String chair,
		String participants, String agenda, String minutes, List<Conclusion> conclusions, long version) {

	public record Conclusion(long id, int position, String text) {
	}

}
