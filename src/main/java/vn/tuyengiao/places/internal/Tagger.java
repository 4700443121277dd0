package vn.tuyengiao.places.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tuyengiao.places.Place;
import vn.tuyengiao.places.PlaceLevel;
import vn.tuyengiao.places.PlaceMention;
import vn.tuyengiao.text.VietnameseText;

/**
 * Finds the places a text names. Every name of the gazetteer, bare and behind each way of writing its kind
 * ({@code huyện}, {@code H.}, {@code Huyện ủy}…), is a path of accent-free syllables in one trie, built once;
 * a text is read syllable by syllable and at each one the trie gives the longest name starting there, so
 * reading costs one hash lookup per syllable and name length, whatever the size of the gazetteer.
 * <p>
 * A bare name (without its kind) counts only when every syllable is capitalised, has two syllables or more,
 * is not one of the names that mostly mean something else (Hồ Chí Minh the man, Điện Biên Phủ the battle),
 * and does not sit inside a longer proper name (Nguyễn Thái Bình). Accents are optional, but a syllable
 * written with accents must agree with the name. A name shared by several units is resolved from the other
 * places of the same text, then from the home province; a bare commune name needs its district or
 * province in the text.
 */
final class Tagger {

	/** Writes a reason from the message bundle (key, arguments). */
	interface Reasons {

		String say(String key, Object... arguments);

	}

	/** Ways of writing each kind in front of a name, accent-free; one-letter abbreviations must be capitals. */
	private static final Map<String, List<String>> PREFIXES = Map.of("Tỉnh", List.of("tinh", "tinh uy"), "Thành phố",
			List.of("thanh pho", "tp", "thanh uy"), "Huyện", List.of("huyen", "h", "huyen uy"), "Quận",
			List.of("quan", "q", "quan uy"), "Thị xã", List.of("thi xa", "tx", "thi uy"), "Thị trấn",
			List.of("thi tran", "tt"), "Xã", List.of("xa"), "Phường", List.of("phuong", "p"), "Đặc khu",
			List.of("dac khu"));

	/** Bare names that in running text mostly mean a person, an event or a thing: they tag only with their kind. */
	private static final Set<String> NOT_BARE = Set.of("ho chi minh", "dien bien phu", "hai ba trung", "quang trung",
			"le loi", "tran hung dao", "dong da", "ba dinh", "thong nhat", "doc lap", "bac son", "tran phu",
			"le hong phong", "nguyen trai", "ly thuong kiet", "hoang van thu", "nguyen du", "phan dinh phung",
			"nguyen hue", "le duan", "vo thi sau", "tan trao");

	/** Family and middle names: a capitalised one right before a bare name makes it part of a person's name. */
	private static final Set<String> PERSONAL = Set.of("nguyen", "tran", "le", "pham", "hoang", "huynh", "phan", "vu",
			"vo", "dang", "bui", "do", "ngo", "duong", "ly", "dinh", "trinh", "doan", "luong", "mai", "van", "thi",
			"duc", "huu", "cong", "ngoc", "quang", "xuan", "thu", "kim", "anh", "dao", "ha", "lam", "cao", "ta", "to",
			"chu", "luu", "tong");

	private static final int NONE = -1;

	/** One name behind one way of writing its kind (or bare), ending at a trie node. */
	private record Entry(Gazetteer.Unit unit, int prefixLength, String[] nameKeys, boolean[] capitals, boolean bare,
			boolean capitalPrefix) {
	}

	private static final class Node {

		/** Null at a leaf: most of the trie's nodes are ends of names. */
		Map<Integer, Node> next;

		List<Entry> entries = List.of();

		Node child(int id) {
			return next == null ? null : next.get(id);
		}

		Node childOrNew(int id) {
			if (next == null) {
				next = new HashMap<>(4);
			}
			return next.computeIfAbsent(id, k -> new Node());
		}

		void add(Entry entry) {
			if (entries.isEmpty()) {
				entries = new ArrayList<>(2);
			}
			entries.add(entry);
		}

	}

	private final Gazetteer gazetteer;

	private final Gazetteer.Unit home;

	private final Reasons reasons;

	private final Map<String, Integer> vocabulary = new HashMap<>();

	/** The same words for reading: looked up from the folded characters, without making a string of them. */
	private final Vocabulary words;

	private final Node root = new Node();

	private final Set<Integer> personal = new HashSet<>();

	private final Set<Integer> notBare = new HashSet<>();

