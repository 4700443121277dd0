package vn.tuyengiao.places.internal;

import vn.tuyengiao.platform.UsesSharedData;

/** The tagger's texts over the whole country's 10,047 communes, where every ambiguity of a name is real. */
@UsesSharedData
class TaggerOnTheWholeCountryTests extends TaggerTests {

	@Override
	Gazetteers.Files3 gazetteer() {
		return Gazetteers.WHOLE_COUNTRY;
	}

}
