package vn.tuyengiao.topics.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.index.memory.MemoryIndex;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

import vn.tuyengiao.monitor.ItemIndex;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.text.TextAnalysis;

/**
 * Matches items against every saved topic at once: each topic is anchored by terms of which every matching item
 * holds one ({@link TopicAnchors}), kept in a map from term to topics; an item is turned into a one-item index in
 * memory, its terms are looked up in that map, and only the topics found there (and the few that cannot be
 * anchored) are checked against it ({@link TopicCheck}).
 * <p>
 * Why this works for Vietnamese where Lucene Monitor's defaults did not (measured at 0.9× a naive loop): a
 * topic's words reach the matcher as the index's syllable pairs ({@code dư_luận}, see the monitor module's item query), which
 * are about as rare as words, and a topic is anchored by a pair (or a rare field such as the outlet) rather than
 * by one of its syllables, which nearly every item holds. Looking the item's terms up in a map replaced Monitor's
 * presearch, a query of all the item's terms over an index of the topics, which took half the time.
 */
@Component
class TopicMatcher {

	/** What of an item topics are matched against: the fields of the item index that topics can name. */
	record Candidate(long itemId, String title, String body, String outlet, String places) {

		/** An item as the matcher reads it: places by name, for topics that name a locality. */
		static Candidate of(Items.Content item, List<String> placeNames) {
			return new Candidate(item.id(), item.title(), item.body(), item.outlet(),
					placeNames.isEmpty() ? "" : String.join("\n", placeNames) + "\n");
		}

		/** As the item index has it ({@link ItemIndex#searchText}): offsets of highlights refer to it. */
		String text() {
			return ItemIndex.searchText(title, body);
		}

	}

	/** A topic that matched an item. */
	record Hit(long topicId, long itemId) {
	}

	/** A topic as the matcher holds it. */
	record Topic(long id, Query query, boolean exactAccents) {
	}

	/** A registered topic with the anchors it is filed under, in its slot. */
	private record Registered(Topic topic, TopicAnchors.Anchors anchors, int slot) {
	}

	private final Analyzer analyzer;

	/**
	 * Topics are kept in slots (dense numbers) so that an item's candidates are bits of one {@link BitSet}, and
	 * each anchor term points to the slots it anchors as an array: the look-ups of an item's thousand terms then
	 * allocate nothing. Registering takes the write lock; matching the read lock.
	 */
	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	private final Map<Long, Registered> topics = new HashMap<>();

	private Registered[] slots = new Registered[64];

	private int slotCount;

	private final Deque<Integer> freeSlots = new ArrayDeque<>();

	/** Field, then term, then the slots of the topics it anchors. Terms are copies: look-ups pass the item's bytes. */
	private final Map<String, Map<BytesRef, int[]>> anchored = new HashMap<>();

	/** Slots of topics checked against every item: their anchors could not be told. */
	private final BitSet always = new BitSet();

	/**
	 * The second condition of each slot's topic (a conjunction's other requirement) as ids of terms, so that an
	 * item's candidates are sifted by bit tests on arrays rather than by reaching each topic's objects: at
	 * 100,000 topics that reaching, one cache miss after another, was most of the time.
	 */
	private int[][] alsoOf = new int[64][];

	/** Field, then term, then its id: the terms of the topics' second conditions. */
	private final Map<String, Map<BytesRef, Integer>> termIds = new HashMap<>();

	private int termCount;

	/** Topics that read accents exactly: only while there are some does an item carry its accented copy. */
	private final AtomicInteger exactTopics = new AtomicInteger();

	/** Topics' queries checked against items since the start, after the presearch: how selective it is. */
	private final AtomicLong queriesRun = new AtomicLong();

	TopicMatcher(TextAnalysis analysis) {
		Analyzer folded = analysis.analyzer(TextAnalysis.VI_FOLDED);
		this.analyzer = new PerFieldAnalyzerWrapper(folded,
				Map.of("text_exact", analysis.analyzer(TextAnalysis.VI), "outlet", new KeywordAnalyzer()));
	}

