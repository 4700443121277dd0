package vn.tuyengiao.monitor.internal.parse;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Set;

import vn.tuyengiao.text.VietnameseText;

/**
 * The language of a text, told apart only as far as monitoring needs: Vietnamese, English or other.
 * <p>
 * Vietnamese shows in letters no other Latin alphabet has ({@code ă ơ ư đ}, the hook above, the dot below,
 * a tone on a circumflex vowel) and in its commonest words; English in its function words. Vietnamese typed
 * without accents is recognised by its commonest words once folded. Fewer than {@value #MIN_WORDS} words is
 * too little to say: other.
 */
public final class Languages {

	public static final String VIETNAMESE = "vi";

	public static final String ENGLISH = "en";

	public static final String OTHER = "other";

	static final int MIN_WORDS = 3;

	private static final Set<String> VIETNAMESE_WORDS = Set.of("và", "của", "là", "các", "có", "được", "trong", "cho",
			"không", "những", "với", "này", "người", "đã", "một", "để", "khi", "đến", "về", "tại", "từ", "theo", "năm",
			"ngày", "cũng", "như", "nhiều", "sẽ", "thì", "đang", "bị", "ra", "vào", "còn", "nhà", "việc", "chúng", "tôi");

	/** The same words typed without accents; only those that are not English words as well. */
	private static final Set<String> FOLDED_VIETNAMESE_WORDS = Set.of("va", "cua", "cac", "duoc", "trong", "cho",
			"khong", "nhung", "voi", "nay", "nguoi", "mot", "de", "khi", "den", "ve", "tai", "tu", "theo", "nam",
			"ngay", "cung", "nhu", "nhieu", "se", "thi", "dang", "bi", "vao", "con", "nha", "viec", "chung", "toi",
			"hom", "xa", "tinh", "huyen", "dan", "lam", "di", "da", "co");

	private static final Set<String> ENGLISH_WORDS = Set.of("the", "and", "of", "to", "in", "is", "that", "for",
			"with", "on", "was", "as", "are", "by", "this", "it", "from", "be", "at", "have", "has", "an", "were",
			"which", "will", "their", "its", "not", "but", "or", "he", "she", "they", "we", "said", "been", "after");

	private Languages() {
	}

	/** The first characters of a text tell its language as well as the whole: a long article costs no more. */
	static final int SAMPLE = 3000;

	/** {@code vi}, {@code en} or {@code other} for the text; null and blank text are other. */
	public static String detect(String text) {
		List<String> words = words(text != null && text.length() > SAMPLE ? text.substring(0, SAMPLE) : text);
		int count = words.size();
		if (count < MIN_WORDS) {
			return OTHER;
		}
		int marked = 0;
		int vietnameseOnly = 0;
		int vietnameseWords = 0;
		int foldedVietnameseWords = 0;
		int englishWords = 0;
		for (String word : words) {
			int traits = traits(word);
			marked += traits & 1;
			vietnameseOnly += (traits >> 1) & 1;
			vietnameseWords += (traits >> 2) & 1;
			foldedVietnameseWords += (traits >> 3) & 1;
			englishWords += (traits >> 4) & 1;
		}
		double share = 1.0 / count;
		if (vietnameseOnly * share >= 0.08 && (marked * share >= 0.3 || vietnameseWords * share >= 0.1)) {
			return VIETNAMESE;
		}
		if (englishWords * share >= 0.1 && marked * share < 0.1) {
			return ENGLISH;
		}
		if (marked == 0 && foldedVietnameseWords * share >= 0.25 && foldedVietnameseWords > 3 * englishWords) {
			return VIETNAMESE;
		}
		return OTHER;
	}

	/**
	 * What a word says about the language, as bits: marked, Vietnamese-only marks, a common Vietnamese word,
	 * one typed without accents, a common English word. Remembered per word: a language has a few thousand
	 * common words, and a text repeats them, so each is decomposed once rather than in every text.
	 */
	private static int traits(String word) {
		Integer known = TRAITS.get(word);
		if (known != null) {
			return known;
		}
		String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
		int traits = (!decomposed.equals(word) || word.indexOf('đ') >= 0 ? 1 : 0)
				| (isVietnameseOnly(word, decomposed) ? 2 : 0)
				| (VIETNAMESE_WORDS.contains(word) ? 4 : 0)
				| (FOLDED_VIETNAMESE_WORDS.contains(VietnameseText.fold(word)) ? 8 : 0)
				| (ENGLISH_WORDS.contains(word) ? 16 : 0);
		if (TRAITS.size() >= MAX_REMEMBERED) {
			TRAITS.clear(); // garbage or a foreign script: start over rather than grow without end
		}
		TRAITS.put(word, traits);
		return traits;
	}

	private static final int MAX_REMEMBERED = 100_000;

	private static final Map<String, Integer> TRAITS = new ConcurrentHashMap<>();

	/** Marks that French, Portuguese or Spanish also use (é, ê, ô, ã) do not count; these do. */
	private static boolean isVietnameseOnly(String word, String decomposed) {
		if (word.indexOf('đ') >= 0 || word.indexOf('ơ') >= 0 || word.indexOf('ư') >= 0 || word.indexOf('ă') >= 0) {
			return true;
		}
		int marks = 0;
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			if (c == '\u0309' || c == '\u0323') {
				return true; // hook above, dot below
			}
			if (Character.getType(c) == Character.NON_SPACING_MARK) {
				marks++;
			}
		}
		return marks >= 2; // a tone on a shaped vowel: ấ, ề, ở
	}

	private static List<String> words(String text) {
		List<String> words = new ArrayList<>();
		if (text == null) {
			return words;
		}
		String lower = Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		int i = 0;
		while (i < lower.length()) {
			if (Character.isLetter(lower.charAt(i))) {
				int end = i;
				while (end < lower.length() && (Character.isLetter(lower.charAt(end))
						|| Character.getType(lower.charAt(end)) == Character.NON_SPACING_MARK)) {
					end++;
				}
				words.add(lower.substring(i, end));
				i = end;
			}
			else {
				i++;
			}
		}
		return words;
	}

}
