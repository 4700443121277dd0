/**
 * Vietnamese text core: one way for every module to clean, normalise and fold
 * Vietnamese text, so that a user typing {@code bac kan} finds {@code Bắc Kạn} and the two spellings
 * of {@code hòa} match. It depends on no other module.
 * <p>
 * {@link vn.tuyengiao.text.VietnameseText#normalize} gives the canonical display form (NFC, invisible and
 * typographic characters cleaned, one tone-mark placement); {@link vn.tuyengiao.text.VietnameseText#fold}
 * the accent-free form for search; {@link vn.tuyengiao.text.VietnameseText#matchKey} the form under which
 * spelling variants (i/y after a consonant) are equal; {@link vn.tuyengiao.text.VietnameseTokenizer} splits it
 * into syllables, numbers, dates, links, tags, emoji and punctuation (a run such as {@code ...} is one token),
 * and into sentences.
 * <p>
 * The analyzers of {@link vn.tuyengiao.text.TextAnalysis}, {@code vi} and {@code vi_folded}, index each syllable
 * in the form {@code matchKey} gives (folded for {@code vi_folded}): {@code Khoá} and {@code Khóa}, {@code quí}
 * and {@code quý} are one term, {@code quý} and {@code quy} are not. A change to what they index needs a new
 * name for the indexes built with them, so that those are rebuilt.
 * <p>
 * {@link vn.tuyengiao.text.LegacyEncodings} is the front door for text of unknown origin: it reads bytes or
 * mis-decoded text in the legacy encodings TCVN3 (ABC), VNI-Windows and Windows-1258 back as Unicode, line
 * by line, and says which encoding it found; clean Unicode passes through untouched. Normalise what it returns.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Văn bản tiếng Việt (text)",
		allowedDependencies = { "platform" })
package vn.tuyengiao.text;
