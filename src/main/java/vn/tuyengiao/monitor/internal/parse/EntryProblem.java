package vn.tuyengiao.monitor.internal.parse;

/**
 * One entry that could not be read, recorded so the rest of the batch goes on.
 *
 * @param position the line number in the file where it is known (imports, feeds), otherwise the entry's
 * ordinal counted from 1 (sitemaps)
 * @param reason what is wrong, in Vietnamese, for the person who supplied the file
 */
public record EntryProblem(int position, String reason) {
}
