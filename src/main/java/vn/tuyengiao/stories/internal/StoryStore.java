package vn.tuyengiao.stories.internal;

import vn.tuyengiao.stories.StorySummary;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The stories' tables, in plain SQL that H2 and PostgreSQL both run. */
@Repository
class StoryStore {

	/** The stored fingerprint of an item and the story it is in. */
	record Member(long itemId, long storyId, String outlet, String title, Instant seenAt, double similarity,
			String match, Long matchedItemId, int shingles, int passages, int[] signature, long contentKey) {
	}

	/** A story row. */
	record Story(long id, long firstItemId, String firstOutlet, String title, Instant firstSeenAt, Instant lastSeenAt,
			int itemCount, int outletCount) {
	}

	/** An item found through shared band or passage keys, with how many it shares. */
	record Hits(long itemId, int shared) {
	}

	private static final String MEMBER_COLUMNS = "item_id, story_id, outlet, title, seen_at, similarity, match_kind, "
			+ "matched_item_id, shingles, passages, signature, content_key";

	private static final String STORY_COLUMNS = "id, first_item_id, first_outlet, title, first_seen_at, last_seen_at, "
			+ "item_count, outlet_count";

	/** Look-ups of more keys or ids than this are cut in parts, well under any driver's parameter limit. */
	private static final int CHUNK = 512;

	private final JdbcTemplate jdbc;

	StoryStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Waits for the assignment lock, held until the transaction ends. */
	void lock() {
		jdbc.queryForObject("select id from monitor_story_lock where id = 1 for update", Integer.class);
	}

	Optional<Member> member(long itemId) {
		return jdbc.query("select " + MEMBER_COLUMNS + " from monitor_story_item where item_id = ?", StoryStore::member,
				itemId).stream().findFirst();
	}

	Map<Long, Member> members(List<Long> itemIds) {
		Map<Long, Member> found = new HashMap<>();
		for (List<Long> part : chunks(itemIds)) {
			jdbc.query("select " + MEMBER_COLUMNS + " from monitor_story_item where item_id in (" + marks(part.size())
					+ ")", rs -> {
						Member m = member(rs, 0);
						found.put(m.itemId(), m);
					}, part.toArray());
		}
		return found;
	}

	List<Member> membersOf(long storyId) {
		return jdbc.query("select " + MEMBER_COLUMNS + " from monitor_story_item where story_id = ? order by seen_at, item_id",
				StoryStore::member, storyId);
	}

	Optional<Story> story(long storyId) {
		return jdbc.query("select " + STORY_COLUMNS + " from monitor_story where id = ?", StoryStore::story, storyId)
			.stream()
			.findFirst();
	}

	/** The items holding the most of these band keys (or passage keys), the item itself left out. */
	List<Hits> bandHits(long[] keys, long itemId, int limit) {
		return hits("monitor_story_band", "band_key", keys, itemId, limit);
	}

	List<Hits> passageHits(long[] keys, long itemId, int limit) {
		return hits("monitor_story_passage", "passage_key", keys, itemId, limit);
	}

	private List<Hits> hits(String table, String column, long[] keys, long itemId, int limit) {
		if (keys.length == 0) {
			return List.of();
		}
		Map<Long, Integer> shared = new HashMap<>();
		List<Long> all = new ArrayList<>(keys.length);
		for (long key : keys) {
			all.add(key);
		}
		for (List<Long> part : chunks(all)) {
			// the list is padded (its last key repeated) to a power of two, so a few statement texts cover every
			// look-up and the database parses each once
			int size = Integer.highestOneBit(Math.max(1, part.size() - 1)) << 1;
			Object[] args = new Object[size + 1];
			for (int i = 0; i < size; i++) {
				args[i] = part.get(Math.min(i, part.size() - 1));
			}
			args[size] = itemId;
			jdbc.query("select item_id, count(*) from " + table + " where " + column + " in (" + marks(size)
					+ ") and item_id <> ? group by item_id", rs -> {
						shared.merge(rs.getLong(1), rs.getInt(2), Integer::sum);
					}, args);
		}
		return shared.entrySet()
			.stream()
			.map(e -> new Hits(e.getKey(), e.getValue()))
			.sorted((a, b) -> Integer.compare(b.shared(), a.shared()))
			.limit(limit)
			.toList();
	}

	/** A new story of one item, which is its first. */
	long createStory(long itemId, String outlet, String title, Instant seenAt) {
		GeneratedKeyHolder key = new GeneratedKeyHolder();
		jdbc.update(connection -> {
			PreparedStatement ps = connection.prepareStatement("insert into monitor_story (first_item_id, first_outlet, "
					+ "title, first_seen_at, last_seen_at, item_count, outlet_count) values (?, ?, ?, ?, ?, 1, 1)",
					new String[] { "id" });
			ps.setLong(1, itemId);
			ps.setString(2, outlet);
			ps.setString(3, title);
			ps.setObject(4, utc(seenAt));
			ps.setObject(5, utc(seenAt));
			return ps;
		}, key);
		return key.getKey().longValue();
	}

	void insertMember(Member m, Fingerprint fingerprint, boolean indexed, Instant now) {
		jdbc.update("insert into monitor_story_item (item_id, story_id, outlet, title, seen_at, similarity, match_kind, "
				+ "matched_item_id, shingles, passages, signature, content_key, syllables, assigned_at) "
				+ "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", m.itemId(), m.storyId(), m.outlet(), m.title(),
				utc(m.seenAt()), m.similarity(), m.match(), m.matchedItemId(), m.shingles(), m.passages(),
				Fingerprint.encode(m.signature()), m.contentKey(), fingerprint.syllables(), utc(now));
		if (indexed) {
			insertKeys("insert into monitor_story_band (band_key, item_id) values (?, ?)", fingerprint.bandKeys(), m.itemId());
			insertKeys("insert into monitor_story_passage (passage_key, item_id) values (?, ?)", fingerprint.passages(),
					m.itemId());
		}
	}

