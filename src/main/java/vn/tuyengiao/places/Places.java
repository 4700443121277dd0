package vn.tuyengiao.places;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gazetteer of administrative units and the tagger of the places a text is about. */
public interface Places {

	/**
	 * The places named in a title and its text, in the order they appear (title first); each occurrence
	 * is one mention. Thread-safe; reads only memory.
	 */
	List<PlaceMention> tag(String title, String text);

	/** The unit with this code (see {@link Place#code}). */
	Optional<Place> byCode(String code);

	/**
	 * The units of today that a unit maps to: itself if it exists today, else the units its territory went
	 * to on 1/7/2025 (for an abolished district, the province of today that took its province).
	 */
	List<Place> current(String code);

	/** Units whose name or code matches the query, accents optional; best matches and units of today first. */
	List<Place> search(String query, int limit);

	/**
	 * The distinct places a text is about, as {@link #tag} finds them, each followed by the units of today it
	 * maps to: what an item shows as its places.
	 */
	default List<Place> about(String title, String text) {
		Map<String, Place> places = new LinkedHashMap<>();
		for (PlaceMention mention : tag(title, text)) {
			places.putIfAbsent(mention.place().code(), mention.place());
			for (Place today : mention.today()) {
				places.putIfAbsent(today.code(), today);
			}
		}
		return new ArrayList<>(places.values());
	}

}
