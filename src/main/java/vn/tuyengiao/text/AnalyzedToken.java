package vn.tuyengiao.text;

/**
 * One term an analyzer indexes, as the analysis API shows it.
 *
 * @param token the indexed term: lower-cased, folded for {@code vi_folded}, syllables of a word joined by {@code _}
 * @param start offset of its first character in the text given, in UTF-16 units
 * @param end offset just after its last character
 * @param type syllable, word (segmented), bigram, number, percent, date, url, email, hashtag, mention or emoji
 */
public record AnalyzedToken(String token, int start, int end, String type) {
}