	Tagger(Gazetteer gazetteer, String homeProvince, Reasons reasons) {
		this.gazetteer = gazetteer;
		this.home = gazetteer.unit(homeProvince).orElse(null);
		this.reasons = reasons;
		// names share their syllables: each is folded and keyed once
		Map<String, String> folded = new HashMap<>();
		Map<String, String> keyed = new HashMap<>();
		for (Gazetteer.Unit unit : gazetteer.units()) {
			List<String> name = syllables(unit.shortName);
			if (name.isEmpty()) {
				continue;
			}
			String[] keys = name.stream().map(w -> keyed.computeIfAbsent(w, VietnameseText::matchKey)).toArray(String[]::new);
			List<String> foldedName = name.stream().map(w -> folded.computeIfAbsent(w, VietnameseText::fold)).toList();
			int[] ids = ids(foldedName);
			boolean[] capitals = new boolean[name.size()];
			for (int k = 0; k < capitals.length; k++) {
				char c = name.get(k).charAt(0);
				capitals[k] = Character.isUpperCase(c) || Character.isDigit(c);
			}
			for (String prefix : PREFIXES.getOrDefault(unit.kind, List.of())) {
				int[] prefixIds = ids(List.of(prefix.split(" ")));
				insert(concat(prefixIds, ids), new Entry(unit, prefixIds.length, keys, capitals, false, prefix.length() == 1));
			}
			if (name.size() >= 2 && !NOT_BARE.contains(String.join(" ", foldedName))) {
				insert(ids, new Entry(unit, 0, keys, capitals, true, false));
			}
		}
		for (String name : PERSONAL) {
			personal.add(id(name));
		}
		words = new Vocabulary(vocabulary);
	}

	private int[] ids(List<String> folded) {
		int[] ids = new int[folded.size()];
		for (int i = 0; i < ids.length; i++) {
			ids[i] = id(folded.get(i));
		}
		return ids;
	}

	private int id(String folded) {
		return vocabulary.computeIfAbsent(folded, k -> vocabulary.size());
	}

	private static int[] concat(int[] a, int[] b) {
		int[] all = java.util.Arrays.copyOf(a, a.length + b.length);
		System.arraycopy(b, 0, all, a.length, b.length);
		return all;
	}

	private void insert(int[] ids, Entry entry) {
		Node node = root;
		for (int id : ids) {
			node = node.childOrNew(id);
		}
		node.add(entry);
	}

	/** The syllables of a name as written (accented), split as the text is. */
	private static List<String> syllables(String name) {
		List<String> out = new ArrayList<>();
		Tokens tokens = new Tokens(name, null);
		for (int i = 0; i < tokens.count; i++) {
			out.add(tokens.text.substring(tokens.start[i], tokens.end[i]));
		}
		return out;
	}

	// ---- reading a text

	/** A name found in the text with the units it may be. */
	private static final class Match {

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