	/** Adds or replaces a topic. */
	void register(long topicId, Query query, boolean exactAccents) {
		register(List.of(new Topic(topicId, query, exactAccents)));
	}

	/** Adds or replaces topics. */
	void register(List<Topic> added) {
		lock.writeLock().lock();
		try {
			for (Topic topic : added) {
				unregister(topic.id());
				int slot = freeSlots.isEmpty() ? slotCount++ : freeSlots.pop();
				if (slot >= slots.length) {
					slots = Arrays.copyOf(slots, Math.max(slots.length * 2, slot + 1));
					alsoOf = Arrays.copyOf(alsoOf, slots.length);
				}
				TopicAnchors.Anchors anchors = balanced(TopicAnchors.of(topic.query()));
				Registered registered = new Registered(topic, anchors, slot);
				slots[slot] = registered;
				alsoOf[slot] = anchors.also().stream().mapToInt(this::termId).toArray();
				topics.put(topic.id(), registered);
				if (anchors.always()) {
					always.set(slot);
				}
				for (Term term : anchors.terms()) {
					Map<BytesRef, int[]> field = anchored.computeIfAbsent(term.field(), key -> new HashMap<>());
					int[] before = field.get(term.bytes());
					if (before == null) {
						field.put(BytesRef.deepCopyOf(term.bytes()), new int[] { slot });
					}
					else if (Arrays.stream(before).noneMatch(s -> s == slot)) {
						int[] after = Arrays.copyOf(before, before.length + 1);
						after[before.length] = slot;
						field.put(term.bytes(), after);
					}
				}
				if (topic.exactAccents()) {
					exactTopics.incrementAndGet();
				}
			}
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/**
	 * A conjunction's anchors chosen among its requirements so that the terms that already anchor many topics are
	 * avoided: a requirement costs, for each of its terms, the topics that term anchors now, divided by how
	 * selective the term is. Each item that holds a term sets the bits of all the topics it anchors, so a few
	 * terms anchoring thousands of topics were most of the time at 100,000 topics.
	 */
	private TopicAnchors.Anchors balanced(TopicAnchors.Anchors anchors) {
		List<List<Term>> requirements = anchors.requirements();
		if (requirements.size() < 2) {
			return anchors;
		}
		List<Term> first = null;
		List<Term> second = null;
		double firstCost = Double.MAX_VALUE;
		double secondCost = Double.MAX_VALUE;
		for (List<Term> requirement : requirements) {
			double cost = 0;
			for (Term term : requirement) {
				Map<BytesRef, int[]> field = anchored.get(term.field());
				int[] slotsOfTerm = field == null ? null : field.get(term.bytes());
				cost += (1 + (slotsOfTerm == null ? 0 : slotsOfTerm.length)) / TopicAnchors.weight(term);
			}
			if (cost < firstCost) {
				second = first;
				secondCost = firstCost;
				first = requirement;
				firstCost = cost;
			}
			else if (cost < secondCost) {
				second = requirement;
				secondCost = cost;
			}
		}
		return anchors.choose(first, second);
	}

	void remove(long topicId) {
		lock.writeLock().lock();
		try {
			unregister(topicId);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	private void unregister(long topicId) {
		Registered removed = topics.remove(topicId);
		if (removed == null) {
			return;
		}
		int slot = removed.slot();
		slots[slot] = null;
		alsoOf[slot] = null;
		always.clear(slot);
		freeSlots.push(slot);
		for (Term term : removed.anchors().terms()) {
			Map<BytesRef, int[]> field = anchored.get(term.field());
			int[] before = field == null ? null : field.get(term.bytes());
			if (before != null) {
				int[] after = Arrays.stream(before).filter(s -> s != slot).toArray();
				if (after.length == 0) {
					field.remove(term.bytes());
				}
				else {
					field.put(term.bytes(), after);
				}
			}
		}
		if (removed.topic().exactAccents()) {
			exactTopics.decrementAndGet();
		}
	}

	/** The id of a term of a second condition, given when first seen (ids are not reused: there are few). */
	private int termId(Term term) {
		return termIds.computeIfAbsent(term.field(), field -> new HashMap<>())
			.computeIfAbsent(BytesRef.deepCopyOf(term.bytes()), bytes -> termCount++);
	}

	/** The analyzer of each field, as the item index has it. */
	Analyzer analyzer() {
		return analyzer;
	}

	boolean anyExact() {
		return exactTopics.get() > 0;
	}

	long queriesRun() {
		return queriesRun.get();
	}

	int size() {
		lock.readLock().lock();
		try {
			return topics.size();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	Query query(long topicId) {
		lock.readLock().lock();
		try {
			Registered topic = topics.get(topicId);
			return topic == null ? null : topic.topic().query();
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** The topics each item matches, one item at a time. */
	List<Hit> match(List<Candidate> items) {
		if (items.isEmpty()) {
			return List.of();
		}
		boolean withExact = exactTopics.get() > 0;
		List<Hit> hits = new ArrayList<>();
		lock.readLock().lock();
		try {
			if (topics.isEmpty()) {
				return List.of();
			}
			for (Candidate item : items) {
				MemoryIndex index = MemoryIndex.fromDocument(document(item, withExact), analyzer);
				IndexSearcher searcher = index.createSearcher();
				LeafReader reader = searcher.getIndexReader().leaves().get(0).reader();
				BitSet candidates = (BitSet) always.clone();
				BitSet held = new BitSet(termCount);
				for (FieldInfo info : reader.getFieldInfos()) {
					Map<BytesRef, int[]> byTerm = anchored.get(info.name);
					Map<BytesRef, Integer> ids = termIds.get(info.name);
					Terms terms = byTerm == null && ids == null ? null : reader.terms(info.name);
					if (terms == null) {
						continue;
					}
					TermsEnum each = terms.iterator();
					for (BytesRef term = each.next(); term != null; term = each.next()) {
						int[] anchoredSlots = byTerm == null ? null : byTerm.get(term);
						if (anchoredSlots != null) {
							for (int slot : anchoredSlots) {
								candidates.set(slot);
							}
						}
						Integer id = ids == null ? null : ids.get(term);
						if (id != null) {
							held.set(id);
						}
					}
				}
				TopicCheck check = new TopicCheck(searcher);
				for (int slot = candidates.nextSetBit(0); slot >= 0; slot = candidates.nextSetBit(slot + 1)) {
					if (!holdsAny(alsoOf[slot], held)) {
						continue;
					}
					Registered topic = slots[slot];
					if (topic == null) {
						continue;
					}
					queriesRun.incrementAndGet();
					if (check.matches(topic.topic().query())) {
						hits.add(new Hit(topic.topic().id(), item.itemId()));
					}
				}
			}
			return hits;
		}
		catch (IOException ex) {
			// cannot happen: the index read is in memory
			throw new UncheckedIOException(ex);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** Whether the item holds one of the terms (by id); true when there are none to hold. */
	private static boolean holdsAny(int[] termIds, BitSet held) {
		if (termIds == null || termIds.length == 0) {
			return true;
		}
		for (int id : termIds) {
			if (held.get(id)) {
				return true;
			}
		}
		return false;
	}

	/** The fields of the item index that a topic may name, under the same names. */
	static Document document(Candidate item, boolean withExact) {
		Document doc = new Document();
		String text = item.text();
		doc.add(new TextField("text", text, Field.Store.NO));
		if (withExact) {
			doc.add(new TextField("text_exact", text, Field.Store.NO));
		}
		if (item.title() != null) {
			doc.add(new TextField("title", item.title(), Field.Store.NO));
		}
		if (item.outlet() != null) {
			doc.add(new StringField("outlet", item.outlet(), Field.Store.NO));
		}
		if (item.places() != null && !item.places().isEmpty()) {
			doc.add(new TextField("places", item.places(), Field.Store.NO));
		}
		return doc;
	}

}
