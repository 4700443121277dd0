package vn.tuyengiao.topics.internal;

import vn.tuyengiao.monitor.ItemFindings;
import vn.tuyengiao.monitor.Items;
import vn.tuyengiao.topics.TopicVolumes;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The matches of saved topics, one row per topic and item: matching an item twice (at-least-once delivery, a
 * reanalysis) adds nothing, and whoever stores a pair first is the one that alerts.
 */
@Component
class TopicMatches implements ItemFindings.TopicNames {

	/** A stored match as lists show it: the item's title and link, and why it matched. */
	record Match(long topicId, long itemId, String title, String url, String outlet, Instant publishedAt,
			Instant matchedAt, List<String> highlights) {
	}

	private final JdbcTemplate jdbc;

	private final Items items;

	TopicMatches(JdbcTemplate jdbc, Items items) {
		this.jdbc = jdbc;
		this.items = items;
	}

	/** Stores a match unless the pair is already there; true when this call stored it. */
	boolean add(long topicId, Items.Content item, List<String> highlights, Instant matchedAt) {
		long itemId = item.id();
		String joined = String.join("\n", highlights);
		if (joined.length() > 8000) {
			joined = joined.substring(0, 8000);
		}
		try {
			return jdbc.update("""
					insert into monitor_topic_match (topic_id, item_id, matched_at, highlights, item_seen_at)
					select ?, ?, ?, ?, ? where not exists
					  (select 1 from monitor_topic_match where topic_id = ? and item_id = ?)""", topicId, itemId,
					Timestamp.from(matchedAt), joined, item.seenAt() == null ? null : Timestamp.from(item.seenAt()), topicId,
					itemId) == 1;
		}
		catch (DuplicateKeyException raced) {
			return false; // another analysis of the same item stored it a moment earlier
		}
	}

	/** A page of the topic's matches, newest first, each with its item as monitoring shows it to the reader. */
	List<Match> forTopic(long topicId, int page, int size) {
		List<Match> found = new java.util.ArrayList<>();
		jdbc.query("""
				select item_id, matched_at, highlights from monitor_topic_match
				where topic_id = ? order by matched_at desc, item_id desc
				offset ? rows fetch next ? rows only""", rs -> {
			long itemId = rs.getLong(1);
			Instant matchedAt = instant(rs.getTimestamp(2));
			String highlights = rs.getString(3);
			items.find(itemId).ifPresent(item -> found.add(new Match(topicId, itemId, item.title(), item.url(),
					item.outlet(), item.publishedAt(), matchedAt,
					highlights == null || highlights.isEmpty() ? List.of() : List.of(highlights.split("\n")))));
		}, topicId, page * size, size);
		return found;
	}

	int count(long topicId) {
		Integer count = jdbc.queryForObject("select count(*) from monitor_topic_match where topic_id = ?", Integer.class,
				topicId);
		return count == null ? 0 : count;
	}

	int countSince(long topicId, Instant since) {
		Integer count = jdbc.queryForObject(
				"select count(*) from monitor_topic_match where topic_id = ? and matched_at >= ?", Integer.class,
				topicId, Timestamp.from(since));
		return count == null ? 0 : count;
	}

	/** Matches per topic and day the item was published (or first seen), of the topics of these units. */
	List<TopicVolumes.Volume> perDay(java.util.Set<Long> ownerUnits) {
		List<TopicVolumes.Volume> volumes = new java.util.ArrayList<>();
		jdbc.query("""
				select t.name, t.owner_unit_id, cast(m.item_seen_at as date) as on_day, count(*) as n
				from monitor_topic_match m join monitor_topic t on t.id = m.topic_id where m.item_seen_at is not null
				group by t.id, t.name, t.owner_unit_id, cast(m.item_seen_at as date)""", rs -> {
			if (ownerUnits.contains(rs.getLong(2))) {
				volumes.add(new TopicVolumes.Volume(rs.getString(1), rs.getDate(3).toLocalDate(), rs.getInt(4)));
			}
		});
		return volumes;
	}

	/** The topics that matched an item, by name, for the item's page. */
	@Override
	public List<String> of(long itemId) {
		return jdbc.queryForList("""
				select t.name from monitor_topic_match m join monitor_topic t on t.id = m.topic_id
				where m.item_id = ? order by t.name""", String.class, itemId);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
