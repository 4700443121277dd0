package vn.tuyengiao.places.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

import vn.tuyengiao.places.Place;
import vn.tuyengiao.places.PlaceMention;
import vn.tuyengiao.places.Places;

/**
 * The gazetteer and tagger as the rest of the platform uses them: built from the database on first use and
 * again after each import, then read from memory only.
 */
@Service
class PlacesService implements Places {

	/** Reasons are stored with items and read by Vietnamese staff, whatever the caller's language. */
	private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

	/** A place with its relations in time, for the API. */
	record PlaceDetails(Place place, Place parent, List<Place> predecessors, List<Place> successors,
			List<Place> today) {
	}

	private final PlaceStore store;

	private final MessageSource messages;

	private final PlacesSettings settings;

	private volatile Tagger tagger;

	PlacesService(PlaceStore store, MessageSource messages, PlacesSettings settings) {
		this.store = store;
		this.messages = messages;
		this.settings = settings;
	}

	@Override
	public List<PlaceMention> tag(String title, String text) {
		return tagger().tag(title, text);
	}

	@Override
	public Optional<Place> byCode(String code) {
		return gazetteer().place(code);
	}

	@Override
	public List<Place> current(String code) {
		return gazetteer().current(code);
	}

	@Override
	public List<Place> search(String query, int limit) {
		return gazetteer().search(query, limit);
	}

	Optional<PlaceDetails> details(String code) {
		Gazetteer gazetteer = gazetteer();
		return gazetteer.unit(code).map(unit -> new PlaceDetails(unit.place,
				unit.parent == null ? null : unit.parent.place, gazetteer.places(unit.predecessors),
				gazetteer.places(unit.successors), unit.validUntil == null ? List.of() : gazetteer.places(unit.today)));
	}

	/** Reads the gazetteer again from the database: after an import. */
	void reload() {
		tagger = build();
	}

	private Gazetteer gazetteer() {
		return tagger().gazetteer();
	}

	private Tagger tagger() {
		Tagger current = tagger;
		if (current == null) {
			synchronized (this) {
				current = tagger;
				if (current == null) {
					current = build();
					tagger = current;
				}
			}
		}
		return current;
	}

	private Tagger build() {
		Gazetteer gazetteer = Gazetteer.build(store.units(), store.links());
		return new Tagger(gazetteer, settings.homeProvince(),
				(key, arguments) -> messages.getMessage(key, arguments, VIETNAMESE));
	}

}
