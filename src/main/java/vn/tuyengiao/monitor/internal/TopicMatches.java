package vn.tuyengiao.monitor.internal;

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
class TopicMatches {

	/** A stored match as lists show it: the item's title and link, and why it matched. */
	record Match(long topicId, long itemId, String title, String url, String outlet, Instant publishedAt,
			Instant matchedAt, List<String> highlights) {
	}

	private final JdbcTemplate jdbc;

	TopicMatches(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Stores a match unless the pair is already there; true when this call stored it. */
	boolean add(long topicId, long itemId, List<String> highlights, Instant matchedAt) {
		String joined = String.join("\n", highlights);
		if (joined.length() > 8000) {
			joined = joined.substring(0, 8000);
		}
		try {
			return jdbc.update("""
					insert into monitor_topic_match (topic_id, item_id, matched_at, highlights)
					select ?, ?, ?, ? where not exists
					  (select 1 from monitor_topic_match where topic_id = ? and item_id = ?)""", topicId, itemId,
					Timestamp.from(matchedAt), joined, topicId, itemId) == 1;
		}
		catch (DuplicateKeyException raced) {
			return false; // another analysis of the same item stored it a moment earlier
		}
	}

	List<Match> forTopic(long topicId, int page, int size) {
		return jdbc.query("""
				select m.topic_id, m.item_id, i.title, i.url, i.outlet, i.published_at, m.matched_at, m.highlights
				from monitor_topic_match m join monitor_item i on i.id = m.item_id
				where m.topic_id = ? order by m.matched_at desc, m.item_id desc
				offset ? rows fetch next ? rows only""", (rs, n) -> new Match(rs.getLong(1), rs.getLong(2),
				rs.getString(3), rs.getString(4), rs.getString(5), instant(rs.getTimestamp(6)),
				instant(rs.getTimestamp(7)), ItemAnalysisView.lines(rs.getString(8))), topicId, page * size, size);
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

	/** The topics that matched an item, by name. */
	List<String> topicNames(long itemId) {
		return jdbc.queryForList("""
				select t.name from monitor_topic_match m join monitor_topic t on t.id = m.topic_id
				where m.item_id = ? order by t.name""", String.class, itemId);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
