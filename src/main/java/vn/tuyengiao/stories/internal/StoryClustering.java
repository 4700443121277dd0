package vn.tuyengiao.stories.internal;

import org.springframework.context.ApplicationEventPublisher;

import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.platform.VietnamTime;
import vn.tuyengiao.stories.Stories;
import vn.tuyengiao.stories.StoryGrew;
import vn.tuyengiao.stories.StorySummary;
import vn.tuyengiao.stories.StoryView;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stories (câu chuyện, chuỗi tin): items that are copies of one text, or quote it, gathered so that a rumour
 * reposted by fifty pages is one story with its first source and its spread over time.
 * <p>
 * An item joins the story of the most similar item already assigned, if one is similar enough by either of
 * two tests, else it starts a story of its own:
 * <ul>
 * <li><b>Copy</b>: the Jaccard index of the two texts' sets of three-syllable shingles, estimated from
 * 128-minimum MinHash signatures, is at least {@value #COPY_JACCARD}. Candidates come from LSH: the signature
 * in 32 bands of 4 rows, each band a key in {@code monitor_story_band}; a pair of Jaccard 0.5 shares a key
 * with probability 0.87, one of 0.7 with 0.9998, one of 0.2 with 0.05.</li>
 * <li><b>Quote</b>: at least {@value #QUOTE_SHARED} anchored passages are shared and they are at least
 * {@value #QUOTE_SHARE} of the shorter text's passages, so a post made of an article's key sentences with a
 * line of its own joins the article, which a Jaccard index of a short and a long text never shows.</li>
 * </ul>
 * Why these thresholds: on the 226 VFND articles (accent-free, three-syllable shingles) the estimated Jaccard
 * of two different articles was below 0.1 for all but five of the 25,425 pairs, and those five were the same
 * news twice or two reports of one event or topic (at most 0.26); copies with an intro and an outro added, the
 * last paragraph cut, or accents stripped and punctuation changed stayed at 0.66 or above, but a copy that
 * keeps only its first paragraphs falls to a third, which the quote test catches (its passages are all in the
 * original). Different articles shared at most 0.44 of the shorter one's passages but for one pair of
 * reports of the same event (0.54, joined); 224 of 226 quotes shared half or more. A text under
 * {@value #MIN_SYLLABLES} syllables (a caption, a call to share) is never matched and never indexed: its
 * shingles are mostly the formulas that unrelated posts have in common.
 * <p>
 * Assignment is idempotent (an item is in one story; the same text again changes nothing, a changed text is
 * assigned again and may move) and runs in a transaction of its own that first locks the row of
 * {@code monitor_story_lock}: on one instance or several, two copies arriving at once are assigned one after
 * the other and the second joins the first one's story. Stories are not merged: an item that is close to two
 * stories joins the closer one.
 */
@Component
class StoryClustering implements Stories {

	/** The estimated Jaccard index from which a text is a copy. */
	static final double COPY_JACCARD = 0.5;

	/** The share of the shorter text's passages that must be found in the other for a quote. */
	static final double QUOTE_SHARE = 0.5;

	/** A quote shares at least this many passages: one or two may be a formula. */
	static final int QUOTE_SHARED = 3;

	/** Texts shorter than this are never matched. */
	static final int MIN_SYLLABLES = 15;

	/** Candidates confirmed per look-up, the most promising first. */
	static final int CANDIDATES = 50;

	/** A chart has at most this many bars (a story seen over more than five years is cut short). */
	static final int MAX_SPREAD = 2000;

	private final StoryStore store;

	private final TransactionTemplate ownTransaction;

	private final TransactionTemplate readOnly;

	private final ApplicationEventPublisher events;

	private final Items items;

	StoryClustering(StoryStore store, PlatformTransactionManager transactions, ApplicationEventPublisher events,
			Items items) {
		this.store = store;
		this.events = events;
		this.items = items;
		this.ownTransaction = new TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/**
	 * Puts the item in its story and returns the story's id. Call it after the item is committed; it commits
	 * on its own. Calling it again with the same text returns the same story and changes nothing; with a
	 * changed text the item is matched again and may move to another story.
	 *
	 * @param itemId the item's id ({@code monitor_item.id})
	 * @param title the item's title, may be empty
	 * @param body the item's text, may be empty
	 * @param outlet the outlet (cơ quan, trang) that published it
	 * @param seenAt when it was published or, if unknown, first seen: the story's first item is the earliest
	 */
	public long assign(long itemId, String title, String body, String outlet, Instant seenAt) {
		return place(itemId, title, body, outlet, seenAt).storyId();
	}

	@Override
	public long storyOf(Items.Content item) {
		Assignment assigned = place(item.id(), item.title(), item.body(), item.outlet(), item.seenAt());
		if (assigned.joined()) {
			events.publishEvent(new StoryGrew(assigned.storyId(), item.id(), assigned.started()));
		}
		return assigned.storyId();
	}

	/** The item's story; {@code joined} when it was put in one now, {@code started} when it is the first. */
	private record Assignment(long storyId, boolean joined, boolean started) {
	}

	private Assignment place(long itemId, String title, String body, String outlet, Instant seenAt) {
		Fingerprint fingerprint = Fingerprint.of(title, body);
		Optional<StoryStore.Member> known = store.member(itemId);
		if (known.isPresent() && known.get().contentKey() == fingerprint.contentKey()) {
			return new Assignment(known.get().storyId(), false, false); // the same text again: nothing to lock or write
		}
		String cleanOutlet = cut(outlet == null || outlet.isBlank() ? "?" : outlet.strip(), 200);
		String cleanTitle = cut(title == null ? "" : title.strip(), 1000);
		Instant seen = seenAt == null ? Instant.now() : seenAt;
		return ownTransaction.execute(status -> {
			store.lock();
			Optional<StoryStore.Member> before = store.member(itemId);
			if (before.isPresent() && before.get().contentKey() == fingerprint.contentKey()) {
				return new Assignment(before.get().storyId(), false, false); // assigned by another call meanwhile
			}
			before.ifPresent(store::removeMember);
			boolean indexed = fingerprint.syllables() >= MIN_SYLLABLES;
			Optional<Match> match = indexed ? bestMatch(itemId, fingerprint) : Optional.empty();
			long storyId;
			if (match.isPresent()) {
				storyId = match.get().storyId();
				store.countIn(storyId, cleanOutlet, itemId, cleanTitle, seen);
			}
			else {
				storyId = store.createStory(itemId, cleanOutlet, cleanTitle, seen);
			}
			store.insertMember(new StoryStore.Member(itemId, storyId, cleanOutlet, cleanTitle, seen,
					match.map(Match::similarity).orElse(1.0), match.map(Match::kind).orElse("START"),
					match.map(Match::itemId).orElse(null), fingerprint.shingles(), fingerprint.passages().length,
					fingerprint.signature(), fingerprint.contentKey()), fingerprint, indexed, Instant.now());
			// the story it left, if any, is counted again (and goes if it is empty now)
			before.ifPresent(m -> store.refresh(m.storyId()));
			return new Assignment(storyId, true, match.isEmpty());
		});
	}

	@Override
	public OptionalLong storyOf(long itemId) {
		return store.member(itemId).map(m -> OptionalLong.of(m.storyId())).orElse(OptionalLong.empty());
	}

	@Override
	public Optional<StoryView> story(long storyId) {
		return readOnly.execute(status -> store.story(storyId).map(this::view));
	}

	@Override
	public List<StorySummary> rising(Duration window, int limit) {
		return readOnly.execute(status -> store.rising(Instant.now().minus(window), Math.max(1, limit)));
	}

	/** A member similar enough to join, and how it matched. */
	private record Match(long itemId, long storyId, double similarity, String kind) {
	}

	private Optional<Match> bestMatch(long itemId, Fingerprint fingerprint) {
		Map<Long, Integer> sharedPassages = new HashMap<>();
		Set<Long> candidates = new LinkedHashSet<>();
		for (StoryStore.Hits hit : store.bandHits(fingerprint.bandKeys(), itemId, CANDIDATES)) {
			candidates.add(hit.itemId());
		}
		for (StoryStore.Hits hit : store.passageHits(fingerprint.passages(), itemId, CANDIDATES)) {
			if (hit.shared() >= QUOTE_SHARED) {
				candidates.add(hit.itemId());
				sharedPassages.put(hit.itemId(), hit.shared());
			}
		}
		if (candidates.isEmpty()) {
			return Optional.empty();
		}
		Match best = null;
		for (StoryStore.Member candidate : store.members(new ArrayList<>(candidates)).values()) {
			Match match = judge(fingerprint, candidate, sharedPassages.getOrDefault(candidate.itemId(), 0));
			if (match != null && (best == null || match.similarity() > best.similarity()
					|| match.similarity() == best.similarity() && match.itemId() < best.itemId())) {
				best = match;
			}
		}
		return Optional.ofNullable(best);
	}

	/** Whether the candidate is a copy or a quote of the text (or quoted by it), and how similar. */
	static Match judge(Fingerprint text, StoryStore.Member candidate, int sharedPassages) {
		double jaccard = Fingerprint.jaccard(text.signature(), candidate.signature());
		if (jaccard >= COPY_JACCARD) {
			return new Match(candidate.itemId(), candidate.storyId(), jaccard, "COPY");
		}
		int shorter = Math.min(text.passages().length, candidate.passages());
		double share = shorter == 0 ? 0 : sharedPassages / (double) shorter;
		if (sharedPassages >= QUOTE_SHARED && share >= QUOTE_SHARE) {
			return new Match(candidate.itemId(), candidate.storyId(), Math.min(1, share), "QUOTE");
		}
		return null;
	}

	private StoryView view(StoryStore.Story story) {
		List<StoryStore.Member> members = store.membersOf(story.id());
		Map<Long, String> urls = items.urls(members.stream().map(StoryStore.Member::itemId).toList());
		List<StoryView.Member> items = members.stream()
			.map(m -> new StoryView.Member(m.itemId(), m.outlet(), m.title(), urls.get(m.itemId()), m.seenAt(),
					Math.round(m.similarity() * 1000) / 1000.0, m.match(), m.matchedItemId()))
			.toList();
		boolean hourly = Duration.between(story.firstSeenAt(), story.lastSeenAt()).compareTo(Duration.ofDays(3)) <= 0;
		return new StoryView(story.id(), story.title(), story.firstItemId(), story.firstOutlet(), story.firstSeenAt(),
				story.lastSeenAt(), story.itemCount(), story.outletCount(), items, hourly ? "HOUR" : "DAY",
				spread(members, story, hourly));
	}

	/** Members per hour (UTC hours) or per day (Vietnam's days), every bucket from the first to the last. */
	private static List<StoryView.SpreadPoint> spread(List<StoryStore.Member> members, StoryStore.Story story,
			boolean hourly) {
		Instant first = bucket(story.firstSeenAt(), hourly);
		Instant last = bucket(story.lastSeenAt(), hourly);
		Map<Instant, Integer> counts = new HashMap<>();
		for (StoryStore.Member m : members) {
			counts.merge(bucket(m.seenAt(), hourly), 1, Integer::sum);
		}
		List<StoryView.SpreadPoint> spread = new ArrayList<>();
		for (Instant at = first; !at.isAfter(last) && spread.size() < MAX_SPREAD; at = next(at, hourly)) {
			spread.add(new StoryView.SpreadPoint(at, counts.getOrDefault(at, 0)));
		}
		return spread;
	}

	private static Instant bucket(Instant instant, boolean hourly) {
		return hourly ? instant.truncatedTo(ChronoUnit.HOURS)
				: instant.atZone(VietnamTime.ZONE).truncatedTo(ChronoUnit.DAYS).toInstant();
	}

	private static Instant next(Instant bucket, boolean hourly) {
		return hourly ? bucket.plus(1, ChronoUnit.HOURS) : bucket.atZone(VietnamTime.ZONE).plusDays(1).toInstant();
	}

	private static String cut(String text, int length) {
		return text.length() <= length ? text : text.substring(0, length);
	}

}
