package vn.tuyengiao.places;

import java.util.List;

/**
 * A place named in a text.
 *
 * @param place the unit the words name
 * @param written the words as written in the text
 * @param field {@code title} or {@code text}: where the words are
 * @param start offset of the first character in that field
 * @param end offset just after the last character
 * @param today the units of today the place maps to, empty when the place itself exists today
 * @param reason why this unit was chosen, in a short Vietnamese sentence
 */
public record PlaceMention(Place place, String written, String field, int start, int end, List<Place> today,
		String reason) {

	public PlaceMention {
		today = List.copyOf(today);
	}

}
