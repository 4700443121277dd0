package vn.tuyengiao.text;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a word is spelt as one Vietnamese syllable: initial consonant, a vowel group that the language
 * has, a final consonant it allows, and the tone mark where either today's or the older usage puts it.
 * Legacy-encoding detection leans on it: mis-decoded text is full of words that break these rules and
 * become well-formed once converted, while clean Unicode words already keep them.
 */
final class Syllables {

	private static final String TONES = "\u0300\u0301\u0303\u0309\u0323";

	/** Breve, circumflex and horn: the marks that make ă â ê ô ơ ư. */
	private static final String SHAPES = "\u0302\u0306\u031B";

	private static final String VOWELS = "aăâeêioôơuưy";

	/** Longest first, so that {@code ngh} wins over {@code ng}. */
	private static final List<String> INITIALS = List.of("ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th",
			"tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x");

	/** {@code k} only in names of the Central Highlands such as {@code Đắk Lắk}. */
	private static final Set<String> FINALS = Set.of("", "c", "ch", "m", "n", "ng", "nh", "p", "t", "k");

	private static final Set<String> STOP_FINALS = Set.of("c", "ch", "p", "t", "k");

	private static final Set<String> NUCLEI = Set.of("a", "ă", "â", "e", "ê", "i", "o", "ô", "ơ", "u", "ư", "y", "ai",
			"ao", "au", "ay", "âu", "ây", "eo", "êu", "ia", "iê", "iu", "oa", "oă", "oe", "oi", "ôi", "ơi", "oo", "ua",
			"uâ", "uê", "ui", "uô", "uơ", "uy", "ưa", "ưi", "ươ", "ưu", "yê", "iêu", "yêu", "oai", "oay", "oeo", "uây",
			"uôi", "uya", "uyê", "uyu", "ươi", "ươu");

	/** Vowel groups that end in a glide or are complete diphthongs: no final consonant follows them. */
	private static final Set<String> OPEN_ONLY = Set.of("ai", "ao", "au", "ay", "âu", "ây", "eo", "êu", "iu", "oi",
			"ôi", "ơi", "ui", "ưi", "ưu", "iêu", "yêu", "oai", "oay", "oeo", "uây", "uôi", "uyu", "ươi", "ươu", "ia", "ua",
			"ưa", "uya");

	/** Vowel groups that never end a syllable: {@code tiên} and {@code tăng} but no {@code tiê} or {@code tă}. */
	private static final Set<String> CLOSED_ONLY = Set.of("iê", "yê", "uô", "ươ", "uyê", "ă", "â", "oă", "uâ", "oo");

	/**
	 * Some three hundred of the syllables most used in news and Party documents. Only a tie-breaker: when
	 * two legacy readings repair a short line equally (VNI {@code Chæ thò} could be TCVN3 {@code Chổ thũ}),
	 * the reading that gives familiar words wins.
	 */
	private static final Set<String> COMMON = Set.copyOf(Arrays.asList(("và của có các là được trong cho người những với không này "
			+ "đã để một về đến năm từ khi đó theo tại cũng như nhiều hơn ra vào nhà sẽ còn thì mà nếu hay bị làm "
			+ "nước việc công tác hội nghị đảng bộ tỉnh huyện xã dân nhân chính trị quyết định chỉ thị ban tuyên "
			+ "giáo ủy thường vụ trực đồng chí cán viên kết quả thực hiện phát triển kinh tế văn hóa xây dựng tổ "
			+ "chức học tập tư tưởng đạo đức phong cách hồ minh việt nam cộng hòa chủ nghĩa độc lập tự do hạnh "
			+ "phúc bắc kạn ba bể chợ đồn mới ngân sơn bạch thông na rì pác nặm thành phố trấn ngày tháng quốc "
			+ "gia dư luận tin báo cáo số lượng tình hình kế hoạch nhiệm giải pháp tăng cường lãnh chỉ trên dưới "
			+ "địa bàn nông thôn giảm nghèo bền vững đầu doanh ngành cấp sở phòng cơ quan đơn vị đoàn thể thanh "
			+ "niên phụ nữ mặt trận an ninh bảo vệ nền tảng điện tử mạng trang tiếng đời sống cao đạt tỷ tiền "
			+ "triệu nghìn lần thứ kỳ đại khóa chương trình kỷ niệm biểu họp gặp thăm tặng quà trao thưởng bằng "
			+ "khen sinh trường bệnh y tế sức khỏe ông bà anh chị em con cháu đình làng bản khu vực miền núi tộc "
			+ "thiểu tày nùng dao mông sán chay ngoài nay sau trước hết tất cả mọi đi lại lên xuống rất đang vẫn "
			+ "phải cần nên vì nhưng hoặc bởi giữa qua nào ai gì sao bao nhiêu đây kia ấy mình họ chúng ta tôi "
			+ "bạn lớn nhỏ tốt đẹp mạnh yếu ít đủ rồi xong hai ba bốn năm sáu bảy tám chín mười trăm").split(" ")));

