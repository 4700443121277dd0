package vn.tuyengiao.monitor.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.tuyengiao.monitor.Items;

/** {@link Items} from the item table and the analysis table, for other modules. */
@Service
class ItemsService implements Items {

	private static final String SELECT = """
			select i.id, i.title, i.url, i.outlet, i.source_id, i.published_at, i.first_seen_at,
			  a.story_id, a.work_area, a.places, a.risk_score, a.risk_reasons
			from monitor_item i left join monitor_item_analysis a on a.item_id = i.id
			""";

	private final JdbcTemplate jdbc;

	private final MonitorAccess access;

	ItemsService(JdbcTemplate jdbc, MonitorAccess access) {
		this.jdbc = jdbc;
		this.access = access;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Item> find(long id) {
		access.requireReader();
		return jdbc.query(SELECT + "where i.id = ?", (rs, n) -> row(rs), id).stream().findFirst();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Item> ofStory(long storyId) {
		access.requireReader();
		return jdbc.query(SELECT + "where a.story_id = ? order by i.first_seen_at, i.id", (rs, n) -> row(rs), storyId);
	}

	private static Item row(java.sql.ResultSet rs) throws java.sql.SQLException {
		long story = rs.getLong(8);
		Long storyId = rs.wasNull() ? null : story;
		java.sql.Timestamp published = rs.getTimestamp(6);
		return new Item(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getLong(5),
				published == null ? null : published.toInstant(), rs.getTimestamp(7).toInstant(), storyId, rs.getString(9),
				ItemAnalysisView.places(rs.getString(10)).stream().map(ItemAnalysisView.Place::name).toList(),
				rs.getInt(11), ItemAnalysisView.lines(rs.getString(12)));
	}

}
