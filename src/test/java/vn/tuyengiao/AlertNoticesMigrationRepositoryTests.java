package vn.tuyengiao;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * An installation upgraded to alerts posted through the notice centre: the in-app alerts written after the centre
 * first copied them come over, read or not, and nobody is told twice about one copied before; the old alert queue
 * is gone. On H2 and, in the PostgreSQL run, on PostgreSQL.
 */
class AlertNoticesMigrationRepositoryTests {

	private static DataSource database() throws Exception {
		if ("postgresql".equals(System.getProperty("tuyengiao.test.database"))) {
			return new TestDatabases().dataSource();
		}
		return new DriverManagerDataSource("jdbc:h2:mem:alert-notices-migration-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1",
				"sa", "");
	}

	private static void migrateTo(DataSource database, String version) {
		Flyway.configure().dataSource(database).locations("classpath:db/migration").target(version).load().migrate();
	}

	private static void alertMessage(JdbcTemplate jdbc, long id, String channel, String recipient, String subject,
			String readAt) {
		jdbc.update("insert into monitor_alert_message (id, topic_id, rule_id, channel, recipient, kind, subject, body,"
				+ " item_count, status, created_at, sent_at, read_at) values (?, 3, 5, ?, ?, 'immediate', ?, '{}', 1, 'SENT',"
				+ " timestamp '2026-11-20 07:00:00', timestamp '2026-11-20 07:00:00', " + readAt + ")", id, channel,
				recipient, subject);
	}

	@Test
	void inAppAlertsWrittenSinceTheCentreCopiedThemComeOverOnceAndTheOldQueueIsDropped() throws Exception {
		DataSource database = database();
		migrateTo(database, "21");
		JdbcTemplate jdbc = new JdbcTemplate(database);
		alertMessage(jdbc, 101, "IN_APP", "chuyenvien", "Chủ đề «Hồ Ba Bể»: tin cũ", "timestamp '2026-11-20 08:00:00'");
		migrateTo(database, "24");
		alertMessage(jdbc, 102, "IN_APP", "truongban", "Chủ đề «Hồ Ba Bể»: tin mới, đã đọc", "timestamp '2026-11-21 08:00:00'");
		alertMessage(jdbc, 103, "IN_APP", "chuyenvien", "Chủ đề «Hồ Ba Bể»: tin mới", "null");
		alertMessage(jdbc, 104, "EMAIL", "chuyenvien", "Chủ đề «Hồ Ba Bể»: thư", "null");

		migrateTo(database, "25");

		List<Map<String, Object>> notices = jdbc.queryForList("""
				select recipient, origin, kind, title, message, link, once_key, read_at from notices_notice
				where origin = 'topics' order by once_key""");
		assertThat(notices).extracting(n -> n.get("ONCE_KEY"))
			.as("the one copied before is there once, the e-mail is no notice")
			.containsExactly("alert-message:101", "alert-message:102", "alert-message:103");
		assertThat(notices.get(1)).containsEntry("RECIPIENT", "truongban").containsEntry("KIND", "immediate")
			.containsEntry("TITLE", "Chủ đề «Hồ Ba Bể»: tin mới, đã đọc").containsEntry("LINK", "/monitor/alerts");
		assertThat(notices.get(1).get("READ_AT")).as("read before, read now").isNotNull();
		assertThat(notices.get(2)).containsEntry("RECIPIENT", "chuyenvien");
		assertThat(notices.get(2).get("READ_AT")).isNull();
		assertThat(jdbc.queryForObject("select count(*) from information_schema.tables"
				+ " where lower(table_name) = 'monitor_alert_queue'", Integer.class)).as("the registry replaced it").isZero();
		assertThat(jdbc.queryForObject("select count(*) from information_schema.columns"
				+ " where lower(table_name) = 'monitor_alert_message' and lower(column_name) = 'read_at'", Integer.class))
			.as("read in the notice centre").isZero();
	}

}
