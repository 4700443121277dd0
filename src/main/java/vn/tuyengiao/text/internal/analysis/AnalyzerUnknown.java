package vn.tuyengiao.text.internal.analysis;

/** A caller asked for an analyzer by a name other than {@code vi} and {@code vi_folded}. */
class AnalyzerUnknown extends IllegalArgumentException {

	AnalyzerUnknown(String name) {
		super("Unknown analyzer: " + name);
	}

}
