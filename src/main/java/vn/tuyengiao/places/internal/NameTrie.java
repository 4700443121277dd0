package vn.tuyengiao.places.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import vn.tuyengiao.text.VietnameseText;

/**
 * Every name of the gazetteer, bare and behind each way of writing its kind ({@code huyện}, {@code H.},
 * {@code Huyện ủy}…), as a path of accent-free syllables, built once; {@link #find} reads a text syllable by
 * syllable and at each one takes the longest name starting there that the rules on case, accents and
 * surroundings accept.
 */
final class NameTrie {

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

	/** One name behind one way of writing its kind (or bare), ending at a trie node. */
	record Entry(Gazetteer.Unit unit, int prefixLength, String[] nameKeys, boolean[] capitals, boolean bare,
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

	private final Map<String, Integer> vocabulary = new HashMap<>();

	/** The same words for reading: looked up from the folded characters, without making a string of them. */
	private final Vocabulary words;

	private final Node root = new Node();

	private final Set<Integer> personal = new HashSet<>();

	NameTrie(Gazetteer gazetteer) {
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
		int[] all = Arrays.copyOf(a, a.length + b.length);
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

	/** Adds to {@code matches} the names found in one field of the text, in reading order. */
	void find(String field, String value, List<NameMatch> matches) {
		if (value == null || value.isEmpty()) {
			return;
		}
		Tokens tokens = new Tokens(value, words);
		int i = 0;
		while (i < tokens.count) {
			NameMatch match = longest(field, tokens, i);
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
	private NameMatch longest(String field, Tokens tokens, int first) {
		Node node = root;
		NameMatch best = null;
		for (int i = first; i < tokens.count; i++) {
			if (tokens.id[i] == Vocabulary.NONE || (i > first && !tokens.adjacent(i - 1, i))) {
				break;
			}
			node = node.child(tokens.id[i]);
			if (node == null) {
				break;
			}
			if (!node.entries.isEmpty()) {
				NameMatch match = accepted(field, tokens, first, i, node.entries);
				best = match != null ? match : best;
			}
		}
		return best;
	}

	private NameMatch accepted(String field, Tokens tokens, int first, int last, List<Entry> entries) {
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
			return new NameMatch(field, tokens, first, last, agree, false, accentFree);
		}
		if (!differ.isEmpty() && !differ.get(0).bare()) {
			return new NameMatch(field, tokens, first, last, differ, true, false);
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

}