	private Syllables() {
	}

	/** One well-formed Vietnamese syllable, in any case, with or without its tone mark. */
	static boolean wellFormed(String word) {
		if (word.isEmpty() || word.length() > 24) {
			return false;
		}
		String lower = Normalizer.normalize(word, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
		if (lower.length() > 8) {
			return false;
		}
		StringBuilder bare = new StringBuilder(lower.length());
		int tonePosition = -1;
		char tone = 0;
		for (int i = 0; i < lower.length(); i++) {
			char c = lower.charAt(i);
			if ((c >= 'a' && c <= 'z') || c == 'đ') {
				bare.append(c);
				continue;
			}
			String parts = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
			StringBuilder letter = new StringBuilder().append(parts.charAt(0));
			for (int j = 1; j < parts.length(); j++) {
				char mark = parts.charAt(j);
				if (TONES.indexOf(mark) >= 0 && tonePosition < 0) {
					tonePosition = i;
					tone = mark;
				}
				else if (SHAPES.indexOf(mark) >= 0) {
					letter.append(mark);
				}
				else {
					return false;
				}
			}
			String base = Normalizer.normalize(letter, Normalizer.Form.NFC);
			if (base.length() != 1 || !isVowel(base.charAt(0))) {
				return false;
			}
			bare.append(base);
		}
		return wellFormedBare(bare.toString(), tonePosition, tone);
	}

	private static boolean wellFormedBare(String bare, int tonePosition, char tone) {
		String initial = initial(bare);
		if (initial == null) {
			return false;
		}
		int start = initial.length();
		int end = start;
		while (end < bare.length() && isVowel(bare.charAt(end))) {
			end++;
		}
		String nucleus = bare.substring(start, end);
		String coda = bare.substring(end);
		if (!NUCLEI.contains(nucleus) || !FINALS.contains(coda)) {
			return false;
		}
		if ((coda.isEmpty() && CLOSED_ONLY.contains(nucleus)) || (!coda.isEmpty() && OPEN_ONLY.contains(nucleus))) {
			return false;
		}
		if ((initial.equals("gh") || initial.equals("ngh")) && "eêi".indexOf(nucleus.charAt(0)) < 0) {
			return false;
		}
		if (tone == 0) {
			return true;
		}
		if (STOP_FINALS.contains(coda) && tone != '\u0301' && tone != '\u0323') {
			return false; // after c, ch, p, t only the rising and the heavy tone are heard
		}
		boolean oldStyle = coda.isEmpty() && (nucleus.equals("oa") || nucleus.equals("oe") || nucleus.equals("uy"));
		return tonePosition == VietnameseText.toneIndex(bare) || (oldStyle && tonePosition == start + 1);
	}

	/** One of the most frequent syllables, compared in lower case with the tone where today's usage puts it. */
	static boolean common(String syllable) {
		return COMMON.contains(VietnameseText.placeTone(
				Normalizer.normalize(syllable, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)));
	}

	/** The initial consonant (possibly empty), or null when the word starts with letters no syllable starts with. */
	private static String initial(String bare) {
		for (String candidate : INITIALS) {
			if (bare.startsWith(candidate)) {
				boolean vowelFollows = bare.length() > candidate.length() && isVowel(bare.charAt(candidate.length()));
				if (candidate.equals("gi") && !vowelFollows) {
					return "g"; // gì, gìn: the i is the vowel
				}
				return vowelFollows ? candidate : null;
			}
		}
		return isVowel(bare.charAt(0)) ? "" : null;
	}

	private static boolean isVowel(char c) {
		return VOWELS.indexOf(c) >= 0;
	}

}
