package vn.tuyengiao.text;

/**
 * A token of Vietnamese text with its place in the text it came from.
 *
 * @param start offset of the first character, in UTF-16 units of the normalised text
 * @param end offset just after the last character
 */
public record Token(String text, int start, int end, Type type) {

	public enum Type {
		/** A syllable or a word of letters (and digits joined by hyphens, as in COVID-19). */
		WORD,
		/** 1.234,5 or 1,234.5 or 42 */
		NUMBER,
		/** 97,55% */
		PERCENT,
		/** 12/4/2023, or the phrase ngày 12 tháng 4 năm 2023 */
		DATE,
		URL, EMAIL, HASHTAG, MENTION, EMOJI, PUNCTUATION
	}

}