		Match(String field, Tokens tokens, int first, int last, List<Entry> entries, boolean accentsDiffer,
				boolean accentFree) {
			this.field = field;
			this.tokens = tokens;
			this.first = first;
			this.last = last;
			this.bare = entries.get(0).bare();
			this.accentsDiffer = accentsDiffer;
			this.accentFree = accentFree;
			Set<Gazetteer.Unit> units = new LinkedHashSet<>();
			for (Entry entry : entries) {
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

	List<PlaceMention> tag(String title, String text) {
		List<Match> matches = new ArrayList<>();
		find("title", title, matches);
		find("text", text, matches);
		resolve(matches);
		List<PlaceMention> mentions = new ArrayList<>();
		for (Match match : matches) {
			if (match.chosen == null) {
				continue;
			}
			Gazetteer.Unit unit = match.chosen;
			List<Place> today = unit.validUntil == null ? List.of() : unit.today.stream().map(u -> u.place).toList();
			StringBuilder reason = new StringBuilder(match.reason);
			if (match.accentFree) {
				reason.append(' ').append(reasons.say("places.reason.no-accents"));
			}
			else if (match.accentsDiffer) {
				reason.append(' ').append(reasons.say("places.reason.accents-differ"));
			}
			if (!today.isEmpty()) {
				reason.append(' ').append(reasons.say("places.reason.today",
						String.join(", ", today.stream().map(Place::name).toList())));
			}
			mentions.add(new PlaceMention(unit.place, match.tokens.text.substring(match.start(), match.end()), match.field,
					match.start(), match.end(), today, reason.toString()));
		}
		return mentions;
	}

	private void find(String field, String value, List<Match> matches) {
		if (value == null || value.isEmpty()) {
			return;
		}
		Tokens tokens = new Tokens(value, words);
		int i = 0;
		while (i < tokens.count) {
			Match match = longest(field, tokens, i);
			if (match == null) {
				i++;
			}
			else {
				matches.add(match);
				i = match.last + 1;
			}
		}
	}

	/** The longest name starting at token {@code first} that the rules accept, or null. */
	private Match longest(String field, Tokens tokens, int first) {
		Node node = root;
		Match best = null;
		for (int i = first; i < tokens.count; i++) {
			if (tokens.id[i] == NONE || (i > first && !tokens.adjacent(i - 1, i))) {
				break;
			}
			node = node.child(tokens.id[i]);
			if (node == null) {
				break;
			}
			if (!node.entries.isEmpty()) {
				Match match = accepted(field, tokens, first, i, node.entries);
				best = match != null ? match : best;
			}
		}
		return best;
	}

	private Match accepted(String field, Tokens tokens, int first, int last, List<Entry> entries) {
		List<Entry> agree = new ArrayList<>();
		List<Entry> differ = new ArrayList<>();
		boolean accentFree = true;
		for (Entry entry : entries) {
			if (!allowed(tokens, first, last, entry)) {
				continue;
			}
			// a name written with accents anywhere is read with its accents everywhere: Thanh Hóa is not Thạnh Hóa
			int nameStart = first + entry.prefixLength();
			boolean accented = false;
			for (int token = nameStart; token <= last && !accented; token++) {
				accented = tokens.accented(token);
			}
			boolean same = true;
			if (accented) {
				accentFree = false;
				for (int k = 0; k < entry.nameKeys().length && same; k++) {
					same = tokens.key(nameStart + k).equals(entry.nameKeys()[k]);
				}
			}
			(same ? agree : differ).add(entry);
		}
		if (!agree.isEmpty()) {
			return new Match(field, tokens, first, last, agree, false, accentFree);
		}
		if (!differ.isEmpty() && !differ.get(0).bare()) {
			return new Match(field, tokens, first, last, differ, true, false);
		}
		return null;
	}

	/** The rules on case and surroundings that keep common words and people's names out. */
	private boolean allowed(Tokens tokens, int first, int last, Entry entry) {
		if (entry.capitalPrefix() && !tokens.upperCase(first)) {
			return false;
		}
		int nameStart = first + entry.prefixLength();
		for (int k = 0; k < entry.capitals().length; k++) {
			if (entry.capitals()[k] && !tokens.capitalised(nameStart + k)) {
				return false; // xã biên giới is a border commune, not Xã Biên Giới
			}
		}
		if (!entry.bare()) {
			return last > nameStart || !tokens.upperCase(nameStart) || tokens.digits(nameStart)
					|| tokens.end[nameStart] - tokens.start[nameStart] == 1;
		}
		if (first > 0 && tokens.adjacent(first - 1, first) && tokens.capitalised(first - 1)
				&& personal.contains(tokens.id[first - 1])) {
			return false; // Nguyễn Thái Bình is a person
		}
		if (last + 1 < tokens.count && tokens.adjacent(last, last + 1) && tokens.titleCase(last + 1)
				&& root.child(tokens.id[last + 1]) == null) {
			return false; // Thái Bình Dương is an ocean
		}
		return true;
	}

	// ---- choosing among units that share a name

	private void resolve(List<Match> matches) {
		for (Match match : matches) {
			narrow(match);
			List<Gazetteer.Unit> strong = strong(match);
			if (strong.size() == 1 && strong.size() == match.candidates.size()) {
				chooseAlone(match, strong.get(0));
			}
		}
		byContext(matches);
		// a bare district name that is also a commune's keeps its district unless the text spoke for the commune
		// (Kiến An beside Chợ Mới of An Giang is the commune, not the district of Hải Phòng)
		boolean chosen = false;
		for (Match match : matches) {
			List<Gazetteer.Unit> strong = strong(match);
			if (match.chosen == null && strong.size() == 1) {
				chooseAlone(match, strong.get(0));
				chosen = true;
			}
		}
		if (chosen) {
			byContext(matches);
		}
		for (Match match : matches) {
			if (match.chosen == null) {
				byHome(match);
			}
		}
	}

	private void chooseAlone(Match match, Gazetteer.Unit unit) {
		match.chosen = unit;
		match.reason = match.above ? reasons.say("places.reason.above", unit.name)
				: reasons.say(match.bare ? "places.reason.unique" : "places.reason.named");
	}

	private void byContext(List<Match> matches) {
		boolean changed = true;
		for (int pass = 0; pass < 3 && changed; pass++) {
			changed = false;
			for (Match match : matches) {
				if (match.chosen == null && byContext(match, matches)) {
					changed = true;
				}
			}
		}
	}

	/** A bare name shared by a province and a unit under it means the province; a former unit hides its namesake successor. */
	private static void narrow(Match match) {
		List<Gazetteer.Unit> kept = new ArrayList<>();
		for (Gazetteer.Unit unit : match.candidates) {
			boolean hidden = false;
			for (Gazetteer.Unit other : match.candidates) {
				if (other == unit) {
					continue;
				}
				if (match.bare && unit.ancestors.contains(other)) {
					hidden = true;
					match.above = true;
				}
				hidden |= !other.current && other.level == unit.level && other.today.contains(unit)
						&& other.foldedShortName.equals(unit.foldedShortName);
			}
			if (!hidden) {
				kept.add(unit);
			}
		}
		match.candidates = kept;
	}

	/** Candidates that may be chosen without context: not bare commune names. */
	private static List<Gazetteer.Unit> strong(Match match) {
		return match.bare
				? match.candidates.stream().filter(u -> u.level != PlaceLevel.COMMUNE).toList()
				: match.candidates;
	}

	private boolean byContext(Match match, List<Match> matches) {
		Gazetteer.Unit best = null;
		Gazetteer.Unit cue = null;
		int bestScore = 0;
		boolean tie = false;
		for (Gazetteer.Unit candidate : match.candidates) {
			int score = 0;
			int strongest = 0;
			Gazetteer.Unit strongestCue = null;
			for (Match other : matches) {
				if (other == match || other.chosen == null) {
					continue;
				}
				int s = relation(candidate, other.chosen);
				score += s;
				if (s > strongest) {
					strongest = s;
					strongestCue = other.chosen;
				}
			}
			boolean enough = match.bare && candidate.level == PlaceLevel.COMMUNE ? strongest >= 3 : score > 0;
			if (!enough) {
				continue;
			}
			if (score > bestScore) {
				best = candidate;
				cue = strongestCue;
				bestScore = score;
				tie = false;
			}
			else if (score == bestScore) {
				tie = true;
			}
		}
		if (best == null || tie) {
			return false;
		}
		match.chosen = best;
		match.reason = match.bare && best.level == PlaceLevel.COMMUNE
				? reasons.say("places.reason.commune", cue.name)
				: reasons.say("places.reason.context", match.named, cue.name);
		return true;
	}

	/** How strongly a place already found speaks for a candidate. */
	private static int relation(Gazetteer.Unit candidate, Gazetteer.Unit found) {
		if (found == candidate || candidate.ancestors.contains(found) || found.ancestors.contains(candidate)) {
			return 3;
		}
		if ((candidate.parent != null && candidate.parent == found.parent)
				|| (candidate.formerParent != null && candidate.formerParent == found.formerParent)) {
			return 2;
		}
		for (Gazetteer.Unit province : candidate.provinces) {
			if (found.provinces.contains(province)) {
				return 1;
			}
		}
		return 0;
	}

	private void byHome(Match match) {
		if (home == null) {
			return;
		}
		List<Gazetteer.Unit> inHome = strong(match).stream()
			.filter(u -> u.provinces.stream().anyMatch(home.provinces::contains) || u == home)
			.sorted(Comparator.comparingInt(u -> u.index))
			.toList();
		if (inHome.size() == 1) {
			match.chosen = inHome.get(0);
			match.reason = reasons.say("places.reason.home", match.named, home.name);
		}
	}

	Gazetteer gazetteer() {
		return gazetteer;
	}

	// ---- syllables of a text

	/** The text cut into syllables (letters and digits), each with its accent-free id in the trie's vocabulary. */
	static final class Tokens {

		private static final char[] FOLD = new char[0x2000];

		static {
			for (char c = 0; c < FOLD.length; c++) {
				if (Character.isLetterOrDigit(c)) {
					String folded = VietnameseText.fold(String.valueOf(c));
					FOLD[c] = folded.length() == 1 ? folded.charAt(0) : 0;
				}
			}
		}

		final String text;

		int count;

		int[] start = new int[64];

		int[] end = new int[64];

		int[] id = new int[64];

		Tokens(String text, Vocabulary vocabulary) {
			this.text = text;
			char[] chars = text.toCharArray();
			int n = chars.length;
			char[] buffer = new char[32];
			int i = 0;
			while (i < n) {
				if (!partOfWord(chars[i])) {
					i++;
					continue;
				}
				int from = i;
				int length = 0;
				int hash = 0;
				boolean simple = true;
				while (i < n && partOfWord(chars[i])) {
					char ch = chars[i];
					char folded = ch < FOLD.length ? FOLD[ch] : 0;
					if (folded == 0) {
						simple = false;
					}
					else if (length < buffer.length) {
						buffer[length++] = folded;
						hash = 31 * hash + folded;
					}
					i++;
				}
				int tokenId = NONE;
				if (vocabulary != null) {
					if (simple && length == i - from) {
						tokenId = vocabulary.find(buffer, length, hash);
					}
					else {
						char[] key = VietnameseText.fold(text.substring(from, i)).replace(" ", "").toCharArray();
						tokenId = vocabulary.find(key, key.length, Vocabulary.hash(key, key.length));
					}
				}
				add(from, i, tokenId);
			}
		}

		private static boolean partOfWord(char c) {
			if (c < 0x80) {
				char lower = (char) (c | 0x20);
				return (lower >= 'a' && lower <= 'z') || (c >= '0' && c <= '9');
			}
			return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
		}

		private void add(int from, int to, int tokenId) {
			if (count == start.length) {
				start = java.util.Arrays.copyOf(start, count * 2);
				end = java.util.Arrays.copyOf(end, count * 2);
				id = java.util.Arrays.copyOf(id, count * 2);
			}
			start[count] = from;
			end[count] = to;
			id[count] = tokenId;
			count++;
		}

		private String[] keys;

		String word(int token) {
			return text.substring(start[token], end[token]);
		}

		/** The syllable's matching key (accents kept), computed once. */
		String key(int token) {
			if (keys == null) {
				keys = new String[count];
			}
			if (keys[token] == null) {
				keys[token] = VietnameseText.matchKey(word(token));
			}
			return keys[token];
		}

		/** Only spaces (and a dot after an abbreviation such as TP. or H.) between two syllables. */
		boolean adjacent(int left, int right) {
			for (int i = end[left]; i < start[right]; i++) {
				char c = text.charAt(i);
				if (!Character.isWhitespace(c) && c != '\u00A0'
						&& !(c == '.' && end[left] - start[left] <= 2 && upperCase(left))) {
					return false;
				}
			}
			return true;
		}

		boolean capitalised(int token) {
			char c = text.charAt(start[token]);
			return Character.isUpperCase(c) || Character.isDigit(c);
		}

		/** A capital followed by small letters: a proper name, not a shouted headline. */
		boolean titleCase(int token) {
			if (!Character.isUpperCase(text.charAt(start[token]))) {
				return false;
			}
			for (int i = start[token] + 1; i < end[token]; i++) {
				if (Character.isUpperCase(text.charAt(i))) {
					return false;
				}
			}
			return true;
		}

		boolean upperCase(int token) {
			for (int i = start[token]; i < end[token]; i++) {
				if (!Character.isUpperCase(text.charAt(i))) {
					return false;
				}
			}
			return true;
		}

		boolean digits(int token) {
			for (int i = start[token]; i < end[token]; i++) {
				if (!Character.isDigit(text.charAt(i))) {
					return false;
				}
			}
			return true;
		}

		/** Written with a diacritic (đ included). */
		boolean accented(int token) {
			for (int i = start[token]; i < end[token]; i++) {
				char c = text.charAt(i);
				if (c > 0x7F) {
					return true;
				}
			}
			return false;
		}

	}

	/** An open-addressing table from folded syllables (as characters) to their ids. */
	static final class Vocabulary {

		private final char[][] keys;

		private final int[] ids;

		private final int mask;

		Vocabulary(Map<String, Integer> words) {
			int size = Integer.highestOneBit(Math.max(16, words.size() * 3)) << 1;
			keys = new char[size][];
			ids = new int[size];
			mask = size - 1;
			for (Map.Entry<String, Integer> word : words.entrySet()) {
				char[] key = word.getKey().toCharArray();
				int slot = spread(hash(key, key.length)) & mask;
				while (keys[slot] != null) {
					slot = (slot + 1) & mask;
				}
				keys[slot] = key;
				ids[slot] = word.getValue();
			}
		}

		static int hash(char[] chars, int length) {
			int hash = 0;
			for (int i = 0; i < length; i++) {
				hash = 31 * hash + chars[i];
			}
			return hash;
		}

		private static int spread(int hash) {
			return hash ^ (hash >>> 16) * 0x45d9f3b;
		}

		int find(char[] chars, int length, int hash) {
			int slot = spread(hash) & mask;
			char[] key;
			while ((key = keys[slot]) != null) {
				if (key.length == length && java.util.Arrays.equals(key, 0, length, chars, 0, length)) {
					return ids[slot];
				}
				slot = (slot + 1) & mask;
			}
			return NONE;
		}

	}

}
