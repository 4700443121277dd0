package vn.tuyengiao.monitor.internal.parse;

import java.util.List;

/** What a parser read: the good entries in document order and, for each bad one, what went wrong. */
public record ParseResult(List<Entry> entries, List<EntryProblem> problems) {

	public ParseResult {
		entries = List.copyOf(entries);
		problems = List.copyOf(problems);
	}

}
