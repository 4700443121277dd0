package vn.tuyengiao.places.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A name found in the text with the units it may be, and (once resolved) the one it is and why. */
final class NameMatch {

	final String field;

	final Tokens tokens;

	final int first;

	final int last;

	final boolean bare;

	final boolean accentsDiffer;

	final boolean accentFree;

	List<Gazetteer.Unit> candidates;

	int named;

	Gazetteer.Unit chosen;

	String reason;

	/** A unit under another candidate was set aside because the name was written bare. */
	boolean above;

	NameMatch(String field, Tokens tokens, int first, int last, List<NameTrie.Entry> entries, boolean accentsDiffer,
			boolean accentFree) {
		this.field = field;
		this.tokens = tokens;
		this.first = first;
		this.last = last;
		this.bare = entries.get(0).bare();
		this.accentsDiffer = accentsDiffer;
		this.accentFree = accentFree;
		Set<Gazetteer.Unit> units = new LinkedHashSet<>();
		for (NameTrie.Entry entry : entries) {
			units.add(entry.unit());
		}
		this.candidates = new ArrayList<>(units);
		this.named = candidates.size();
	}

	int start() {
		return tokens.start[first];
	}

	int end() {
		return tokens.end[last];
	}

}