	private void insertKeys(String sql, long[] keys, long itemId) {
		long[] distinct = Arrays.stream(keys).distinct().toArray();
		jdbc.batchUpdate(sql, new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				ps.setLong(1, distinct[i]);
				ps.setLong(2, itemId);
			}

			@Override
			public int getBatchSize() {
				return distinct.length;
			}
		});
	}

	/** The item leaves its story and the indexes; the story's figures are recomputed by {@link #refresh}. */
	void removeMember(Member member) {
		long itemId = member.itemId();
		// the band keys follow from the stored signature, so the band table needs no index by item
		for (long key : Arrays.stream(Fingerprint.bandKeys(member.signature())).distinct().toArray()) {
			jdbc.update("delete from monitor_story_band where band_key = ? and item_id = ?", key, itemId);
		}
		jdbc.update("delete from monitor_story_passage where item_id = ?", itemId);
		jdbc.update("delete from monitor_story_item where item_id = ?", itemId);
	}

	/**
	 * Recomputes a story's first item, first source, title, first and last seen and counts from its members;
	 * a story left without members is deleted. Returns whether it still exists.
	 */
	boolean refresh(long storyId) {
		List<Member> first = jdbc.query("select " + MEMBER_COLUMNS + " from monitor_story_item where story_id = ? "
				+ "order by seen_at, item_id fetch first 1 rows only", StoryStore::member, storyId);
		if (first.isEmpty()) {
			jdbc.update("delete from monitor_story where id = ?", storyId);
			return false;
		}
		Member m = first.get(0);
		jdbc.update("update monitor_story set first_item_id = ?, first_outlet = ?, title = ?, first_seen_at = ?, "
				+ "last_seen_at = (select max(seen_at) from monitor_story_item where story_id = ?), "
				+ "item_count = (select count(*) from monitor_story_item where story_id = ?), "
				+ "outlet_count = (select count(distinct outlet) from monitor_story_item where story_id = ?) where id = ?",
				m.itemId(), m.outlet(), m.title(), utc(m.seenAt()), storyId, storyId, storyId, storyId);
		return true;
	}

	/**
	 * Counts a new member in its story: one more item, one more outlet if the story had none from it, and the
	 * member as the first item if it was seen before all others. Call before the member is inserted.
	 */
	void countIn(long storyId, String outlet, long itemId, String title, Instant seenAt) {
		Story story = story(storyId).orElseThrow();
		boolean newOutlet = jdbc.queryForObject(
				"select count(*) from monitor_story_item where story_id = ? and outlet = ?", Integer.class, storyId,
				outlet) == 0;
		boolean first = seenAt.isBefore(story.firstSeenAt());
		jdbc.update("update monitor_story set item_count = item_count + 1, outlet_count = outlet_count + ?, "
				+ "last_seen_at = ?, first_item_id = ?, first_outlet = ?, title = ?, first_seen_at = ? where id = ?",
				newOutlet ? 1 : 0, utc(seenAt.isAfter(story.lastSeenAt()) ? seenAt : story.lastSeenAt()),
				first ? itemId : story.firstItemId(), first ? outlet : story.firstOutlet(), first ? title : story.title(),
				utc(first ? seenAt : story.firstSeenAt()), storyId);
	}

	/** Titles and addresses of the items in the monitor's store. */
	/**
	 * The stories of several members with the most members seen since {@code since}: each with its count of
	 * those members and of their outlets.
	 */
	List<StorySummary> rising(Instant since, int limit) {
		return jdbc.query("select s.id, s.first_item_id, s.first_outlet, s.title, s.first_seen_at, s.last_seen_at, "
				+ "s.item_count, s.outlet_count, count(*) as recent, count(distinct m.outlet) as recent_outlets "
				+ "from monitor_story_item m join monitor_story s on s.id = m.story_id "
				+ "where m.seen_at >= ? and s.item_count > 1 "
				+ "group by s.id, s.first_item_id, s.first_outlet, s.title, s.first_seen_at, s.last_seen_at, "
				+ "s.item_count, s.outlet_count order by recent desc, recent_outlets desc, s.last_seen_at desc, s.id "
				+ "fetch first " + limit + " rows only",
				(rs, n) -> new StorySummary(rs.getLong(1), rs.getString(4), rs.getLong(2), rs.getString(3),
						instant(rs, 5), instant(rs, 6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10)),
				utc(since));
	}

	private static Member member(ResultSet rs, int row) throws SQLException {
		long matched = rs.getLong(8);
		Long matchedItem = rs.wasNull() ? null : matched;
		return new Member(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), instant(rs, 5),
				rs.getDouble(6), rs.getString(7), matchedItem, rs.getInt(9), rs.getInt(10),
				Fingerprint.decode(rs.getString(11)), rs.getLong(12));
	}

	private static Story story(ResultSet rs, int row) throws SQLException {
		return new Story(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), instant(rs, 5), instant(rs, 6),
				rs.getInt(7), rs.getInt(8));
	}

	private static Instant instant(ResultSet rs, int column) throws SQLException {
		OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
		return time == null ? null : time.toInstant();
	}

	static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String marks(int n) {
		return String.join(", ", Collections.nCopies(n, "?"));
	}

	private static List<List<Long>> chunks(List<Long> ids) {
		List<List<Long>> parts = new ArrayList<>();
		for (int i = 0; i < ids.size(); i += CHUNK) {
			parts.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
		}
		return parts;
	}

}
